using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// Method summaries: what a method of the compilation does with what it is given. Which of its inputs (parameters, its
/// object's fields and properties, its type's primary-constructor parameters) reach which sink family, directly or
/// through the methods it calls; which members of its object it stores them in; and what its return value carries.
/// </summary>
/// <remarks>
/// Each method's own operations are walked once (<see cref="LocalSummary"/>: its direct sinks, the inputs each call
/// argument carries, its stores). What its inputs reach through calls is then computed from those local summaries by
/// path length: the reaches of a method within <c>k</c> calls come from its callees' reaches within <c>k - 1</c>. What
/// a call returns is followed the same way, to a fixed depth. Every cached value is a function of the method and the
/// level alone, so recursion terminates and answers never depend on the order the compiler analyzes files in.
/// </remarks>
public sealed partial class PersonalDataTracker
{
    // Calls between the place the data enters and the sink that a finding names; longer paths are not followed.
    private const int MaxPathSteps = 5;

    // Calls whose return values are followed inside one another; deeper, a call returns what the text rule says.
    private const int MaxReturnDepth = 3;

    // Implementations of a virtual or interface method that a call is taken to reach.
    private const int MaxImplementations = 8;

    private readonly ConcurrentDictionary<IMethodSymbol, LocalSummary> _localSummaries = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<(ISymbol Method, int Level), ImmutableArray<InputReach>> _reaches = new(SymbolLevelComparer.Instance);
    private readonly ConcurrentDictionary<(ISymbol Type, int Level), ImmutableArray<InputReach>> _memberReaches = new(SymbolLevelComparer.Instance);
    private readonly ConcurrentDictionary<(ISymbol Method, int Key), PersonalDataFlow> _returns = new(SymbolLevelComparer.Instance);
    private readonly Lazy<Implementations> _implementations;

    /// <summary>
    /// The values a call of a method of the compilation (or a constructor) hands on to a sink of the family: each argument
    /// whose parameter reaches that family inside the callee, named by its path ("AuditLog.Record(phone) → LogInformation").
    /// Empty for methods of other assemblies, and for calls that are sinks of the family themselves.
    /// </summary>
    public ImmutableArray<SinkPayload> CalleePayloads(IOperation call, SinkFamily family, CancellationToken cancellationToken = default)
    {
        var (method, arguments) = CallOf(call);
        if (method is null || arguments.IsEmpty || !_sinkCatalog.Payloads(family, call).IsEmpty || !HasSummary(method))
        {
            return ImmutableArray<SinkPayload>.Empty;
        }

        // One finding per argument: the use that writes the most (a value before text before what was read), then the
        // shortest path.
        var payloads = ImmutableArray.CreateBuilder<SinkPayload>();
        var reaches = Reaches(method, MaxPathSteps, cancellationToken)
            .Where(reach => reach.Family == family && reach.Input is IParameterSymbol)
            .GroupBy(reach => ((IParameterSymbol)reach.Input).Ordinal)
            .OrderBy(group => group.Key)
            .Select(group => group.OrderBy(reach => reach.Use).ThenBy(reach => reach.Steps).ThenBy(reach => reach.Target, StringComparer.Ordinal).First());
        foreach (var reach in reaches)
        {
            var parameter = (IParameterSymbol)reach.Input;
            if (ArgumentFor(arguments, parameter) is { } argument)
            {
                payloads.Add(new SinkPayload(argument, reach.Use, Step(method, parameter) + " → " + reach.Target));
            }
        }

        return payloads.ToImmutable();
    }

    private static (IMethodSymbol? Method, ImmutableArray<IArgumentOperation> Arguments) CallOf(IOperation operation) =>
        operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };

    // Where the inputs of a call of the method go within `level` further calls, its parameters named as the call sees them.
    private ImmutableArray<InputReach> Reaches(IMethodSymbol method, int level, CancellationToken cancellationToken)
    {
        var reaches = ImmutableArray.CreateBuilder<InputReach>();
        var definition = method.OriginalDefinition;
        foreach (var target in Targets(method))
        {
            foreach (var reach in TargetReaches(target, level, cancellationToken))
            {
                // An interface method's or an override's parameters are matched by position.
                var input = reach.Input is IParameterSymbol parameter && !SymbolEqualityComparer.Default.Equals(target, definition)
                    && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, target) && parameter.Ordinal < definition.Parameters.Length
                    ? definition.Parameters[parameter.Ordinal]
                    : reach.Input;
                reaches.Add(new InputReach(input, reach.Family, reach.Use, reach.Target, reach.Steps));
            }
        }

        return reaches.ToImmutable();
    }

    // One body's reaches within `level` calls: its direct sinks, its callees' reaches one call longer, its stores.
    private ImmutableArray<InputReach> TargetReaches(IMethodSymbol target, int level, CancellationToken cancellationToken)
    {
        if (_reaches.TryGetValue(((ISymbol)target, level), out var cached))
        {
            return cached;
        }

        var local = LocalSummaryOf(target, cancellationToken);
        var reaches = ImmutableArray.CreateBuilder<InputReach>();
        reaches.AddRange(local.Direct);
        if (level > 0)
        {
            foreach (var call in local.Calls)
            {
                foreach (var reach in Reaches(call.Method, level - 1, cancellationToken))
                {
                    if (reach.Input is IParameterSymbol parameter && call.InputsOf(parameter.Ordinal, reach.Use) is { IsEmpty: false } inputs
                        && !call.SinkFamilies.Contains(reach.Family))
                    {
                        var path = Step(call.Method, parameter) + " → " + reach.Target;
                        reaches.AddRange(inputs.Select(input => new InputReach(input.Symbol, reach.Family, input.Use, path, reach.Steps + 1)));
                    }
                }
            }

            // What the members it stored into reach, from any method of the type: one step longer.
            if (!local.Stores.IsEmpty && target.ContainingType is { } type)
            {
                var memberReaches = MemberReaches(target, level - 1, cancellationToken);
                foreach (var (input, member) in local.Stores)
                {
                    foreach (var reach in memberReaches.Where(reach => SymbolEqualityComparer.Default.Equals(reach.Input, member)))
                    {
                        reaches.Add(new InputReach(input.Symbol, reach.Family, input.Use, $"{type.Name}.{member.Name} → {reach.Target}", reach.Steps + 1));
                    }
                }
            }
        }

        // A constructor's parameters also go where its type's primary-constructor parameters go in its methods.
        if (target.MethodKind == MethodKind.Constructor)
        {
            reaches.AddRange(MemberReaches(target, level, cancellationToken).Where(reach =>
                reach.Input is IParameterSymbol primary && SymbolEqualityComparer.Default.Equals(primary.ContainingSymbol, target)));
        }

        var result = Shortest(reaches);
        _reaches.TryAdd(((ISymbol)target, level), result);
        return result;
    }

    // What the members and primary-constructor parameters of a method's type reach from the type's other methods.
    private ImmutableArray<InputReach> MemberReaches(IMethodSymbol owner, int level, CancellationToken cancellationToken)
    {
        var type = owner.ContainingType.OriginalDefinition;
        var key = ((ISymbol)type, level);
        if (_memberReaches.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var reaches = ImmutableArray.CreateBuilder<InputReach>();
        foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
        {
            if (method.MethodKind is MethodKind.Constructor or MethodKind.StaticConstructor || !HasBody(method))
            {
                continue;
            }

            reaches.AddRange(TargetReaches(method, level, cancellationToken).Where(reach =>
                reach.Input is IFieldSymbol or IPropertySymbol || reach.Input is IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } }));
        }

        var result = Shortest(reaches);
        _memberReaches.TryAdd(key, result);
        return result;
    }

    // One reach per input, family and use: the shortest path (a recursive method reaches its sink along paths of every
    // length), the first by name among equals, so that the answer does not depend on the order reaches were found in.
    private static ImmutableArray<InputReach> Shortest(IEnumerable<InputReach> reaches) =>
        reaches
            .GroupBy(reach => (reach.Input, reach.Family, reach.Use), InputReach.KeyComparer)
            .Select(group => group.OrderBy(reach => reach.Steps).ThenBy(reach => reach.Target, StringComparer.Ordinal).First())
            .ToImmutableArray();

    /// <summary>The methods whose bodies a call of <paramref name="method"/> may run: its own, and the overrides and implementations in the compilation.</summary>
    private IEnumerable<IMethodSymbol> Targets(IMethodSymbol method)
    {
        var definition = method.OriginalDefinition;
        if (HasBody(definition))
        {
            yield return definition;
        }

        if (definition.IsVirtual || definition.IsAbstract || definition.IsOverride || definition.ContainingType?.TypeKind == TypeKind.Interface)
        {
            foreach (var implementation in _implementations.Value.Of(definition).Take(MaxImplementations))
            {
                yield return implementation;
            }
        }
    }

    private bool HasSummary(IMethodSymbol method) => Targets(method).Any();

    private bool HasBody(IMethodSymbol method) =>
        !method.IsAbstract && !method.IsExtern
        && method.PartialImplementationPart is null
        && SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _compilation.Assembly)
        && !method.DeclaringSyntaxReferences.IsEmpty;

    // The one walk of a method's own operations.
    private LocalSummary LocalSummaryOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (_localSummaries.TryGetValue(method, out var cached))
        {
            return cached;
        }

        var direct = ImmutableArray.CreateBuilder<InputReach>();
        var calls = ImmutableArray.CreateBuilder<CallSite>();
        var stores = ImmutableArray.CreateBuilder<(FlowInput Input, ISymbol Member)>();
        var walker = new Walker(this, cancellationToken, new SummaryScope(method), MaxReturnDepth);
        foreach (var body in Bodies(method, cancellationToken))
        {
            foreach (var operation in body.DescendantsAndSelf())
            {
                var families = ImmutableArray.CreateBuilder<SinkFamily>();
                foreach (var family in LeakSinks.Families)
                {
                    var payloads = _sinkCatalog.Payloads(family, operation);
                    if (!payloads.IsEmpty)
                    {
                        families.Add(family);
                    }

                    foreach (var payload in payloads)
                    {
                        foreach (var input in walker.Visit(payload.Value, ModeOf(payload.Use), 0).Inputs)
                        {
                            direct.Add(new InputReach(input.Symbol, family, input.Use, payload.SinkName, 0));
                        }
                    }
                }

                if (CallOf(operation) is ({ } callee, { IsEmpty: false } arguments) && HasSummary(callee))
                {
                    calls.Add(CallSite.Create(callee, arguments, families.ToImmutable(), walker));
                }

                // this.phone = phone: the member now holds what the input held.
                if (operation is ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Instance: IInstanceReferenceOperation } target } assignment
                    && target.Member is IFieldSymbol or IPropertySymbol
                    && Model.GetMember(target.Member) is null or { Origin: PersonalDataOrigin.Inferred })
                {
                    foreach (var input in walker.Visit(assignment.Value, Mode.Value, 0).Inputs)
                    {
                        stores.Add((input, target.Member.OriginalDefinition));
                    }
                }
            }
        }

        var summary = new LocalSummary(Shortest(direct), calls.ToImmutable(), stores.ToImmutable());
        _localSummaries.TryAdd(method, summary);
        return summary;
    }

    /// <summary>What a call of a method of the compilation returns: its summary's flow, its inputs replaced by the call's arguments.</summary>
    private PersonalDataFlow? ReturnedByCall(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, Mode mode, Walker caller)
    {
        if (method.ReturnsVoid || caller.ReturnDepth <= 0 || !HasSummary(method))
        {
            return null;
        }

        var flow = PersonalDataFlow.None;
        foreach (var target in Targets(method))
        {
            var returned = Returned(target, mode, caller.ReturnDepth - 1, caller.CancellationToken);
            flow = flow.Union(returned.WithoutInputs());
            foreach (var input in returned.Inputs)
            {
                if (input.Symbol is IParameterSymbol parameter && parameter.Ordinal < method.Parameters.Length
                    && ArgumentFor(arguments, method.OriginalDefinition.Parameters[parameter.Ordinal]) is { } argument)
                {
                    flow = flow.Union(caller.Visit(argument, ModeOf(input.Use), 0));
                }
            }
        }

        return flow;
    }

    // What a body returns, its calls followed `depth` deep.
    private PersonalDataFlow Returned(IMethodSymbol method, Mode mode, int depth, CancellationToken cancellationToken)
    {
        var key = ((ISymbol)method, (depth * 3) + (int)mode);
        if (_returns.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var walker = new Walker(this, cancellationToken, new SummaryScope(method), depth);
        var flow = PersonalDataFlow.None;
        foreach (var body in Bodies(method, cancellationToken))
        {
            foreach (var value in ReturnedValues(body))
            {
                flow = flow.Union(walker.Visit(value, mode, 0));
            }
        }

        _returns.TryAdd(key, flow);
        return flow;
    }

    // The values a body returns: its return statements' and an expression body's, not those of lambdas or local functions in it.
    private static IEnumerable<IOperation> ReturnedValues(IOperation body)
    {
        var stack = new Stack<IOperation>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var operation = stack.Pop();
            if (operation is IReturnOperation { Kind: OperationKind.Return, ReturnedValue: { } value })
            {
                yield return value;
                continue;
            }

            foreach (var child in operation.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    stack.Push(child);
                }
            }
        }
    }

    // The operation trees of a method's body: its declaration, or a local function's statement.
    private IEnumerable<IOperation> Bodies(IMethodSymbol method, CancellationToken cancellationToken)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax(cancellationToken);
            if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                continue;
            }

            // The driver's semantic models are shared through the compilation's provider; this one is cached there too.
#pragma warning disable RS1030 // A summary needs the operations of another method's body, which no analyzer context gives.
            var semanticModel = _compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
            if (semanticModel.GetOperation(syntax, cancellationToken) is { } operation)
            {
                yield return operation;
            }
        }
    }

    private static IOperation? ArgumentFor(ImmutableArray<IArgumentOperation> arguments, IParameterSymbol parameter)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } bound && bound.Ordinal == parameter.Ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static string Step(IMethodSymbol method, IParameterSymbol parameter)
    {
        var name = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
        return method.MethodKind is MethodKind.LocalFunction || method.ContainingType is null
            ? $"{name}({parameter.Name})"
            : method.MethodKind == MethodKind.Constructor ? $"new {name}({parameter.Name})" : $"{method.ContainingType.Name}.{name}({parameter.Name})";
    }

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
