using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// The control-flow graphs of one operation block (a method body, an initializer) and of the lambdas and local functions
/// in it, indexed for the question the tracker asks: which writes of a local can reach this read of it (reaching
/// definitions, answered on demand by walking the graph backwards from the read), and what a flow capture holds.
/// Built once per operation block and shared; immutable once built.
/// </summary>
/// <remarks>
/// Exceptions are not edges of Roslyn's graphs: a catch or finally handler is taken to be reachable from every block of
/// its try region, where no write replaces another. A local captured by a lambda or local function and written outside
/// it may hold any value written to it anywhere in the enclosing graphs.
/// </remarks>
internal sealed partial class OperationBlockFlow
{
    private readonly Dictionary<SyntaxNode, LocalRead> _readsBySyntax = new();
    private readonly Dictionary<IOperation, LocalRead> _reads = new(ReferenceComparer.Instance);
    private readonly Dictionary<ControlFlowGraph, GraphIndex> _graphs = new();
    private readonly Dictionary<IFlowAnonymousFunctionOperation, ControlFlowGraph> _lambdas = new(ReferenceComparer.Instance);
    private readonly Dictionary<IOperation, ControlFlowGraph> _topOperations = new(ReferenceComparer.Instance);

    private OperationBlockFlow(SemanticModel? semanticModel)
    {
        SemanticModel = semanticModel;
    }

    /// <summary>The model of the root's tree: the graphs' own operations have none.</summary>
    public SemanticModel? SemanticModel { get; }

    /// <summary>The graphs of a root operation (its parent is null); null when Roslyn builds no graph for that kind of root.</summary>
    public static OperationBlockFlow? Create(IOperation root)
    {
        ControlFlowGraph graph;
        try
        {
            graph = root switch
            {
                IBlockOperation block => ControlFlowGraph.Create(block),
                IMethodBodyOperation body => ControlFlowGraph.Create(body),
                IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor),
                IFieldInitializerOperation field => ControlFlowGraph.Create(field),
                IPropertyInitializerOperation property => ControlFlowGraph.Create(property),
                IParameterInitializerOperation parameter => ControlFlowGraph.Create(parameter),
                _ => null!,
            };
        }
        catch (ArgumentException)
        {
            // Not a root Roslyn builds graphs for (an operation without a semantic model, a speculative one).
            return null;
        }

        if (graph is null)
        {
            return null;
        }

        var flow = new OperationBlockFlow(root.SemanticModel);
        flow.Index(graph, parent: null);
        return flow;
    }

    /// <summary>Where the read is in the graphs: by the operation itself (from a graph) or by its syntax (from the tree).</summary>
    public bool TryFindRead(ILocalReferenceOperation read, out LocalRead found) =>
        _reads.TryGetValue(read, out found!) || _readsBySyntax.TryGetValue(read.Syntax, out found!);

    /// <summary>The writes whose value the local may hold at the read.</summary>
    public ImmutableArray<LocalDefinition> ReachingDefinitions(LocalRead read)
    {
        var local = read.Local;
        var index = _graphs[read.Graph];
        var found = ImmutableArray.CreateBuilder<LocalDefinition>();
        var visited = new HashSet<int>();
        var pending = new Stack<int>();
        var reachedEntry = false;

        // The read's own block, from the read backwards.
        if (!ScanBackwards(index.DefinitionsIn(read.Block, local), read.Position, found))
        {
            Enqueue(index, read.Block, pending, found, local);
        }

        while (pending.Count > 0)
        {
            var ordinal = pending.Pop();
            if (!visited.Add(ordinal))
            {
                continue;
            }

            var block = read.Graph.Blocks[ordinal];
            if (block.Kind == BasicBlockKind.Entry)
            {
                reachedEntry = true;
                continue;
            }

            if (!ScanBackwards(index.DefinitionsIn(ordinal, local), Position.End, found))
            {
                Enqueue(index, ordinal, pending, found, local);
            }
        }

        // A local of an enclosing graph, captured: whatever it is ever given there.
        if (reachedEntry && !index.Declares(local))
        {
            for (var outer = index.Parent; outer is not null; outer = outer.Parent)
            {
                if (outer.Declares(local))
                {
                    found.AddRange(outer.AllDefinitions(local));
                    break;
                }
            }
        }

        return found.ToImmutable();
    }

    /// <summary>What a flow capture of the graph (or of a graph enclosing it) is given.</summary>
    public ImmutableArray<IOperation> CapturedValues(ControlFlowGraph graph, CaptureId id)
    {
        for (var index = _graphs.TryGetValue(graph, out var own) ? own : null; index is not null; index = index.Parent)
        {
            if (index.Captures.TryGetValue(id, out var values))
            {
                return values.ToImmutableArray();
            }
        }

        return ImmutableArray<IOperation>.Empty;
    }

    /// <summary>
    /// What an initializer put in a captured object: each member set on it (with its name) and each element added (with
    /// none), in the graph or one enclosing it.
    /// </summary>
    public ImmutableArray<(string? Member, IOperation Value)> CapturedMemberWrites(ControlFlowGraph graph, CaptureId id)
    {
        for (var index = _graphs.TryGetValue(graph, out var own) ? own : null; index is not null; index = index.Parent)
        {
            if (index.CapturedMemberWrites.TryGetValue(id, out var writes))
            {
                return writes.ToImmutableArray();
            }
        }

        return ImmutableArray<(string?, IOperation)>.Empty;
    }

    /// <summary>The graph an operation of the graphs belongs to; null for an operation of the original tree.</summary>
    public ControlFlowGraph? GraphOf(IOperation operation)
    {
        var top = operation;
        while (top.Parent is not null)
        {
            top = top.Parent;
        }

        return _topOperations.TryGetValue(top, out var graph) ? graph : null;
    }

    /// <summary>Every write of the local in the graphs, wherever it is: for a read the graphs do not hold.</summary>
    public ImmutableArray<LocalDefinition> AllDefinitions(ILocalSymbol local) =>
        _graphs.Values.SelectMany(index => index.AllDefinitions(local)).ToImmutableArray();

    /// <summary>The values a lambda's graph returns.</summary>
    public ImmutableArray<IOperation> ReturnedValues(IFlowAnonymousFunctionOperation lambda) =>
        _lambdas.TryGetValue(lambda, out var graph) ? _graphs[graph].Returned : ImmutableArray<IOperation>.Empty;

    // Collects the definitions before the position, last first; true when one of them replaces what came before.
    private static bool ScanBackwards(IReadOnlyList<LocalDefinition> definitions, Position before, ImmutableArray<LocalDefinition>.Builder found)
    {
        for (var i = definitions.Count - 1; i >= 0; i--)
        {
            var definition = definitions[i];
            if (!definition.Position.IsBefore(before))
            {
                continue;
            }

            found.Add(definition);
            if (definition.Kills)
            {
                return true;
            }
        }

        return false;
    }

    private static void Enqueue(GraphIndex index, int ordinal, Stack<int> pending, ImmutableArray<LocalDefinition>.Builder found, ILocalSymbol local)
    {
        var block = index.Graph.Blocks[ordinal];
        foreach (var predecessor in block.Predecessors)
        {
            // Leaving a try region runs its finally blocks on the way.
            foreach (var region in predecessor.FinallyRegions)
            {
                found.AddRange(index.DefinitionsInRegion(region, local));
            }

            pending.Push(predecessor.Source.Ordinal);
        }

        // A handler's first block: the exception may come from any point of the try region.
        if (block.Predecessors.IsEmpty && HandledTryRegion(block) is { } tryRegion)
        {
            found.AddRange(index.DefinitionsInRegion(tryRegion, local));
            foreach (var beforeTry in index.Graph.Blocks[tryRegion.FirstBlockOrdinal].Predecessors)
            {
                pending.Push(beforeTry.Source.Ordinal);
            }
        }
    }

    // The try region whose handler (catch, filter or finally) starts at this block; null when none does.
    private static ControlFlowRegion? HandledTryRegion(BasicBlock block)
    {
        for (var region = block.EnclosingRegion; region is not null && region.FirstBlockOrdinal == block.Ordinal; region = region.EnclosingRegion)
        {
            if (region.Kind is ControlFlowRegionKind.Catch or ControlFlowRegionKind.Filter or ControlFlowRegionKind.FilterAndHandler or ControlFlowRegionKind.Finally)
            {
                var tryAndHandlers = region.EnclosingRegion;
                while (tryAndHandlers is { Kind: ControlFlowRegionKind.FilterAndHandler })
                {
                    tryAndHandlers = tryAndHandlers.EnclosingRegion;
                }

                return tryAndHandlers?.NestedRegions.FirstOrDefault(nested => nested.Kind == ControlFlowRegionKind.Try);
            }
        }

        return null;
    }
}
