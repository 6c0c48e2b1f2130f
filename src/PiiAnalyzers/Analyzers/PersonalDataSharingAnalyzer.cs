using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.DataFlow;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// PII0005: personal data placed in an outgoing HTTP request (see <see cref="SharingSinks"/>) whose member declares no
/// recipient with <c>[SharedWith]</c>. Follows each value through the method body (see <see cref="PersonalDataTracker"/>);
/// a hashed, encrypted or redacted value is not reported. The message names the members and the target expression.
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
            var undeclared = flow.Sources.Where(source => source.Member.Recipients.IsDefaultOrEmpty).ToImmutableArray();
            if (undeclared.IsEmpty)
            {
                return;
            }

            var syntax = payload.Value.Syntax;
            if (LeakDiagnostics.Create(
                LeakRule.Sharing, syntax.GetLocation(), undeclared, _tracker.Model.InferenceSettingsFor(syntax.SyntaxTree), properties: null, payload.SinkName) is { } diagnostic)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }
}
