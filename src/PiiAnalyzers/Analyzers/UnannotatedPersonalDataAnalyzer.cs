using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Discovery;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// PII0006: a field, property or positional record parameter that looks like personal data, by its name or its type
/// (<see cref="PersonalDataDiscovery"/>), and that no recognized marker marks. The suggested category travels to the code
/// fix in the diagnostic's <see cref="CategoryProperty"/> property, how sure the suggestion is in <see cref="ConfidenceProperty"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnannotatedPersonalDataAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property that holds the suggested category id.</summary>
    public const string CategoryProperty = "Category";

    /// <summary>The diagnostic property that holds the confidence: <c>high</c>, <c>medium</c> or <c>low</c> (<see cref="DiscoveryConfidence"/>).</summary>
    public const string ConfidenceProperty = "Confidence";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnannotatedPersonalData);

    /// <summary>The value of <see cref="ConfidenceProperty"/> for a confidence.</summary>
    public static string ConfidenceName(DiscoveryConfidence confidence) =>
        confidence switch
        {
            DiscoveryConfidence.High => "high",
            DiscoveryConfidence.Medium => "medium",
            _ => "low",
        };

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var model = PersonalDataModel.GetOrCreate(start.Compilation, start.Options);

            // Without this package's [PersonalData] there is nothing to annotate with.
            if (model.Markers.PersonalData is null)
            {
                return;
            }

            var discovery = PersonalDataDiscovery.GetOrCreate(start.Compilation, model, start.Options);
            start.RegisterSymbolAction(context => AnalyzeMember(context, discovery), SymbolKind.Field, SymbolKind.Property);
        });
    }

    private static void AnalyzeMember(SymbolAnalysisContext context, PersonalDataDiscovery discovery)
    {
        var symbol = context.Symbol;
        if (discovery.Discover(symbol) is not { } found || symbol.Locations.FirstOrDefault(candidate => candidate.IsInSource) is not { } location)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(CategoryProperty, found.CategoryId)
            .Add(ConfidenceProperty, ConfidenceName(found.Confidence));
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.UnannotatedPersonalData, location, properties, $"{symbol.ContainingType.Name}.{symbol.Name}", found.CategoryId));
    }
}
