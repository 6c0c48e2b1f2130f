using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.DataFlow;

/// <summary>The pieces a method summary is made of.</summary>
public sealed partial class PersonalDataTracker
{
    /// <summary>What a walk inside a summarized method treats as its inputs.</summary>
    private sealed class SummaryScope
    {
        public SummaryScope(IMethodSymbol method) => Method = method;

        public IMethodSymbol Method { get; }

        /// <summary>Its own parameters, and the primary-constructor parameters of its type.</summary>
        public bool IsInput(IParameterSymbol parameter) =>
            parameter.ContainingSymbol is IMethodSymbol owner
            && (SymbolEqualityComparer.Default.Equals(owner.OriginalDefinition, Method)
                || (owner.MethodKind == MethodKind.Constructor && SymbolEqualityComparer.Default.Equals(owner.ContainingType?.OriginalDefinition, Method.ContainingType?.OriginalDefinition)));

        /// <summary>A field or property of its own object (or its base types').</summary>
        public bool IsInput(ISymbol member, IOperation? instance) =>
            instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }
            && member is IFieldSymbol or IPropertySymbol
            && !member.IsStatic;
    }

    /// <summary>What one walk of a method's own operations found.</summary>
    private sealed class LocalSummary
    {
        public LocalSummary(ImmutableArray<InputReach> direct, ImmutableArray<CallSite> calls, ImmutableArray<(FlowInput Input, ISymbol Member)> stores)
        {
            Direct = direct;
            Calls = calls;
            Stores = stores;
        }

        /// <summary>Its inputs that its own sink calls receive.</summary>
        public ImmutableArray<InputReach> Direct { get; }

        /// <summary>Its calls of methods of the compilation, with the inputs each argument carries.</summary>
        public ImmutableArray<CallSite> Calls { get; }

        /// <summary>Its inputs stored in members of its object.</summary>
        public ImmutableArray<(FlowInput Input, ISymbol Member)> Stores { get; }
    }

    /// <summary>A call of a method of the compilation inside a summarized method: which inputs each argument carries, by use.</summary>
    private sealed class CallSite
    {
        private readonly ImmutableArray<ImmutableArray<FlowInput>> _inputs;

        private CallSite(IMethodSymbol method, ImmutableArray<ImmutableArray<FlowInput>> inputs, ImmutableArray<SinkFamily> sinkFamilies)
        {
            Method = method;
            _inputs = inputs;
            SinkFamilies = sinkFamilies;
        }

        public IMethodSymbol Method { get; }

        /// <summary>The families the call is a sink of itself: its reaches into those are reported as the call's own.</summary>
        public ImmutableArray<SinkFamily> SinkFamilies { get; }

        public static CallSite Create(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, ImmutableArray<SinkFamily> sinkFamilies, Walker walker)
        {
            var uses = new[] { ValueUse.AsValue, ValueUse.AsText, ValueUse.AsRead };
            var inputs = ImmutableArray.CreateBuilder<ImmutableArray<FlowInput>>();
            for (var ordinal = 0; ordinal < method.Parameters.Length; ordinal++)
            {
                var argument = ArgumentFor(arguments, method.Parameters[ordinal]);
                foreach (var use in uses)
                {
                    inputs.Add(argument is null ? ImmutableArray<FlowInput>.Empty : walker.Visit(argument, ModeOf(use), 0).Inputs);
                }
            }

            return new CallSite(method.OriginalDefinition, inputs.ToImmutable(), sinkFamilies);
        }

        public ImmutableArray<FlowInput> InputsOf(int ordinal, ValueUse use)
        {
            var index = (ordinal * 3) + use switch { ValueUse.AsText => 1, ValueUse.AsRead => 2, _ => 0 };
            return index < _inputs.Length ? _inputs[index] : ImmutableArray<FlowInput>.Empty;
        }
    }

    /// <summary>One way an input of a summarized method reaches a sink of a family: how it is used there, and the path.</summary>
    private sealed class InputReach : IEquatable<InputReach>
    {
        public InputReach(ISymbol input, SinkFamily family, ValueUse use, string target, int steps)
        {
            Input = input;
            Family = family;
            Use = use;
            Target = target;
            Steps = steps;
        }

        public ISymbol Input { get; }

        public SinkFamily Family { get; }

        public ValueUse Use { get; }

        /// <summary>The sink, after the calls that lead to it: <c>AuditLog.Write(text) → LogInformation</c>.</summary>
        public string Target { get; }

        /// <summary>Calls between the summarized method and the sink.</summary>
        public int Steps { get; }

        public bool Equals(InputReach? other) =>
            other is not null && Family == other.Family && Use == other.Use && Target == other.Target
            && SymbolEqualityComparer.Default.Equals(Input, other.Input);

        public override bool Equals(object? obj) => Equals(obj as InputReach);

        public override int GetHashCode() => (SymbolEqualityComparer.Default.GetHashCode(Input) * 397) ^ Target.GetHashCode();

        /// <summary>Compares what a reach is about, not its path: the input, the family and the use.</summary>
        public static IEqualityComparer<(ISymbol Input, SinkFamily Family, ValueUse Use)> KeyComparer { get; } = new ReachKeyComparer();

        private sealed class ReachKeyComparer : IEqualityComparer<(ISymbol Input, SinkFamily Family, ValueUse Use)>
        {
            public bool Equals((ISymbol Input, SinkFamily Family, ValueUse Use) x, (ISymbol Input, SinkFamily Family, ValueUse Use) y) =>
                x.Family == y.Family && x.Use == y.Use && SymbolEqualityComparer.Default.Equals(x.Input, y.Input);

            public int GetHashCode((ISymbol Input, SinkFamily Family, ValueUse Use) obj) =>
                (SymbolEqualityComparer.Default.GetHashCode(obj.Input) * 397) ^ ((int)obj.Family * 7) ^ (int)obj.Use;
        }
    }

    private sealed class SymbolLevelComparer : IEqualityComparer<(ISymbol Symbol, int Level)>
    {
        public static readonly SymbolLevelComparer Instance = new();

        public bool Equals((ISymbol Symbol, int Level) x, (ISymbol Symbol, int Level) y) =>
            x.Level == y.Level && SymbolEqualityComparer.Default.Equals(x.Symbol, y.Symbol);

        public int GetHashCode((ISymbol Symbol, int Level) obj) => (SymbolEqualityComparer.Default.GetHashCode(obj.Symbol) * 397) ^ obj.Level;
    }
}
