using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Model;

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
            var sinks = SharingSinks.Resolve(start.Compilation, start.Options);
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
        private readonly SharingSinks _sinks;
        private readonly PersonalDataTracker _tracker;

        public AnalyzerContext(SharingSinks sinks, PersonalDataTracker tracker)
        {
            _sinks = sinks;
            _tracker = tracker;
        }

        public void Analyze(OperationAnalysisContext context)
        {
            foreach (var payload in _sinks.Payloads(context.Operation))
            {
                Check(context, payload);
            }
        }

        private void Check(OperationAnalysisContext context, SinkPayload payload)
        {
            var flow = _tracker.Track(payload.Value, payload.Use, context.CancellationToken);
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
