using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.ThirdParties;

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

    /// <summary>
    /// A call of a method of the compilation inside a summarized method: which inputs each argument carries, by use, and
    /// what each argument put in the members a callee may read alone (an object created there, a parameter passed on).
    /// </summary>
    private sealed class CallSite
    {
        private static readonly ValueUse[] Uses = { ValueUse.AsValue, ValueUse.AsText, ValueUse.AsRead };

        private readonly ImmutableArray<Argument> _arguments;

        private CallSite(IMethodSymbol method, ImmutableArray<Argument> arguments, ImmutableArray<SinkFamily> sinkFamilies)
        {
            Method = method;
            _arguments = arguments;
            SinkFamilies = sinkFamilies;
        }

        public IMethodSymbol Method { get; }

        /// <summary>The families the call is a sink of itself: its reaches into those are reported as the call's own.</summary>
        public ImmutableArray<SinkFamily> SinkFamilies { get; }

        public static CallSite Create(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, ImmutableArray<SinkFamily> sinkFamilies, Walker walker)
        {
            var built = ImmutableArray.CreateBuilder<Argument>();
            foreach (var parameter in method.Parameters)
            {
                built.Add(ArgumentFor(arguments, parameter) is { } value ? Argument.Create(value, walker) : Argument.None);
            }

            return new CallSite(method.OriginalDefinition, built.ToImmutable(), sinkFamilies);
        }

        /// <summary>The caller's inputs the argument for a parameter carries, used as <paramref name="use"/>; only what it put in <paramref name="member"/> when one is named.</summary>
        public ImmutableArray<FlowInput> InputsOf(int ordinal, ValueUse use, string? member) =>
            ordinal < _arguments.Length ? _arguments[ordinal].InputsOf(use, member) : ImmutableArray<FlowInput>.Empty;

        private static int IndexOf(ValueUse use) => use switch { ValueUse.AsText => 1, ValueUse.AsRead => 2, _ => 0 };

        private sealed class Argument
        {
            public static readonly Argument None = new(new ImmutableArray<FlowInput>[] { ImmutableArray<FlowInput>.Empty, ImmutableArray<FlowInput>.Empty, ImmutableArray<FlowInput>.Empty }, new Dictionary<string, ImmutableArray<FlowInput>[]>(), null);

            private readonly ImmutableArray<FlowInput>[] _whole;
            private readonly Dictionary<string, ImmutableArray<FlowInput>[]> _members;
            private readonly IParameterSymbol? _passed;

            private Argument(ImmutableArray<FlowInput>[] whole, Dictionary<string, ImmutableArray<FlowInput>[]> members, IParameterSymbol? passed)
            {
                _whole = whole;
                _members = members;
                _passed = passed;
            }

            public static Argument Create(IOperation value, Walker walker)
            {
                var whole = Uses.Select(use => walker.Visit(value, ModeOf(use), 0).Inputs).ToArray();
                var members = new Dictionary<string, ImmutableArray<FlowInput>[]>(StringComparer.OrdinalIgnoreCase);
                foreach (var name in AssignedMembers(value))
                {
                    members[name] = Uses.Select(use => walker.VisitMemberOf(value, name, ModeOf(use), 0).Inputs).ToArray();
                }

                var passed = Walker.Unwrap(value) is IParameterReferenceOperation reference ? reference.Parameter.OriginalDefinition : null;
                return new Argument(whole, members, passed);
            }

            public ImmutableArray<FlowInput> InputsOf(ValueUse use, string? member)
            {
                if (member is null)
                {
                    return _whole[IndexOf(use)];
                }

                var inputs = _members.TryGetValue(member, out var assigned) ? assigned[IndexOf(use)] : ImmutableArray<FlowInput>.Empty;
                return _passed is null || !_whole[IndexOf(use)].Any(input => SymbolEqualityComparer.Default.Equals(input.Symbol, _passed))
                    ? inputs
                    : inputs.Add(new FlowInput(_passed, use, member));
            }

            // The members an object created in the argument is given: its initializer's, and its constructor's parameter names.
            private static IEnumerable<string> AssignedMembers(IOperation value) =>
                Walker.Unwrap(value) switch
                {
                    IObjectCreationOperation creation => creation.Arguments.Select(argument => argument.Parameter?.Name).OfType<string>()
                        .Concat((creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
                            .OfType<ISimpleAssignmentOperation>()
                            .Select(assignment => (assignment.Target as IMemberReferenceOperation)?.Member.Name)
                            .OfType<string>()),
                    IAnonymousObjectCreationOperation anonymous => anonymous.Initializers.OfType<ISimpleAssignmentOperation>()
                        .Select(assignment => (assignment.Target as IPropertyReferenceOperation)?.Property.Name)
                        .OfType<string>(),
                    _ => Enumerable.Empty<string>(),
                };
        }
    }

    /// <summary>One way an input of a summarized method reaches a sink of a family: how it is used there, and the path.</summary>
    /// <summary>What a call hands on through one parameter (and one member of it), and the path it takes, named.</summary>
    private readonly record struct CalleeReach(IParameterSymbol Parameter, ValueUse Use, string? Member, string Target, ThirdParty? Recipient);

    private sealed class InputReach : IEquatable<InputReach>
    {
        public InputReach(ISymbol input, SinkFamily family, ValueUse use, string target, int steps, string? member, ThirdParty? recipient)
        {
            Recipient = recipient;
            Input = input;
            Family = family;
            Use = use;
            Target = target;
            Steps = steps;
            Member = member;
        }

        public ISymbol Input { get; }

        /// <summary>The member of the input that reaches the sink; null when the whole input does (see <see cref="FlowInput.Member"/>).</summary>
        public string? Member { get; }

        public SinkFamily Family { get; }

        /// <summary>The catalog recipient the sink sends to; null for a sink that names no company (an HTTP request, a log).</summary>
        public ThirdParty? Recipient { get; }

        public ValueUse Use { get; }

        /// <summary>The sink, after the calls that lead to it: <c>AuditLog.Write(text) → LogInformation</c>.</summary>
        public string Target { get; }

        /// <summary>Calls between the summarized method and the sink.</summary>
        public int Steps { get; }

        public bool Equals(InputReach? other) =>
            other is not null && Family == other.Family && Use == other.Use && Target == other.Target && Member == other.Member && Recipient == other.Recipient
            && SymbolEqualityComparer.Default.Equals(Input, other.Input);

        public override bool Equals(object? obj) => Equals(obj as InputReach);

        public override int GetHashCode() => (SymbolEqualityComparer.Default.GetHashCode(Input) * 397) ^ Target.GetHashCode();

        /// <summary>Compares what a reach is about, not its path: the input, the family, the use and the recipient.</summary>
        public static IEqualityComparer<(ISymbol Input, string? Member, SinkFamily Family, ValueUse Use, ThirdParty? Recipient)> KeyComparer { get; } = new ReachKeyComparer();

        private sealed class ReachKeyComparer : IEqualityComparer<(ISymbol Input, string? Member, SinkFamily Family, ValueUse Use, ThirdParty? Recipient)>
        {
            public bool Equals((ISymbol Input, string? Member, SinkFamily Family, ValueUse Use, ThirdParty? Recipient) x, (ISymbol Input, string? Member, SinkFamily Family, ValueUse Use, ThirdParty? Recipient) y) =>
                x.Family == y.Family && x.Use == y.Use && x.Member == y.Member && x.Recipient == y.Recipient && SymbolEqualityComparer.Default.Equals(x.Input, y.Input);

            public int GetHashCode((ISymbol Input, string? Member, SinkFamily Family, ValueUse Use, ThirdParty? Recipient) obj) =>
                (SymbolEqualityComparer.Default.GetHashCode(obj.Input) * 397) ^ ((int)obj.Family * 7) ^ (int)obj.Use ^ (obj.Member?.GetHashCode() ?? 0);
        }
    }

    /// <summary>What a cached return flow is of: a method, its depth and mode, and the element of its tuple (empty: all of it).</summary>
    private readonly struct ReturnKey : IEquatable<ReturnKey>
    {
        private readonly ISymbol _method;
        private readonly int _level;
        private readonly ImmutableArray<int> _element;

        public ReturnKey(ISymbol method, int level, ImmutableArray<int> element)
        {
            _method = method;
            _level = level;
            _element = element;
        }

        public bool Equals(ReturnKey other) =>
            _level == other._level && SymbolEqualityComparer.Default.Equals(_method, other._method) && _element.SequenceEqual(other._element);

        public override bool Equals(object? obj) => obj is ReturnKey other && Equals(other);

        public override int GetHashCode() =>
            _element.Aggregate((SymbolEqualityComparer.Default.GetHashCode(_method) * 397) ^ _level, (hash, index) => (hash * 31) + index);
    }

    private sealed class SymbolLevelComparer : IEqualityComparer<(ISymbol Symbol, int Level)>
    {
        public static readonly SymbolLevelComparer Instance = new();

        public bool Equals((ISymbol Symbol, int Level) x, (ISymbol Symbol, int Level) y) =>
            x.Level == y.Level && SymbolEqualityComparer.Default.Equals(x.Symbol, y.Symbol);

        public int GetHashCode((ISymbol Symbol, int Level) obj) => (SymbolEqualityComparer.Default.GetHashCode(obj.Symbol) * 397) ^ obj.Level;
    }
}
