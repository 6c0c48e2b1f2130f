using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// How the graphs are indexed once, when the flow is created: each write of a local (assignments, deconstructions,
/// patterns, out arguments, members set on the object it holds, mutating calls), each read, what each flow capture is
/// given, what a lambda returns, and the graphs of the lambdas and local functions nested in them.
/// </summary>
internal sealed partial class OperationBlockFlow
{
    private void Index(ControlFlowGraph graph, GraphIndex? parent)
    {
        var index = new GraphIndex(graph, parent);
        _graphs[graph] = index;
        var nested = new List<(ControlFlowGraph Graph, IFlowAnonymousFunctionOperation? Lambda)>();
        foreach (var block in graph.Blocks)
        {
            var operations = block.BranchValue is null ? block.Operations : block.Operations.Add(block.BranchValue);
            for (var i = 0; i < operations.Length; i++)
            {
                _topOperations[operations[i]] = graph;
                foreach (var operation in operations[i].DescendantsAndSelf())
                {
                    switch (operation)
                    {
                        case ILocalReferenceOperation reference:
                            IndexLocalReference(index, reference, block.Ordinal, i);
                            break;
                        case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol declared } pattern:
                            index.Add(new LocalDefinition(declared, Values(PatternInput(pattern)), kills: true, asText: false, graph, block.Ordinal, Position.Of(i, pattern)));
                            break;
                        case IInvocationOperation invocation when LocalMutators.Mutated(invocation, captured => SingleCapturedValue(index, captured.Id)) is { } mutated:
                            index.Add(new LocalDefinition(mutated, invocation.Arguments.Select(argument => argument.Value).ToImmutableArray(), kills: false, LocalMutators.AppendsText(mutated), graph, block.Ordinal, Position.Of(i, invocation)));
                            break;
                        case IFlowCaptureOperation capture:
                            index.AddCapture(capture.Id, capture.Value);
                            break;

                        // request.Destination = new Destination { … }, as the graph writes it when the value needs captures
                        // of its own: the member of the local's object is captured first, then assigned.
                        case ISimpleAssignmentOperation { Target: IFlowCaptureReferenceOperation target } written
                            when SingleCapturedValue(index, target.Id) is IMemberReferenceOperation { Instance: ILocalReferenceOperation { Local: var owner } } member
                                && IsMemberWrite(member, owner):
                            index.Add(new LocalDefinition(
                                owner, Values(written.Value), kills: false, asText: false, graph, block.Ordinal, Position.Of(i, written), member.Member));
                            break;

                        // An object or collection initializer, as the graph writes it: the new object is captured, then
                        // each member set (or element added) on the capture.
                        case ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Instance: IFlowCaptureReferenceOperation captured } member } initialized:
                            index.AddCapturedMemberWrite(captured.Id, member.Member.Name, initialized.Value);
                            break;
                        case IInvocationOperation { Instance: IFlowCaptureReferenceOperation captured, IsImplicit: true } added:
                            foreach (var argument in added.Arguments)
                            {
                                index.AddCapturedMemberWrite(captured.Id, member: null, argument.Value);
                            }

                            break;
                        case IFlowAnonymousFunctionOperation lambda:
                            var lambdaGraph = graph.GetAnonymousFunctionControlFlowGraph(lambda);
                            _lambdas[lambda] = lambdaGraph;
                            nested.Add((lambdaGraph, lambda));
                            break;
                    }
                }
            }

            // `return value;` leaves the value as the branch value of a block that goes to the exit.
            if (block.BranchValue is { } returned && block.FallThroughSuccessor?.Destination?.Kind == BasicBlockKind.Exit)
            {
                index.AddReturned(returned);
            }
        }

        foreach (var localFunction in graph.LocalFunctions)
        {
            nested.Add((graph.GetLocalFunctionControlFlowGraph(localFunction), null));
        }

        foreach (var (child, _) in nested)
        {
            Index(child, index);
        }
    }

    private void IndexLocalReference(GraphIndex index, ILocalReferenceOperation reference, int block, int operationIndex)
    {
        var local = reference.Local;
        if (reference.Parent is ITupleOperation or IDeclarationExpressionOperation && Deconstructed(reference) is ({ } value, var element, { } deconstruction))
        {
            index.Add(new LocalDefinition(
                local, Values(value), kills: true, asText: false, index.Graph, block, Position.Of(operationIndex, deconstruction), element: element));
            return;
        }

        var position = Position.Of(operationIndex, reference.Parent ?? reference);
        switch (reference.Parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                index.Add(new LocalDefinition(local, Values(assignment.Value), kills: true, asText: false, index.Graph, block, position));
                return;
            case ICompoundAssignmentOperation compound when compound.Target == reference:
                index.Add(new LocalDefinition(local, Values(compound.Value), kills: false, asText: false, index.Graph, block, position));
                break;
            case ICoalesceAssignmentOperation coalesce when coalesce.Target == reference:
                index.Add(new LocalDefinition(local, Values(coalesce.Value), kills: false, asText: false, index.Graph, block, position));
                break;
            case IArgumentOperation { Parameter.RefKind: RefKind.Out }:
                index.Add(new LocalDefinition(local, ImmutableArray<IOperation>.Empty, kills: true, asText: false, index.Graph, block, position));
                return;

            // request.Body = text: the object the local holds now carries the text too (an options object passed later).
            case IMemberReferenceOperation { Parent: ISimpleAssignmentOperation written } member
                when member.Instance == reference && written.Target == member && IsMemberWrite(member, local):
                index.Add(new LocalDefinition(
                    local, Values(written.Value), kills: false, asText: false, index.Graph, block, Position.Of(operationIndex, written), member.Member));
                break;
        }

        if (reference.IsDeclaration)
        {
            return;
        }

        var read = new LocalRead(local, index.Graph, block, Position.Of(operationIndex, reference));
        _reads[reference] = read;
        if (!_readsBySyntax.ContainsKey(reference.Syntax))
        {
            _readsBySyntax[reference.Syntax] = read;
        }
    }

    // A write to a field or property of the object a local holds (not of a string or a struct, which the local does not share).
    private static bool IsMemberWrite(IMemberReferenceOperation member, ILocalSymbol owner) =>
        member.Member is IFieldSymbol or IPropertySymbol && owner.Type is { IsReferenceType: true, SpecialType: not SpecialType.System_String };

    // The one value a capture of the graph holds; null when it holds none or several (the branches of a '?:').
    private static IOperation? SingleCapturedValue(GraphIndex index, CaptureId id) =>
        index.Captures.TryGetValue(id, out var values) && values.Count == 1 ? values[0] : null;

    // What a pattern's declared variable is given: the member a property pattern reads, or the value matched.
    private static IOperation? PatternInput(IPatternOperation pattern)
    {
        switch (pattern.Parent)
        {
            case IPropertySubpatternOperation subpattern:
                return subpattern.Member;
            case IIsPatternOperation isPattern:
                return isPattern.Value;
        }

        for (var current = pattern.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IIsPatternOperation isPattern:
                    return isPattern.Value;
                case ISwitchExpressionOperation switchExpression:
                    return switchExpression.Value;
            }
        }

        return null;
    }

    private static ImmutableArray<IOperation> Values(IOperation? value) =>
        value is null ? ImmutableArray<IOperation>.Empty : ImmutableArray.Create(value);
}
