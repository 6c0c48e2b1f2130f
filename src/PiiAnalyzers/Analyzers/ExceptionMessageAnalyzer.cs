using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// PII0003: personal data placed in an exception's message (<c>new XxxException(message, …)</c>, any exception type; see
/// <see cref="ExceptionMessageSinks"/>): exceptions end up in logs, error pages and crash reports.
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
            var sinks = ExceptionMessageSinks.Resolve(start.Compilation);
            if (sinks.OperationKinds.IsEmpty)
            {
                return;
            }

            var model = PersonalDataModel.GetOrCreateForLeaks(start.Compilation, start.Options);
            var tracker = PersonalDataTracker.Create(start.Compilation, model, Sanitizers.Create(start.Compilation, start.Options));
            var analyzer = new AnalyzerContext(sinks, tracker);
            start.RegisterOperationAction(analyzer.Analyze, sinks.OperationKinds);
        });
    }

    private sealed class AnalyzerContext
    {
        private readonly ExceptionMessageSinks _sinks;
        private readonly PersonalDataTracker _tracker;

        public AnalyzerContext(ExceptionMessageSinks sinks, PersonalDataTracker tracker)
        {
            _sinks = sinks;
            _tracker = tracker;
        }

        public void Analyze(OperationAnalysisContext context)
        {
            foreach (var payload in _sinks.Payloads(context.Operation))
            {
                var flow = _tracker.Track(payload.Value, payload.Use, context.CancellationToken);
                var syntax = payload.Value.Syntax;
                if (!flow.IsEmpty
                    && LeakDiagnostics.Create(LeakRule.ExceptionMessage, syntax.GetLocation(), flow.Sources, _tracker.Model.InferenceSettingsFor(syntax.SyntaxTree), properties: null, payload.SinkName) is { } diagnostic)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
    }
}
