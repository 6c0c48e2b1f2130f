using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.ThirdParties;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// Which companies of the third-party catalog a compilation sends personal data to, and what: for the inventory's
/// third-party list and the policy check, which need the declared flows as well as the undeclared ones PII0005 reports.
/// Uses the compilation's shared tracker and sinks (<see cref="LeakTracking"/>), so the answers agree with PII0005.
/// </summary>
public static class ThirdPartyFlows
{
    /// <summary>The catalog recipients (built-in and the project's <c>pii.third-parties.txt</c>) whose client library the compilation can see, in catalog order.</summary>
    public static ImmutableArray<ThirdParty> VisibleRecipients(Compilation compilation, AnalyzerOptions? options) =>
        Tracking(compilation, options).Sharing.VisibleThirdParties;

    /// <summary>
    /// Every place the compilation passes personal data to a catalog recipient, directly or through its own helper
    /// methods, in file and position order; declared or not (<see cref="ThirdPartyFlow.Declared"/>).
    /// </summary>
    public static ImmutableArray<ThirdPartyFlow> Find(Compilation compilation, AnalyzerOptions? options, CancellationToken cancellationToken = default)
    {
        var tracking = Tracking(compilation, options);
        if (tracking.Sharing.VisibleThirdParties.IsEmpty)
        {
            return ImmutableArray<ThirdPartyFlow>.Empty;
        }

        var flows = ImmutableArray.CreateBuilder<ThirdPartyFlow>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes().Where(IsCall))
            {
                if (model.GetOperation(node, cancellationToken) is not { } operation)
                {
                    continue;
                }

                var payloads = tracking.Sharing.Payloads(operation)
                    .AddRange(tracking.Tracker.CalleePayloads(operation, SinkFamily.Sharing, cancellationToken));
                foreach (var payload in payloads)
                {
                    if (payload.Recipient is { } recipient && tracking.Tracker.Track(payload, cancellationToken) is { IsEmpty: false } flow)
                    {
                        flows.Add(new ThirdPartyFlow(recipient, payload.Value.Syntax.GetLocation(), payload.SinkName, flow.Sources));
                    }
                }
            }
        }

        return flows.ToImmutable();
    }

    private static LeakTracking Tracking(Compilation compilation, AnalyzerOptions? options) =>
        LeakTracking.For(compilation, options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));

    // The syntax of the operations a catalog row can match: calls, constructors, assignments.
    private static bool IsCall(SyntaxNode node) =>
        node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax
            || node.IsKind(SyntaxKind.SimpleAssignmentExpression);
}
