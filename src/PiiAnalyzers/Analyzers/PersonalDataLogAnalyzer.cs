using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.DataFlow;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// PII0001: personal data written to a log or trace. Follows each argument of a logging call through the method body
/// (see <see cref="PersonalDataTracker"/>) and reports the argument that carries personal data, naming it; and an
/// argument of a call to a method of the compilation that logs it (directly or through further calls), naming the path.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataLogAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PersonalDataInLog, DiagnosticDescriptors.PersonalDataInLogInferred);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var tracking = LeakTracking.For(start.Compilation, start.Options);
            var kinds = LeakTracking.OperationKindsFor(tracking.Log.OperationKinds);
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

        // A logging call's values; and the arguments of a call to a method of the compilation that logs what it is given.
        public void Analyze(OperationAnalysisContext context)
        {
            foreach (var payload in _tracking.Log.Payloads(context.Operation))
            {
                Check(context, payload);
            }

            foreach (var payload in _tracker.CalleePayloads(context.Operation, SinkFamily.Log, context.CancellationToken))
            {
                Check(context, payload);
            }
        }

        private void Check(OperationAnalysisContext context, SinkPayload payload)
        {
            var (value, sinkName) = (payload.Value, payload.SinkName);
            var flow = _tracker.Track(payload, context.CancellationToken);

            // Surrogate keys, Identity's flags and what the logging generator redacts are not worth a finding (LogNoise).
            var sources = flow.IsEmpty ? flow.Sources : LogNoise.InLog(value, flow.Sources, context.Compilation, context.Options);
            if (!sources.IsEmpty
                && LeakDiagnostics.Create(LeakRule.Log, value.Syntax.GetLocation(), sources, _tracker.Model.InferenceSettingsFor(value.Syntax.SyntaxTree), properties: null, sinkName) is { } diagnostic)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }
}
