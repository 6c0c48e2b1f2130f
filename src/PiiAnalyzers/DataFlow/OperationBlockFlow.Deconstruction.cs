using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.DataFlow;

/// <summary>What each target of a deconstruction is given.</summary>
internal sealed partial class OperationBlockFlow
{
    /// <summary>
    /// The value a target of a deconstruction takes, the element of it still to pick out, and the deconstruction; all
    /// null when the reference is no such target. <c>(name, email) = (customer.Name, customer.Email)</c>: each target
    /// takes the value in the same place. <c>var (user, token) = await SignInAsync()</c>: each takes the call with its
    /// element's path, which the tracker follows into what the method returns. A value of another type (deconstructed by
    /// its Deconstruct method) is given whole to every target.
    /// </summary>
    private static (IOperation? Value, ImmutableArray<int> Element, IOperation? Deconstruction) Deconstructed(ILocalReferenceOperation reference)
    {
        var path = new Stack<int>();
        IOperation current = reference;
        while (current.Parent is { } parent)
        {
            if (parent is IDeconstructionAssignmentOperation assignment)
            {
                if (assignment.Target != current)
                {
                    return default;
                }

                var value = assignment.Value;
                while (path.Count > 0 && Unwrapped(value) is ITupleOperation tuple && path.Peek() < tuple.Elements.Length)
                {
                    value = tuple.Elements[path.Pop()];
                }

                var element = path.Count > 0 && IsTuple(value.Type) ? path.ToImmutableArray() : ImmutableArray<int>.Empty;
                return (value, element, assignment);
            }

            if (parent is ITupleOperation targets)
            {
                var position = targets.Elements.IndexOf(current);
                if (position < 0)
                {
                    return default;
                }

                path.Push(position);
            }
            else if (parent is not IDeclarationExpressionOperation and not IConversionOperation)
            {
                return default;
            }

            current = parent;
        }

        return default;
    }

    private static bool IsTuple(ITypeSymbol? type) => type is INamedTypeSymbol { IsTupleType: true };

    private static IOperation Unwrapped(IOperation value) =>
        value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : value;
}
