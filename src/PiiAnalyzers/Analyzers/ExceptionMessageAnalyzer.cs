using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Model;

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
            var exception = start.Compilation.GetTypeByMetadataName("System.Exception");
            if (exception is null)
            {
                return;
            }

            var model = PersonalDataModel.GetOrCreateForLeaks(start.Compilation, start.Options);
            var tracker = PersonalDataTracker.Create(start.Compilation, model, Sanitizers.Create(start.Compilation, start.Options));
            var analyzer = new AnalyzerContext(exception, tracker);
            start.RegisterOperationAction(analyzer.AnalyzeObjectCreation, OperationKind.ObjectCreation);
        });
    }

    private sealed class AnalyzerContext
    {
        private readonly INamedTypeSymbol _exception;
        private readonly PersonalDataTracker _tracker;

        public AnalyzerContext(INamedTypeSymbol exception, PersonalDataTracker tracker)
        {
            _exception = exception;
            _tracker = tracker;
        }

        public void AnalyzeObjectCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Type is not INamedTypeSymbol type || !IsException(type))
            {
                return;
            }

            foreach (var argument in creation.Arguments)
            {
                // The message and any other text the exception formats into it; not a parameter name or an inner exception.
                if (argument.Parameter is not { Type.SpecialType: SpecialType.System_String } parameter
                    || parameter.Name == "paramName"
                    || argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                var flow = _tracker.Track(argument.Value, ValueUse.AsText, context.CancellationToken);

                // A surrogate key in a message is what the docs recommend; Identity's flags identify no one (LogNoise).
                var sources = LogNoise.WithoutKeysAndFlags(flow.Sources, context.Options, argument.Value.Syntax.SyntaxTree);
                var location = argument.Value.Syntax.GetLocation();
                if (!sources.IsEmpty
                    && LeakDiagnostics.Create(LeakRule.ExceptionMessage, location, sources, _tracker.Model.InferenceSettingsFor(argument.Value.Syntax.SyntaxTree), properties: null, type.Name) is { } diagnostic)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }

        private bool IsException(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, _exception))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
