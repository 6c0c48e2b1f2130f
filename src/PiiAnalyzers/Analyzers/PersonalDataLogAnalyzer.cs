using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
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
            if (!sinks.AnyBuiltIn && !sinks.AnyConfigured())
            {
                return;
            }

            var model = PersonalDataModel.GetOrCreateForLeaks(start.Compilation, start.Options);
            var tracker = PersonalDataTracker.Create(start.Compilation, model, Sanitizers.Create(start.Compilation, start.Options));
            var analyzer = new AnalyzerContext(sinks, tracker);
            start.RegisterOperationAction(analyzer.AnalyzeInvocation, OperationKind.Invocation);
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

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!_sinks.IsSink(invocation, out var sinkName))
            {
                return;
            }

            // A plain hole of a constant template prints its argument's ToString(); only {@Destructured} writes its members.
            var template = MessageTemplate.Of(invocation);
            foreach (var argument in invocation.Arguments)
            {
                if (!_sinks.IsPayload(argument))
                {
                    continue;
                }

                // params object[] args: each element is its own argument to the reader, and fills the template's next hole.
                switch (argument.Value)
                {
                    case IArrayCreationOperation { IsImplicit: true, Initializer: { } initializer } when argument.ArgumentKind == ArgumentKind.ParamArray:
                        CheckTemplateArguments(context, initializer.ElementValues, template, sinkName);
                        break;
                    case ICollectionExpressionOperation collection when argument.ArgumentKind == ArgumentKind.ParamCollection:
                        CheckTemplateArguments(context, collection.Elements, template, sinkName);
                        break;
                    default:
                        Check(context, argument.Value, ValueUse.AsValue, sinkName);
                        break;
                }
            }
        }

        private void CheckTemplateArguments(OperationAnalysisContext context, ImmutableArray<IOperation> elements, MessageTemplate? template, string sinkName)
        {
            for (var i = 0; i < elements.Length; i++)
            {
                Check(context, elements[i], template?.UseOf(i) ?? ValueUse.AsValue, sinkName);
            }
        }

        private void Check(OperationAnalysisContext context, IOperation value, ValueUse use, string sinkName)
        {
            var flow = _tracker.Track(value, use, context.CancellationToken);

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
