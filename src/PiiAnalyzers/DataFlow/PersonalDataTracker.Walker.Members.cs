using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.DataFlow;

/// <summary>The walk over one member of a value: what was put in it, by whom.</summary>
public sealed partial class PersonalDataTracker
{
    private sealed partial class Walker
    {
        // local.Member = value: the local's object carries the value, or, when one member is asked for, that member's. A
        // member that is personal data itself already says what it holds, wherever the object goes.
        private PersonalDataFlow VisitWrittenMember(LocalDefinition definition, ISymbol written, string? member, Mode mode, int depth) =>
            (member is null || member == written.Name) && _tracker.Model.GetMember(written) is null or { Origin: PersonalDataOrigin.Inferred }
                ? VisitAll(definition.Values, mode, depth)
                : PersonalDataFlow.None;

        // The input whose member is read: a parameter of the summarized method, or a member of its own object
        // (_session.Id), when that input is not personal data itself.
        private ISymbol? OwningInput(IOperation? instance) =>
            instance switch
            {
                IParameterReferenceOperation { Parameter: var parameter } when _scope!.IsInput(parameter) && _tracker.GetSource(parameter) is null => parameter,
                IMemberReferenceOperation { Member: var owner, Instance: var ownerInstance } when _scope!.IsInput(owner, ownerInstance) && _tracker.GetSource(owner) is null => owner,
                _ => null,
            };

        /// <summary>
        /// What was put in one member of the value: an object created with that member set (or a constructor argument of
        /// that name), an anonymous object's property, a local given one of these; a parameter of the summarized method
        /// passes the question on to its callers. Anything else is an existing object whose unmarked member is not
        /// personal data.
        /// </summary>
        public PersonalDataFlow VisitMemberOf(IOperation? value, string member, Mode mode, int depth)
        {
            switch (Unwrap(value))
            {
                case IObjectCreationOperation creation:
                    var flow = PersonalDataFlow.None;
                    foreach (var argument in creation.Arguments)
                    {
                        if (string.Equals(argument.Parameter?.Name, member, System.StringComparison.OrdinalIgnoreCase))
                        {
                            flow = flow.Union(Visit(argument.Value, mode, depth));
                        }
                    }

                    foreach (var initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
                    {
                        if (initializer is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } assignment && target.Member.Name == member)
                        {
                            flow = flow.Union(Visit(assignment.Value, mode, depth));
                        }
                    }

                    return flow;
                case IAnonymousObjectCreationOperation anonymous:
                    return VisitAll(anonymous.Initializers
                        .OfType<ISimpleAssignmentOperation>()
                        .Where(assignment => assignment.Target is IPropertyReferenceOperation { Property.Name: var name } && name == member)
                        .Select(assignment => assignment.Value), mode, depth);
                case IParameterReferenceOperation { Parameter: var parameter } when _scope is not null && _scope.IsInput(parameter):
                    return PersonalDataFlow.FromInput(new FlowInput(parameter.OriginalDefinition, UseOf(mode), member));
                case ILocalReferenceOperation local:
                    return VisitLocal(local, mode, depth, member);
                case IFlowCaptureReferenceOperation captured when _blockFlow?.GraphOf(captured) is { } graph:
                    return _blockFlow.CapturedMemberWrites(graph, captured.Id)
                        .Where(write => write.Member == member)
                        .Aggregate(PersonalDataFlow.None, (all, write) => all.Union(Visit(write.Value, mode, depth)))
                        .Union(_blockFlow.CapturedValues(graph, captured.Id).Aggregate(PersonalDataFlow.None, (all, value) => all.Union(VisitMemberOf(value, member, mode, depth))));
                default:
                    return PersonalDataFlow.None;
            }
        }
    }
}
