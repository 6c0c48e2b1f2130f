using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// What a call of a method of the compilation returns: the values its body returns, walked once per depth, mode and
/// element, its parameters replaced by the call's arguments.
/// </summary>
public sealed partial class PersonalDataTracker
{
    private readonly ConcurrentDictionary<ReturnKey, PersonalDataFlow> _returns = new();

    /// <summary>
    /// What a call of a method of the compilation returns (or the element of it that <paramref name="element"/> names, when
    /// it returns a tuple): its summary's flow, its inputs replaced by the call's arguments.
    /// </summary>
    private PersonalDataFlow? ReturnedByCall(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, Mode mode, Walker caller, ImmutableArray<int> element = default) =>
        ReturnedByCall(method, parameter => ArgumentFor(arguments, parameter), mode, caller, element);

    /// <summary>What a call returns, its arguments given by parameter (of the method's original definition).</summary>
    private PersonalDataFlow? ReturnedByCall(IMethodSymbol method, Func<IParameterSymbol, IOperation?> argumentFor, Mode mode, Walker caller, ImmutableArray<int> element)
    {
        if (method.ReturnsVoid || caller.ReturnDepth <= 0 || !HasSummary(method))
        {
            return null;
        }

        var flow = PersonalDataFlow.None;
        foreach (var target in Targets(method))
        {
            var returned = Returned(target, mode, caller.ReturnDepth - 1, element.IsDefault ? ImmutableArray<int>.Empty : element, caller.CancellationToken);
            // The callee's own parameters stand for the arguments, which are followed instead.
            flow = flow.Union(returned.WithoutInputs().Without(source => source.Symbol is IParameterSymbol { ContainingSymbol: var owner } && SymbolEqualityComparer.Default.Equals(owner, target)));
            foreach (var input in returned.Inputs)
            {
                if (input.Symbol is IParameterSymbol parameter && parameter.Ordinal < method.Parameters.Length
                    && argumentFor(method.OriginalDefinition.Parameters[parameter.Ordinal]) is { } argument)
                {
                    // A member of the parameter the method returns (customer.Notes): only what the argument put in that member.
                    flow = flow.Union(input.Member is null
                        ? caller.Visit(argument, ModeOf(input.Use), 0)
                        : caller.VisitMemberOf(argument, input.Member, ModeOf(input.Use), 0));
                }
            }
        }

        return flow;
    }

    // What a body returns (the element of the tuple it returns, when one is named), its calls followed `depth` deep.
    private PersonalDataFlow Returned(IMethodSymbol method, Mode mode, int depth, ImmutableArray<int> element, CancellationToken cancellationToken)
    {
        var key = new ReturnKey(method, (depth * 3) + (int)mode, element);
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
                flow = flow.Union(walker.VisitElement(value, element, mode, 0));
            }
        }

        _returns.TryAdd(key, flow);
        return flow;
    }

    // The values a body (a method's, a lambda's) returns: its return statements' and an expression body's, not those of
    // lambdas or local functions in it.
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
}
