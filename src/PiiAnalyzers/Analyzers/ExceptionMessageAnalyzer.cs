using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.DataFlow;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// PII0003: personal data placed in an exception's message (<c>new XxxException(message, …)</c>, any exception type):
/// exceptions end up in logs, error pages and crash reports.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExceptionMessageAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PersonalDataInExceptionMessage, DiagnosticDescriptors.PersonalDataInExceptionMessageInferred);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var tracking = LeakTracking.For(start.Compilation, start.Options);
            var kinds = LeakTracking.OperationKindsFor(tracking.ExceptionMessage.OperationKinds);
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

        // An exception's message and what it formats into it; and the arguments of a call to a method of the compilation
        // that puts what it is given into an exception's message.
        public void Analyze(OperationAnalysisContext context)
        {
            foreach (var payload in _tracking.ExceptionMessage.Payloads(context.Operation))
            {
                Check(context, payload);
            }

            foreach (var payload in _tracker.CalleePayloads(context.Operation, SinkFamily.ExceptionMessage, context.CancellationToken))
            {
                Check(context, payload);
            }
        }

        private void Check(OperationAnalysisContext context, SinkPayload payload)
        {
            var flow = _tracker.Track(payload, context.CancellationToken);
            var syntax = payload.Value.Syntax;

            // A surrogate key in a message is what the docs recommend; Identity's flags identify no one (LogNoise).
            var sources = LogNoise.WithoutKeysAndFlags(flow.Sources, context.Options, syntax.SyntaxTree);
            if (!sources.IsEmpty
                && LeakDiagnostics.Create(LeakRule.ExceptionMessage, syntax.GetLocation(), sources, _tracker.Model.InferenceSettingsFor(syntax.SyntaxTree), properties: null, payload.SinkName) is { } diagnostic)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }
}
