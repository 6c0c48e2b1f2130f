using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Model;
using PiiAnalyzers.ThirdParties;

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

    private readonly ConcurrentDictionary<ISymbol, ImmutableDictionary<SinkFamily, ImmutableArray<CalleeReach>>> _calleeReaches = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, LocalSummary> _localSummaries = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<(ISymbol Method, int Level), ImmutableArray<InputReach>> _reaches = new(SymbolLevelComparer.Instance);
    private readonly ConcurrentDictionary<(ISymbol Type, int Level), ImmutableArray<InputReach>> _memberReaches = new(SymbolLevelComparer.Instance);
    private readonly Lazy<Implementations> _implementations;

    /// <summary>
    /// The values a call of a method of the compilation (or a constructor) hands on to a sink of the family: each argument
    /// whose parameter reaches that family inside the callee, named by its path ("AuditLog.Record(phone) → LogInformation").
    /// Empty for methods of other assemblies, and for calls that are sinks of the family themselves.
    /// </summary>
    public ImmutableArray<SinkPayload> CalleePayloads(IOperation call, SinkFamily family, CancellationToken cancellationToken = default)
    {
        var (method, arguments) = CallOf(call);
        if (method is null || arguments.IsEmpty || !HasSummary(method) || !AnyArgumentCarries(call, arguments, cancellationToken))
        {
            return ImmutableArray<SinkPayload>.Empty;
        }

        var reaches = CalleeReaches(method.OriginalDefinition, family, cancellationToken);
        if (reaches.IsEmpty || !_sinkCatalog.Payloads(family, call).IsEmpty)
        {
            return ImmutableArray<SinkPayload>.Empty;
        }

        var payloads = ImmutableArray.CreateBuilder<SinkPayload>(reaches.Length);
        foreach (var (parameter, use, member, target, recipient) in reaches)
        {
            if (ArgumentFor(arguments, parameter) is { } argument)
            {
                payloads.Add(new SinkPayload(argument, use, target, member, recipient));
            }
        }

        return payloads.ToImmutable();
    }

    // What a call of the method hands on to the family, per parameter and member: one finding per argument (and member),
    // the use that writes the most (a value before text before what was read), then the shortest path. Computed once per
    // method for every family, in one pass over its reaches (the rules of the four families ask for the same calls).
    private ImmutableArray<CalleeReach> CalleeReaches(IMethodSymbol method, SinkFamily family, CancellationToken cancellationToken)
    {
        if (!_calleeReaches.TryGetValue(method, out var byFamily))
        {
            byFamily = _calleeReaches.GetOrAdd(method, BestReachesByFamily(method, cancellationToken));
        }

        return byFamily.TryGetValue(family, out var reaches) ? reaches : ImmutableArray<CalleeReach>.Empty;
    }

    private ImmutableDictionary<SinkFamily, ImmutableArray<CalleeReach>> BestReachesByFamily(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var best = new Dictionary<(SinkFamily Family, int Ordinal, string? Member, ThirdParty? Recipient), InputReach>();
        foreach (var reach in Reaches(method, MaxPathSteps, cancellationToken))
        {
            if (reach.Input is IParameterSymbol parameter)
            {
                var key = (reach.Family, parameter.Ordinal, reach.Member, reach.Recipient);
                if (!best.TryGetValue(key, out var current) || IsBetter(reach, current))
                {
                    best[key] = reach;
                }
            }
        }

        return best
            .OrderBy(entry => entry.Key.Ordinal)
            .ThenBy(entry => entry.Key.Member, StringComparer.Ordinal)
            .GroupBy(entry => entry.Key.Family)
            .ToImmutableDictionary(
                group => group.Key,
                group => group
                    .Select(entry => new CalleeReach(
                        (IParameterSymbol)entry.Value.Input,
                        entry.Value.Use,
                        entry.Value.Member,
                        Step(method, (IParameterSymbol)entry.Value.Input, entry.Value.Member) + " → " + entry.Value.Target,
                        entry.Value.Recipient))
                    .ToImmutableArray());

        static bool IsBetter(InputReach candidate, InputReach current) =>
            candidate.Use != current.Use ? candidate.Use < current.Use
            : candidate.Steps != current.Steps ? candidate.Steps < current.Steps
            : string.CompareOrdinal(candidate.Target, current.Target) < 0;
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
                reaches.Add(new InputReach(input, reach.Family, reach.Use, reach.Target, reach.Steps, reach.Member, reach.Recipient));
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
                    if (reach.Input is IParameterSymbol parameter && call.InputsOf(parameter.Ordinal, reach.Use, reach.Member) is { IsEmpty: false } inputs
                        && !call.SinkFamilies.Contains(reach.Family))
                    {
                        var path = Step(call.Method, parameter, reach.Member) + " → " + reach.Target;
                        reaches.AddRange(inputs.Select(input => new InputReach(input.Symbol, reach.Family, input.Use, path, reach.Steps + 1, input.Member, reach.Recipient)));
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
                        var name = reach.Member is null ? member.Name : member.Name + "." + reach.Member;
                        reaches.Add(new InputReach(input.Symbol, reach.Family, input.Use, $"{type.Name}.{name} → {reach.Target}", reach.Steps + 1, input.Member ?? reach.Member, reach.Recipient));
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
            .GroupBy(reach => (reach.Input, reach.Member, reach.Family, reach.Use, reach.Recipient), InputReach.KeyComparer)
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
                            direct.Add(new InputReach(input.Symbol, family, input.Use, payload.SinkName, 0, input.Member, payload.Recipient));
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

                // private readonly Session _session = session; with a primary constructor's parameter.
                if (operation is ISymbolInitializerOperation initializer)
                {
                    var initialized = initializer switch
                    {
                        IFieldInitializerOperation field => field.InitializedFields.Cast<ISymbol>(),
                        IPropertyInitializerOperation property => property.InitializedProperties.Cast<ISymbol>(),
                        _ => Enumerable.Empty<ISymbol>(),
                    };
                    foreach (var member in initialized.Where(member => Model.GetMember(member) is null or { Origin: PersonalDataOrigin.Inferred }))
                    {
                        foreach (var input in walker.Visit(initializer.Value, Mode.Value, 0).Inputs)
                        {
                            stores.Add((input, member.OriginalDefinition));
                        }
                    }
                }
            }
        }

        var summary = new LocalSummary(Shortest(direct), calls.ToImmutable(), stores.ToImmutable());
        _localSummaries.TryAdd(method, summary);
        return summary;
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

            // A primary constructor has no body: its parameters are stored by the type's member initializers.
            if (method.MethodKind == MethodKind.Constructor && syntax is TypeDeclarationSyntax type)
            {
                foreach (var initializer in type.Members.SelectMany(member => member.DescendantNodes(node => node is not BlockSyntax).OfType<EqualsValueClauseSyntax>()))
                {
                    if (semanticModel.GetOperation(initializer, cancellationToken) is { } initialization)
                    {
                        yield return initialization;
                    }
                }
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

    // How a path names the call: Notifier.Notify(phone), new Receipt(email), Write(text) for a local function; with the
    // member read when only one is passed on: OrderService.Save(order.Status).
    private static string Step(IMethodSymbol method, IParameterSymbol parameter, string? member = null)
    {
        var name = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
        var argument = member is null ? parameter.Name : parameter.Name + "." + member;
        return method.MethodKind is MethodKind.LocalFunction || method.ContainingType is null
            ? $"{name}({argument})"
            : method.MethodKind == MethodKind.Constructor ? $"new {name}({argument})" : $"{method.ContainingType.Name}.{name}({argument})";
    }
}
