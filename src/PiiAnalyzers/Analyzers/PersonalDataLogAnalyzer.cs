using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// PII0001: personal data written to a log or trace. Follows each argument of a logging call through the method body
/// (see <see cref="PersonalDataTracker"/>) and reports the argument that carries personal data, naming it.
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
            var sinks = LogSinks.Resolve(start.Compilation, start.Options);
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
        private readonly LogSinks _sinks;
        private readonly PersonalDataTracker _tracker;

        public AnalyzerContext(LogSinks sinks, PersonalDataTracker tracker)
        {
            _sinks = sinks;
            _tracker = tracker;
        }

        public void Analyze(OperationAnalysisContext context)
        {
            foreach (var payload in _sinks.Payloads(context.Operation))
            {
                Check(context, payload.Value, payload.Use, payload.SinkName);
            }
        }

        private void Check(OperationAnalysisContext context, IOperation value, ValueUse use, string sinkName)
        {
            var flow = _tracker.Track(value, use, context.CancellationToken);
            if (!flow.IsEmpty
                && LeakDiagnostics.Create(LeakRule.Log, value.Syntax.GetLocation(), flow.Sources, _tracker.Model.InferenceSettingsFor(value.Syntax.SyntaxTree), properties: null, sinkName) is { } diagnostic)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }
}
