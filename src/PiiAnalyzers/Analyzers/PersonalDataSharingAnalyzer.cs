using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Model;
using PiiAnalyzers.ThirdParties;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// PII0005: personal data placed in an outgoing HTTP request, or passed to a client library of the third-party catalog
/// (see <see cref="SharingSinks"/>), whose member declares no recipient with <c>[SharedWith]</c>; for a catalog library,
/// none that names its company (<see cref="ThirdParty.IsNamedBy"/>). Follows each value through the method body and the
/// methods it calls (see <see cref="PersonalDataTracker"/>); a hashed, encrypted or redacted value is not reported. The
/// message names the members and the target: the request URI as written, or the recipient, its company and country,
/// which the diagnostic's properties also carry (<see cref="ThirdPartyProperties"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataSharingAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PersonalDataSharedUndeclared, DiagnosticDescriptors.PersonalDataSharedUndeclaredInferred);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var tracking = LeakTracking.For(start.Compilation, start.Options);
            var kinds = LeakTracking.OperationKindsFor(tracking.Sharing.OperationKinds);
            if (kinds.IsEmpty)
            {
                return;
            }

            var analyzer = new AnalyzerContext(tracking);
            start.RegisterOperationAction(analyzer.Analyze, kinds);
        });
    }

    private sealed class AnalyzerContext
    {
        private readonly LeakTracking _tracking;
        private readonly PersonalDataTracker _tracker;

        public AnalyzerContext(LeakTracking tracking)
        {
            _tracking = tracking;
            _tracker = tracking.Tracker;
        }

        // What a request sends; and the arguments of a call to a method of the compilation that sends what it is given.
        public void Analyze(OperationAnalysisContext context)
        {
            foreach (var payload in _tracking.Sharing.Payloads(context.Operation))
            {
                Check(context, payload);
            }

            foreach (var payload in _tracker.CalleePayloads(context.Operation, SinkFamily.Sharing, context.CancellationToken))
            {
                Check(context, payload);
            }
        }

        private void Check(OperationAnalysisContext context, SinkPayload payload)
        {
            var flow = _tracker.Track(payload, context.CancellationToken);
            var undeclared = flow.Sources.Where(source => !Declares(source.Member.Recipients, payload.Recipient)).ToImmutableArray();
            if (undeclared.IsEmpty)
            {
                return;
            }

            var syntax = payload.Value.Syntax;
            if (LeakDiagnostics.Create(
                LeakRule.Sharing, syntax.GetLocation(), undeclared, _tracker.Model.InferenceSettingsFor(syntax.SyntaxTree), ThirdPartyProperties.Of(payload.Recipient), payload.SinkName) is { } diagnostic)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }

        // Any recipient declares a request (the rule does not match recipients to hosts); a catalog library needs one that names its company.
        private static bool Declares(ImmutableArray<DataRecipient> recipients, ThirdParty? recipient) =>
            !recipients.IsDefaultOrEmpty && (recipient is null || recipients.Any(declared => recipient.IsNamedBy(declared.Name)));
    }
}
