using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
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
            if (!sinks.AnyBuiltIn && !sinks.AnyConfigured())
            {
                return;
            }

            var model = PersonalDataModel.GetOrCreateForLeaks(start.Compilation, start.Options);
            var tracker = PersonalDataTracker.Create(start.Compilation, model, Sanitizers.Create(start.Compilation, start.Options));
            var analyzer = new AnalyzerContext(sinks, tracker);
            start.RegisterOperationAction(analyzer.AnalyzeInvocation, OperationKind.Invocation);
            if (sinks.AnyRequestMessage)
            {
                start.RegisterOperationAction(analyzer.AnalyzeObjectCreation, OperationKind.ObjectCreation);
                start.RegisterOperationAction(analyzer.AnalyzeAssignment, OperationKind.SimpleAssignment);
            }
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

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            foreach (var value in _sinks.Match((IInvocationOperation)context.Operation))
            {
                Check(context, value);
            }
        }

        public void AnalyzeObjectCreation(OperationAnalysisContext context)
        {
            if (_sinks.Match((IObjectCreationOperation)context.Operation) is { } value)
            {
                Check(context, value);
            }
        }

        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            if (_sinks.Match((ISimpleAssignmentOperation)context.Operation) is { } value)
            {
                Check(context, value);
            }
        }

        private void Check(OperationAnalysisContext context, SharedValue shared)
        {
            var flow = _tracker.Track(shared.Value, shared.Use, context.CancellationToken);
            var undeclared = flow.Sources.Where(source => source.Member.Recipients.IsDefaultOrEmpty).ToImmutableArray();
            if (undeclared.IsEmpty)
            {
                return;
            }

            var syntax = shared.Value.Syntax;
            if (LeakDiagnostics.Create(
                LeakRule.Sharing, syntax.GetLocation(), undeclared, _tracker.Model.InferenceSettingsFor(syntax.SyntaxTree), properties: null, shared.Target) is { } diagnostic)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }
}
