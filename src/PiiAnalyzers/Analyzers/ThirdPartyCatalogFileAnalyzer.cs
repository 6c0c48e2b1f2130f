using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// PII0009: a row of the project's third-party catalog (an AdditionalFile named <c>pii.third-parties.txt</c>, read by
/// <see cref="PiiOptions.ReadThirdParties(AdditionalText, System.Threading.CancellationToken)"/>) that cannot be read,
/// reported at the row with what is wrong. PII0005 leaves the row out and uses the others.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThirdPartyCatalogFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidThirdPartyRow);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Options.AdditionalFiles.Any(PiiOptions.IsThirdPartiesFile))
            {
                start.RegisterAdditionalFileAction(Analyze);
            }
        });
    }

    private static void Analyze(AdditionalFileAnalysisContext context)
    {
        if (!PiiOptions.IsThirdPartiesFile(context.AdditionalFile) || context.AdditionalFile.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        foreach (var problem in PiiOptions.ReadThirdParties(context.AdditionalFile, context.CancellationToken).Problems)
        {
            var line = problem.Line >= 1 && problem.Line <= text.Lines.Count ? text.Lines[problem.Line - 1] : default;
            var span = line.Span;
            var location = Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span));
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidThirdPartyRow, location, problem.Message));
        }
    }
}
