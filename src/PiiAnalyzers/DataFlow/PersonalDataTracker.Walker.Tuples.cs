using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.DataFlow;

/// <summary>The walk over one element of a tuple: what the element carries, not what the whole tuple does.</summary>
public sealed partial class PersonalDataTracker
{
    private sealed partial class Walker
    {
        /// <summary>
        /// What element <paramref name="element"/> (a path, outermost first) of a tuple-typed value carries: the element of
        /// a tuple literal, of what a method of the compilation returns (its summary taken per element), of what a local
        /// was given. Where the element cannot be picked out (a method of another assembly, a value from a field), the
        /// whole value's flow.
        /// </summary>
        public PersonalDataFlow VisitElement(IOperation? value, ImmutableArray<int> element, Mode mode, int depth)
        {
            if (element.IsEmpty || value is null || depth > MaxDepth)
            {
                return Visit(value, mode, depth);
            }

            switch (value)
            {
                case IConversionOperation conversion when conversion.Operand is ITupleOperation || IsTuple(conversion.Operand.Type):
                    return VisitElement(conversion.Operand, element, mode, depth + 1);
                case IParenthesizedOperation parenthesized:
                    return VisitElement(parenthesized.Operand, element, mode, depth + 1);
                case ITupleOperation tuple when element[0] >= 0 && element[0] < tuple.Elements.Length:
                    return VisitElement(tuple.Elements[element[0]], element.RemoveAt(0), mode, depth + 1);
                case IAwaitOperation awaited:
                    return VisitElement(awaited.Operation, element, mode, depth + 1);
                case IConditionalOperation conditional:
                    return VisitElement(conditional.WhenTrue, element, mode, depth + 1).Union(VisitElement(conditional.WhenFalse, element, mode, depth + 1));
                case ILocalReferenceOperation local:
                    return VisitLocal(local, mode, depth + 1, member: null, element);

                // The graph's value of a '?:' or '??': each value the capture is given.
                case IFlowCaptureReferenceOperation capture when _blockFlow?.GraphOf(capture) is { } graph:
                    var flow = PersonalDataFlow.None;
                    foreach (var captured in _blockFlow.CapturedValues(graph, capture.Id))
                    {
                        flow = flow.Union(VisitElement(captured, element, mode, depth + 1));
                    }

                    return flow;
                case IFieldReferenceOperation { Instance: { } tuple } field when TupleElementIndex(field.Field) is { } index:
                    return VisitElement(tuple, element.Insert(0, index), mode, depth + 1);
                case IInvocationOperation invocation
                    when !_tracker.Sanitizers.IsSanitizer(invocation.TargetMethod, invocation.Syntax.SyntaxTree)
                        && _tracker.GetSource(invocation) is null
                        && _tracker.ReturnedByCall(invocation.TargetMethod, invocation.Arguments, mode, this, element) is { } returned:
                    return returned;
                default:
                    return Visit(value, mode, depth);
            }
        }

        // The position of a tuple's element field (Item2, or the name it was given) among the tuple's elements; null for a
        // field of anything else.
        private static int? TupleElementIndex(IFieldSymbol field)
        {
            if (field.ContainingType is not { IsTupleType: true } tuple || field.CorrespondingTupleField is not { } position)
            {
                return null;
            }

            var elements = tuple.TupleElements;
            for (var i = 0; i < elements.Length; i++)
            {
                if (SymbolEqualityComparer.Default.Equals(elements[i].CorrespondingTupleField, position))
                {
                    return i;
                }
            }

            return null;
        }

        private static bool IsTuple(ITypeSymbol? type) => type is INamedTypeSymbol { IsTupleType: true };
    }
}
