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
/// Computed lazily, once per method, from the method's operations; bounded in nesting, path length and work per
/// question; safe with recursion (a method already being summarized contributes nothing to itself).
/// </summary>
public sealed partial class PersonalDataTracker
{
    // Calls between the place the data enters and the sink that a finding names; longer paths are not followed.
    private const int MaxPathSteps = 5;

    // Summaries being computed inside one another; deeper, a method counts as doing nothing with its inputs.
    private const int MaxNesting = 8;

    // Summaries one question may compute, so that a dense call graph cannot make one finding expensive.
    private const int MaxSummariesPerQuestion = 200;

    // Implementations of a virtual or interface method that a call is taken to reach.
    private const int MaxImplementations = 8;

    private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> _summaries = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<(IMethodSymbol Method, Mode Mode), PersonalDataFlow> _returns = new(MethodModeComparer.Instance);
    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<InputReach>> _memberReaches = new(SymbolEqualityComparer.Default);
    private readonly Lazy<Implementations> _implementations;

    /// <summary>
    /// The values a call of a method of the compilation (or a constructor) hands on to a sink of the family: each argument
    /// whose parameter reaches that family inside the callee, named by its path ("AuditLog.Record(phone) → LogInformation").
    /// Empty for methods of other assemblies, and for calls that are sinks of the family themselves.
    /// </summary>
    public ImmutableArray<SinkPayload> CalleePayloads(IOperation call, SinkFamily family, CancellationToken cancellationToken = default)
    {
        var (method, arguments) = call switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };
        if (method is null || arguments.IsEmpty || _sinkCatalog.Payloads(family, call).Any() || !HasSummary(method))
        {
            return ImmutableArray<SinkPayload>.Empty;
        }

        var reaches = Reaches(method, new SummaryContext(cancellationToken));
        if (reaches.IsEmpty)
        {
            return ImmutableArray<SinkPayload>.Empty;
        }

        var payloads = ImmutableArray.CreateBuilder<SinkPayload>();
        foreach (var reach in reaches.Where(reach => reach.Family == family))
        {
            if (reach.Input is IParameterSymbol parameter && ArgumentFor(arguments, parameter) is { } argument)
            {
                payloads.Add(new SinkPayload(argument, reach.Use, Step(method, parameter) + " → " + reach.Target));
            }
        }

        return payloads.ToImmutable();
    }

    // What a method of the compilation does with its inputs: where each goes, through calls and its object's members.
    private ImmutableArray<InputReach> Reaches(IMethodSymbol method, SummaryContext context)
    {
        var reaches = ImmutableArray.CreateBuilder<InputReach>();
        foreach (var target in Targets(method))
        {
            var summary = Summary(target, context);
            foreach (var reach in summary.Reaches)
            {
                // An interface method's or an override's parameters are matched by position.
                var input = reach.Input is IParameterSymbol parameter && !SymbolEqualityComparer.Default.Equals(target, method.OriginalDefinition)
                    && parameter.Ordinal < method.OriginalDefinition.Parameters.Length
                    && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, target)
                    ? method.OriginalDefinition.Parameters[parameter.Ordinal]
                    : reach.Input;
                reaches.Add(new InputReach(input, reach.Family, reach.Use, reach.Target, reach.Steps));
            }

            // A constructor's parameters also go where its type's members and primary-constructor parameters go.
            if (target.MethodKind == MethodKind.Constructor)
            {
                foreach (var reach in MemberReaches(target.ContainingType, context))
                {
                    if (reach.Input is IParameterSymbol primary && SymbolEqualityComparer.Default.Equals(primary.ContainingSymbol, target))
                    {
                        reaches.Add(reach);
                    }
                }
            }
        }

        return reaches.ToImmutable();
    }

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

    private MethodSummary Summary(IMethodSymbol method, SummaryContext context)
    {
        if (_summaries.TryGetValue(method, out var cached))
        {
            return cached;
        }

        if (!context.TryEnter(method))
        {
            return MethodSummary.Empty;
        }

        try
        {
            var summary = ComputeSummary(method, context);
            if (context.Complete)
            {
                _summaries.TryAdd(method, summary);
            }

            return summary;
        }
        finally
        {
            context.Exit();
        }
    }

    private MethodSummary ComputeSummary(IMethodSymbol method, SummaryContext context)
    {
        var reaches = ImmutableArray.CreateBuilder<InputReach>();
        var stores = new List<(FlowInput Input, ISymbol Member)>();
        var walker = new Walker(this, context.CancellationToken, new SummaryScope(method, context));
        foreach (var body in Bodies(method, context.CancellationToken))
        {
            foreach (var operation in body.DescendantsAndSelf())
            {
                foreach (var family in SinkCatalog.Families)
                {
                    foreach (var payload in _sinkCatalog.Payloads(family, operation))
                    {
                        AddReaches(reaches, walker.Visit(payload.Value, ModeOf(payload.Use), 0), family, payload.SinkName, steps: 0);
                    }

                    foreach (var payload in CalleePayloadsWithin(operation, family, context))
                    {
                        AddReaches(reaches, walker.Visit(payload.Payload.Value, ModeOf(payload.Payload.Use), 0), family, payload.Payload.SinkName, payload.Steps);
                    }
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

        // What the members it stored into reach, from any method of the type.
        if (stores.Count > 0 && method.ContainingType is { } type)
        {
            var memberReaches = MemberReaches(type, context);
            foreach (var (input, member) in stores)
            {
                foreach (var reach in memberReaches.Where(reach => SymbolEqualityComparer.Default.Equals(reach.Input, member) && reach.Steps < MaxPathSteps))
                {
                    reaches.Add(new InputReach(input.Symbol, reach.Family, input.Use, $"{type.Name}.{member.Name} → {reach.Target}", reach.Steps + 1));
                }
            }
        }

        return new MethodSummary(reaches.Distinct().ToImmutableArray());
    }

    // Calls inside a summarized method that hand their arguments on to a sink: the callee's reaches, one step longer.
    private IEnumerable<(SinkPayload Payload, int Steps)> CalleePayloadsWithin(IOperation operation, SinkFamily family, SummaryContext context)
    {
        var (method, arguments) = operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };
        if (method is null || arguments.IsEmpty || !HasSummary(method) || _sinkCatalog.Payloads(family, operation).Any())
        {
            yield break;
        }

        foreach (var reach in Reaches(method, context))
        {
            if (reach.Family == family && reach.Steps < MaxPathSteps && reach.Input is IParameterSymbol parameter && ArgumentFor(arguments, parameter) is { } argument)
            {
                yield return (new SinkPayload(argument, reach.Use, Step(method, parameter) + " → " + reach.Target), reach.Steps + 1);
            }
        }
    }

    private static void AddReaches(ImmutableArray<InputReach>.Builder reaches, PersonalDataFlow flow, SinkFamily family, string target, int steps)
    {
        foreach (var input in flow.Inputs)
        {
            reaches.Add(new InputReach(input.Symbol, family, input.Use, target, steps));
        }
    }

    // What the type's members and primary-constructor parameters reach from any of its methods.
    private ImmutableArray<InputReach> MemberReaches(INamedTypeSymbol type, SummaryContext context)
    {
        var definition = type.OriginalDefinition;
        if (_memberReaches.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        var reaches = ImmutableArray.CreateBuilder<InputReach>();
        foreach (var method in definition.GetMembers().OfType<IMethodSymbol>())
        {
            if (method.MethodKind is MethodKind.Constructor or MethodKind.StaticConstructor || !HasBody(method))
            {
                continue;
            }

            foreach (var reach in Summary(method, context).Reaches)
            {
                if (reach.Input is IFieldSymbol or IPropertySymbol || (reach.Input is IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } }))
                {
                    reaches.Add(reach);
                }
            }
        }

        var result = reaches.Distinct().ToImmutableArray();
        if (context.Complete)
        {
            _memberReaches.TryAdd(definition, result);
        }

        return result;
    }

    /// <summary>What a call of a method of the compilation returns: its summary's flow, its inputs replaced by the call's arguments.</summary>
    private PersonalDataFlow? ReturnedByCall(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, Mode mode, Walker caller)
    {
        if (method.ReturnsVoid || !HasSummary(method) || caller.Context.Depth >= MaxNesting)
        {
            return null;
        }

        var flow = PersonalDataFlow.None;
        foreach (var target in Targets(method))
        {
            var returned = Returned(target, mode, caller.Context);
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

    private PersonalDataFlow Returned(IMethodSymbol method, Mode mode, SummaryContext context)
    {
        if (_returns.TryGetValue((method, mode), out var cached))
        {
            return cached;
        }

        if (!context.TryEnter(method))
        {
            return PersonalDataFlow.None;
        }

        try
        {
            var walker = new Walker(this, context.CancellationToken, new SummaryScope(method, context));
            var flow = PersonalDataFlow.None;
            foreach (var body in Bodies(method, context.CancellationToken))
            {
                foreach (var value in ReturnedValues(body))
                {
                    flow = flow.Union(walker.Visit(value, mode, 0));
                }
            }

            if (context.Complete)
            {
                _returns.TryAdd((method, mode), flow);
            }

            return flow;
        }
        finally
        {
            context.Exit();
        }
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

    /// <summary>One question's bookkeeping: the summaries in progress, the work left, and whether the answers are whole.</summary>
    private sealed class SummaryContext
    {
        private readonly List<IMethodSymbol> _inProgress = new();
        private int _budget = MaxSummariesPerQuestion;

        public SummaryContext(CancellationToken cancellationToken) => CancellationToken = cancellationToken;

        public CancellationToken CancellationToken { get; }

        public int Depth => _inProgress.Count;

        /// <summary>
        /// False once a summary met recursion, the nesting limit or the budget: what was computed since depends on where the
        /// question started, and is not kept for other questions.
        /// </summary>
        public bool Complete { get; private set; } = true;

        public bool TryEnter(IMethodSymbol method)
        {
            if (_inProgress.Count >= MaxNesting || _budget <= 0 || _inProgress.Contains(method, SymbolEqualityComparer.Default))
            {
                Complete = false;
                return false;
            }

            _budget--;
            _inProgress.Add(method);
            return true;
        }

        public void Exit() => _inProgress.RemoveAt(_inProgress.Count - 1);
    }

    /// <summary>What a walk inside a summarized method treats as its inputs.</summary>
    private sealed class SummaryScope
    {
        public SummaryScope(IMethodSymbol method, SummaryContext context)
        {
            Method = method;
            Context = context;
        }

        public IMethodSymbol Method { get; }

        public SummaryContext Context { get; }

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

    private sealed class MethodSummary
    {
        public static readonly MethodSummary Empty = new(ImmutableArray<InputReach>.Empty);

        public MethodSummary(ImmutableArray<InputReach> reaches) => Reaches = reaches;

        public ImmutableArray<InputReach> Reaches { get; }
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
    }

    private sealed class MethodModeComparer : IEqualityComparer<(IMethodSymbol Method, Mode Mode)>
    {
        public static readonly MethodModeComparer Instance = new();

        public bool Equals((IMethodSymbol Method, Mode Mode) x, (IMethodSymbol Method, Mode Mode) y) =>
            x.Mode == y.Mode && SymbolEqualityComparer.Default.Equals(x.Method, y.Method);

        public int GetHashCode((IMethodSymbol Method, Mode Mode) obj) => (SymbolEqualityComparer.Default.GetHashCode(obj.Method) * 397) ^ (int)obj.Mode;
    }
}
