using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace PiiAnalyzers.DataFlow;

/// <summary>What one graph holds: the writes of each local by block, its flow captures, the values it returns.</summary>
internal sealed partial class OperationBlockFlow
{
    private sealed class GraphIndex
    {
        private readonly Dictionary<(int Block, ILocalSymbol Local), List<LocalDefinition>> _definitions = new(BlockLocalComparer.Instance);
        private readonly Dictionary<ILocalSymbol, List<LocalDefinition>> _byLocal = new(SymbolEqualityComparer.Default);
        private readonly HashSet<ILocalSymbol> _declared = new(SymbolEqualityComparer.Default);
        private readonly ImmutableArray<IOperation>.Builder _returned = ImmutableArray.CreateBuilder<IOperation>();

        public GraphIndex(ControlFlowGraph graph, GraphIndex? parent)
        {
            Graph = graph;
            Parent = parent;
            CollectDeclared(graph.Root);
        }

        public ControlFlowGraph Graph { get; }

        public GraphIndex? Parent { get; }

        public Dictionary<CaptureId, List<IOperation>> Captures { get; } = new();

        public Dictionary<CaptureId, List<(string? Member, IOperation Value)>> CapturedMemberWrites { get; } = new();

        public ImmutableArray<IOperation> Returned => _returned.ToImmutable();

        public bool Declares(ILocalSymbol local) => _declared.Contains(local);

        public void Add(LocalDefinition definition)
        {
            var key = (definition.Block, definition.Local);
            if (!_definitions.TryGetValue(key, out var list))
            {
                _definitions[key] = list = new List<LocalDefinition>();
            }

            // Operations are visited in order within a block; keep the list ordered by position for the backward scan.
            var at = list.Count;
            while (at > 0 && definition.Position.IsBefore(list[at - 1].Position))
            {
                at--;
            }

            list.Insert(at, definition);
            if (!_byLocal.TryGetValue(definition.Local, out var all))
            {
                _byLocal[definition.Local] = all = new List<LocalDefinition>();
            }

            all.Add(definition);
        }

        public void AddCapturedMemberWrite(CaptureId id, string? member, IOperation value)
        {
            if (!CapturedMemberWrites.TryGetValue(id, out var writes))
            {
                CapturedMemberWrites[id] = writes = new List<(string?, IOperation)>();
            }

            writes.Add((member, value));
        }

        public void AddCapture(CaptureId id, IOperation value)
        {
            if (!Captures.TryGetValue(id, out var values))
            {
                Captures[id] = values = new List<IOperation>();
            }

            values.Add(value);
        }

        public void AddReturned(IOperation value) => _returned.Add(value);

        public IReadOnlyList<LocalDefinition> DefinitionsIn(int block, ILocalSymbol local) =>
            _definitions.TryGetValue((block, local), out var list) ? list : Array.Empty<LocalDefinition>();

        public IEnumerable<LocalDefinition> AllDefinitions(ILocalSymbol local) =>
            _byLocal.TryGetValue(local, out var all) ? all : Enumerable.Empty<LocalDefinition>();

        public IEnumerable<LocalDefinition> DefinitionsInRegion(ControlFlowRegion region, ILocalSymbol local) =>
            AllDefinitions(local).Where(definition => definition.Block >= region.FirstBlockOrdinal && definition.Block <= region.LastBlockOrdinal);

        private void CollectDeclared(ControlFlowRegion region)
        {
            foreach (var local in region.Locals)
            {
                _declared.Add(local);
            }

            foreach (var nested in region.NestedRegions)
            {
                CollectDeclared(nested);
            }
        }
    }

    private sealed class BlockLocalComparer : IEqualityComparer<(int Block, ILocalSymbol Local)>
    {
        public static readonly BlockLocalComparer Instance = new();

        public bool Equals((int Block, ILocalSymbol Local) x, (int Block, ILocalSymbol Local) y) =>
            x.Block == y.Block && SymbolEqualityComparer.Default.Equals(x.Local, y.Local);

        public int GetHashCode((int Block, ILocalSymbol Local) obj) =>
            (obj.Block * 397) ^ SymbolEqualityComparer.Default.GetHashCode(obj.Local);
    }

    private sealed class ReferenceComparer : IEqualityComparer<IOperation>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(IOperation? x, IOperation? y) => ReferenceEquals(x, y);

        public int GetHashCode(IOperation obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
