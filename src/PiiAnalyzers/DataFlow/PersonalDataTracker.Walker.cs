using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.DataFlow;

/// <summary>The walk over one value's expression: what each kind of operation passes on.</summary>
public sealed partial class PersonalDataTracker
{
    private enum Mode
    {
        // The value reaches the sink as it is: an object carries every personal member its type holds.
        Value,

        // The value is converted to text: an object carries what its ToString prints.
        Text,

        // Only the data read into the value counts, not what its type holds: the instance of a property read.
        Direct,
    }

    private static Mode ModeOf(ValueUse use) =>
        use switch
        {
            ValueUse.AsText => Mode.Text,
            ValueUse.AsRead => Mode.Direct,
            _ => Mode.Value,
        };

    private static ValueUse UseOf(Mode mode) =>
        mode switch
        {
            Mode.Text => ValueUse.AsText,
            Mode.Direct => ValueUse.AsRead,
            _ => ValueUse.AsValue,
        };

    /// <summary>One walk over one value; not shared between threads.</summary>
    private sealed partial class Walker
    {
        private readonly PersonalDataTracker _tracker;
        private readonly CancellationToken _cancellationToken;
        private readonly HashSet<ILocalSymbol> _localsInProgress = new(SymbolEqualityComparer.Default);

        // The graphs of the operation block whose graph operations are being walked; null while walking the tree the
        // analyzer was given.
        private OperationBlockFlow? _blockFlow;

        // The method being summarized, whose inputs the walk reports as such; null when following a value for a rule.
        private readonly SummaryScope? _scope;

        // What the lambda parameters of the LINQ queries visited so far stand for (BindQueryElement).
        private Dictionary<IParameterSymbol, PersonalDataFlow>? _queryElements;

        public Walker(PersonalDataTracker tracker, CancellationToken cancellationToken, SummaryScope? scope, int returnDepth)
        {
            _tracker = tracker;
            _cancellationToken = cancellationToken;
            _scope = scope;
            ReturnDepth = returnDepth;
        }

        /// <summary>How many calls deep what a method of the compilation returns is still followed through its summary.</summary>
        public int ReturnDepth { get; }

        public CancellationToken CancellationToken => _cancellationToken;

        public PersonalDataFlow Visit(IOperation? operation, Mode mode, int depth)
        {
            if (operation is null || depth > MaxDepth)
            {
                return PersonalDataFlow.None;
            }

            _cancellationToken.ThrowIfCancellationRequested();
            var flow = VisitCore(operation, mode, depth + 1);
            if (mode == Mode.Direct || operation.Type is not { } type || operation is IConversionOperation)
            {
                return flow;
            }

            var byType = mode == Mode.Value ? _tracker.GetWholeObjectSources(type) : _tracker.GetToStringExposure(type);
            return byType.IsEmpty ? flow : flow.Union(PersonalDataFlow.From(byType, operation.Syntax));
        }

        private PersonalDataFlow VisitAll(IEnumerable<IOperation?> operations, Mode mode, int depth)
        {
            var flow = PersonalDataFlow.None;
            foreach (var operation in operations)
            {
                flow = flow.Union(Visit(operation, mode, depth));
            }

            return flow;
        }

        private PersonalDataFlow VisitCore(IOperation operation, Mode mode, int depth)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    return Visit(conversion.Operand, mode, depth);
                case IParenthesizedOperation parenthesized:
                    return Visit(parenthesized.Operand, mode, depth);
                case IArgumentOperation argument:
                    return Visit(argument.Value, mode, depth);
                case IInterpolatedStringHandlerCreationOperation handler:
                    return Visit(handler.Content, Mode.Text, depth);
                case IInterpolatedStringOperation interpolated:
                    return VisitAll(interpolated.Parts.Select(InterpolatedValue), Mode.Text, depth);
                case IBinaryOperation binary:
                    return VisitBinary(binary, depth);
                case IUnaryOperation unary:
                    return unary.Type?.SpecialType == SpecialType.System_Boolean ? PersonalDataFlow.None : Visit(unary.Operand, mode, depth);
                case IConditionalOperation conditional:
                    return Visit(conditional.WhenTrue, mode, depth).Union(Visit(conditional.WhenFalse, mode, depth));
                case ICoalesceOperation coalesce:
                    return Visit(coalesce.Value, mode, depth).Union(Visit(coalesce.WhenNull, mode, depth));
                case ISwitchExpressionOperation switchExpression:
                    return VisitAll(switchExpression.Arms.Select(arm => arm.Value), mode, depth);
                case IConditionalAccessOperation conditionalAccess:
                    return Visit(conditionalAccess.WhenNotNull, mode, depth);
                case IConditionalAccessInstanceOperation instance:
                    return Visit(ConditionalAccessReceiver(instance), Mode.Direct, depth);
                case IAwaitOperation awaited:
                    return Visit(awaited.Operation, mode, depth);
                case ITupleOperation tuple:
                    return VisitAll(tuple.Elements, mode, depth);
                case IArrayCreationOperation arrayCreation:
                    return Visit(arrayCreation.Initializer, mode, depth);
                case IArrayInitializerOperation initializer:
                    return VisitAll(initializer.ElementValues, mode, depth);
                case ICollectionExpressionOperation collection:
                    return VisitAll(collection.Elements, mode, depth);
                case ISpreadOperation spread:
                    return Visit(spread.Operand, Mode.Direct, depth);
                case IAnonymousObjectCreationOperation anonymous:
                    return VisitAll(anonymous.Initializers.Select(initializer => initializer is ISimpleAssignmentOperation assignment ? assignment.Value : initializer), mode, depth);
                case IObjectCreationOperation creation:
                    return VisitCreation(creation, mode, depth);
                case ISimpleAssignmentOperation assignment:
                    return Visit(assignment.Value, mode, depth);
                case ICompoundAssignmentOperation compound:
                    return Visit(compound.Target, mode, depth).Union(Visit(compound.Value, mode, depth));
                case ICoalesceAssignmentOperation coalesceAssignment:
                    return Visit(coalesceAssignment.Target, mode, depth).Union(Visit(coalesceAssignment.Value, mode, depth));
                case ILocalReferenceOperation local:
                    return VisitLocal(local, mode, depth);
                case IFlowCaptureReferenceOperation capture:
                    return VisitCapture(capture, mode, depth);
                case IParameterReferenceOperation parameter:
                    return VisitParameter(parameter, mode);
                case IFieldReferenceOperation { Instance: { } tuple } field when TupleElementIndex(field.Field) is { } index:
                    return VisitElement(tuple, ImmutableArray.Create(index), mode, depth);
                case IFieldReferenceOperation field:
                    return VisitMember(field, field.Field, field.Instance, field.Field.Type, mode, depth);
                case IPropertyReferenceOperation property when property.Property.IsIndexer:
                    return Visit(property.Instance, Mode.Direct, depth);
                case IPropertyReferenceOperation property when _tracker.Sanitizers.IsSanitizer(property.Property, property.Syntax.SyntaxTree):
                    return PersonalDataFlow.None;
                case IPropertyReferenceOperation property:
                    return VisitMember(property, property.Property, property.Instance, property.Property.Type, mode, depth);
                case IArrayElementReferenceOperation element:
                    return Visit(element.ArrayReference, Mode.Direct, depth);
                case IInvocationOperation invocation:
                    return VisitInvocation(invocation, mode, depth);
                case IInvalidOperation invalid when RecoveredCall.From(invalid, _blockFlow?.SemanticModel) is { } recovered:
                    return VisitRecoveredCall(recovered, invalid, mode, depth);
                default:
                    return PersonalDataFlow.None;
            }
        }

        private static IOperation? InterpolatedValue(IInterpolatedStringContentOperation part) =>
            part switch
            {
                IInterpolationOperation interpolation => interpolation.Expression,
                IInterpolatedStringAppendOperation { Kind: OperationKind.InterpolatedStringAppendFormatted, AppendCall: IInvocationOperation { Arguments.Length: > 0 } call } => call.Arguments[0].Value,
                _ => null,
            };

        private PersonalDataFlow VisitBinary(IBinaryOperation binary, int depth)
        {
            if (binary.Type?.SpecialType == SpecialType.System_String)
            {
                return Visit(binary.LeftOperand, Mode.Text, depth).Union(Visit(binary.RightOperand, Mode.Text, depth));
            }

            // Arithmetic on a personal number (Age + 1) is still personal; a comparison is not.
            return binary.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply
                    or BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder or BinaryOperatorKind.Concatenate
                && binary.Type?.SpecialType != SpecialType.System_Boolean
                ? Visit(binary.LeftOperand, Mode.Direct, depth).Union(Visit(binary.RightOperand, Mode.Direct, depth))
                : PersonalDataFlow.None;
        }

        private PersonalDataFlow VisitCreation(IObjectCreationOperation creation, Mode mode, int depth)
        {
            var argumentMode = _tracker.IsText(creation.Type) ? Mode.Text : mode;
            var flow = VisitAll(creation.Arguments.Select(argument => argument.Value), argumentMode, depth);
            if (creation.Initializer is { } initializer)
            {
                foreach (var item in initializer.Initializers)
                {
                    flow = flow.Union(item switch
                    {
                        ISimpleAssignmentOperation assignment => Visit(assignment.Value, mode, depth),
                        IInvocationOperation add => VisitAll(add.Arguments.Select(argument => argument.Value), mode, depth),
                        _ => PersonalDataFlow.None,
                    });
                }
            }

            return flow;
        }

        private PersonalDataFlow FromSymbol(ISymbol symbol, IOperation read) =>
            _tracker.GetSource(symbol) is { } source ? PersonalDataFlow.From(new[] { source }, read.Syntax) : PersonalDataFlow.None;

        // Inside a summary, a parameter the method was given is an input, even one inferred to be personal: the caller may
        // pass data that is marked. A parameter marked personal is reported where it is used, not at the callers.
        private PersonalDataFlow VisitParameter(IParameterReferenceOperation reference, Mode mode)
        {
            var flow = FromSymbol(reference.Parameter, reference);
            if (_queryElements is not null && _queryElements.TryGetValue(reference.Parameter, out var element))
            {
                flow = flow.Union(element);
            }

            return _scope is not null && _scope.IsInput(reference.Parameter) && flow.Sources.All(source => source.IsInferred)
                ? flow.Union(PersonalDataFlow.FromInput(new FlowInput(reference.Parameter.OriginalDefinition, UseOf(mode))))
                : flow;
        }

        private PersonalDataFlow VisitMember(IOperation read, ISymbol member, IOperation? instance, ITypeSymbol memberType, Mode mode, int depth)
        {
            // Inside a summary, a member of the method's own object is an input (as an inferred parameter is).
            var flow = FromSymbol(member, read);
            if (_scope is not null && _scope.IsInput(member, instance) && flow.Sources.All(source => source.IsInferred))
            {
                return flow.Union(PersonalDataFlow.FromInput(new FlowInput(member.OriginalDefinition, UseOf(mode))));
            }

            if (!flow.IsEmpty)
            {
                return flow;
            }

            // Inside a summary, an unmarked member of a parameter (request.Status): only what a caller puts in that member
            // is passed on, not everything the caller's argument carries.
            if (_scope is not null && OwningInput(Unwrap(instance)) is { } owner)
            {
                return _tracker.IsText(memberType) || mode != Mode.Direct
                    ? PersonalDataFlow.FromInput(new FlowInput(owner.OriginalDefinition, UseOf(mode), member.Name))
                    : PersonalDataFlow.None;
            }

            // customer.Address.City when Address is personal: text read from personal data is personal. A number or a
            // flag read from it (.Length, .Count, .HasValue) is not, and neither is an unmarked member of a personal type.
            return instance is not null && !member.IsStatic && _tracker.IsText(memberType)
                ? Visit(instance, Mode.Direct, depth)
                : PersonalDataFlow.None;
        }

        // The receiver the '?.' tested: that of the nearest conditional access whose WhenNotNull part the instance is in.
        private static IOperation? ConditionalAccessReceiver(IConditionalAccessInstanceOperation instance)
        {
            IOperation child = instance;
            for (var current = instance.Parent; current is not null; child = current, current = current.Parent)
            {
                if (current is IConditionalAccessOperation access && access.WhenNotNull == child)
                {
                    return access.Operation;
                }
            }

            return null;
        }

        // What a local holds where it is read: the values of the writes that reach the read on the control-flow graph.
        private PersonalDataFlow VisitLocal(ILocalReferenceOperation read, Mode mode, int depth, string? member = null, ImmutableArray<int> element = default)
        {
            var local = read.Local;
            if (!_localsInProgress.Add(local))
            {
                return PersonalDataFlow.None;
            }

            var outer = _blockFlow;
            try
            {
                var blockFlow = _blockFlow is { } current && current.TryFindRead(read, out _) ? current : _tracker.BlockFlowOf(Root(read));
                if (blockFlow is null)
                {
                    return PersonalDataFlow.None;
                }

                _blockFlow = blockFlow;
                var definitions = blockFlow.TryFindRead(read, out var found) ? blockFlow.ReachingDefinitions(found) : blockFlow.AllDefinitions(local);
                var flow = PersonalDataFlow.None;
                foreach (var definition in definitions)
                {
                    flow = flow.Union(definition.WrittenMember is { } written
                        ? VisitWrittenMember(definition, written, member, mode, depth)
                        : member is not null
                            ? definition.Values.Aggregate(PersonalDataFlow.None, (all, value) => all.Union(VisitMemberOf(value, member, mode, depth)))
                            : definition.Element.IsEmpty && element.IsDefaultOrEmpty
                                ? VisitAll(definition.Values, definition.AsText ? Mode.Text : mode, depth)
                                : definition.Values.Aggregate(PersonalDataFlow.None, (all, value) => all.Union(
                                    VisitElement(value, element.IsDefaultOrEmpty ? definition.Element : definition.Element.AddRange(element), mode, depth))));
                }

                return flow;
            }
            finally
            {
                _blockFlow = outer;
                _localsInProgress.Remove(local);
            }
        }

        public static IOperation? Unwrap(IOperation? operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
            {
                operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
            }

            return operation;
        }

        // A value the graph computed once and kept (the receiver of '?.', the left of '??', a spilled argument).
        // An object built with an initializer carries what the initializer put in it, as a whole value does.
        private PersonalDataFlow VisitCapture(IFlowCaptureReferenceOperation reference, Mode mode, int depth)
        {
            if (_blockFlow?.GraphOf(reference) is not { } graph)
            {
                return PersonalDataFlow.None;
            }

            var flow = VisitAll(_blockFlow.CapturedValues(graph, reference.Id), mode, depth);
            return mode == Mode.Direct
                ? flow
                : flow.Union(VisitAll(_blockFlow.CapturedMemberWrites(graph, reference.Id).Select(write => write.Value), mode, depth));
        }

        // The parameter of a lambda given to a LINQ method stands for an element of the query's source: in
        // "user.Claims.Select(c => $"{c.Type}: {c.Value}")", c is one of the user's claims and carries what they carry.
        // Bound by the lambda's symbol, which the lambda's operations and its control-flow graph share. The source's flow is
        // the one the query's own walk computed, once for all its lambdas.
        private void BindQueryElement(IOperation argument, PersonalDataFlow element)
        {
            var lambda = argument switch
            {
                IDelegateCreationOperation { Target: IAnonymousFunctionOperation function } => function.Symbol,
                IDelegateCreationOperation { Target: IFlowAnonymousFunctionOperation function } => function.Symbol,
                _ => null,
            };
            if (lambda is not { Parameters.Length: > 0 })
            {
                return;
            }

            if (!element.IsEmpty)
            {
                (_queryElements ??= new Dictionary<IParameterSymbol, PersonalDataFlow>(SymbolEqualityComparer.Default))[lambda.Parameters[0]] = element;
            }
        }

        private IEnumerable<IOperation?> LambdaReturns(IOperation argument) =>
            argument switch
            {
                IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => ReturnedValues(lambda.Body),
                IDelegateCreationOperation { Target: IFlowAnonymousFunctionOperation lambda } when _blockFlow is not null => _blockFlow.ReturnedValues(lambda),
                _ => Enumerable.Empty<IOperation?>(),
            };

        private static IOperation Root(IOperation operation)
        {
            var current = operation;
            while (current.Parent is not null)
            {
                current = current.Parent;
            }

            return current;
        }
    }
}
