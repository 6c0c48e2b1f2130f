using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// PII0007: a personal-data annotation that cannot mean what it says: an unknown category, a malformed retention rule,
/// a qualifier on a member that is not personal data, a constant marked as personal, or a bad custom category.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidAnnotationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>On an unknown-category diagnostic, the diagnostic property that holds the suggested id (for the code fix).</summary>
    public const string SuggestedCategoryProperty = "SuggestedCategory";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnknownCategory,
        DiagnosticDescriptors.UnknownCategoryNoSuggestion,
        DiagnosticDescriptors.InvalidRetention,
        DiagnosticDescriptors.NotPersonalData,
        DiagnosticDescriptors.NotPersonalDataOnPersonalData,
        DiagnosticDescriptors.ConstantPersonalData,
        DiagnosticDescriptors.EmptyRecipient,
        DiagnosticDescriptors.InvalidCountry,
        DiagnosticDescriptors.CustomCategoryCollision,
        DiagnosticDescriptors.CustomCategoryMalformed,
        DiagnosticDescriptors.CustomCategoryDuplicate);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var model = PersonalDataModel.GetOrCreate(start.Compilation, start.Options);

            // Without this package's attributes there is nothing of ours to validate.
            if (model.Markers.PersonalData is null && model.Markers.PersonalDataCategory is null)
            {
                return;
            }

            var analyzer = new AnalyzerContext(model);
            start.RegisterSymbolAction(analyzer.AnalyzeMember, SymbolKind.Field, SymbolKind.Property);
            start.RegisterSymbolAction(analyzer.AnalyzeParameters, SymbolKind.Method);
            if (model.CustomCategories.Any(declaration => declaration.Problem != CustomCategoryProblem.None))
            {
                start.RegisterSyntaxTreeAction(analyzer.AnalyzeCustomCategories);
            }
        });
    }

    private sealed class AnalyzerContext
    {
        private readonly PersonalDataModel _model;
        private readonly MarkerTypes _markers;

        public AnalyzerContext(PersonalDataModel model)
        {
            _model = model;
            _markers = model.Markers;
        }

        public void AnalyzeMember(SymbolAnalysisContext context)
        {
            AnalyzeAttributes(context, context.Symbol);
            if (context.Symbol is IPropertySymbol { IsIndexer: true } indexer)
            {
                foreach (var parameter in indexer.Parameters)
                {
                    AnalyzeAttributes(context, parameter);
                }
            }
        }

        public void AnalyzeParameters(SymbolAnalysisContext context)
        {
            foreach (var parameter in ((IMethodSymbol)context.Symbol).Parameters)
            {
                AnalyzeAttributes(context, parameter);
            }
        }

        public void AnalyzeCustomCategories(SyntaxTreeAnalysisContext context)
        {
            foreach (var declaration in _model.CustomCategories)
            {
                var descriptor = declaration.Problem switch
                {
                    CustomCategoryProblem.MalformedId => DiagnosticDescriptors.CustomCategoryMalformed,
                    CustomCategoryProblem.CollidesWithBuiltIn => DiagnosticDescriptors.CustomCategoryCollision,
                    CustomCategoryProblem.Duplicate => DiagnosticDescriptors.CustomCategoryDuplicate,
                    _ => null,
                };
                if (descriptor is not null && declaration.Attribute.ApplicationSyntaxReference?.SyntaxTree == context.Tree)
                {
                    context.ReportDiagnostic(Diagnostic.Create(descriptor, FirstArgumentLocation(declaration.Attribute, context.CancellationToken), declaration.Id));
                }
            }
        }

        private void AnalyzeAttributes(SymbolAnalysisContext context, ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                var type = attribute.AttributeClass;
                if (type is null || type.TypeKind == TypeKind.Error)
                {
                    continue;
                }

                if (Is(type, _markers.PersonalData))
                {
                    AnalyzePersonalData(context, symbol, attribute);
                }
                else if (Is(type, _markers.RetainUntil))
                {
                    if (AttributeArguments.TryGetString(attribute, out var rule) && !RetentionRule.TryParse(rule, out _))
                    {
                        Report(context, DiagnosticDescriptors.InvalidRetention, FirstArgumentLocation(attribute, context.CancellationToken), rule ?? string.Empty, string.Join(", ", RetentionRule.KnownEvents));
                    }

                    ReportUnlessPersonal(context, symbol, attribute, type);
                }
                else if (Is(type, _markers.SharedWith))
                {
                    if (AttributeArguments.TryGetString(attribute, out var recipient) && string.IsNullOrWhiteSpace(recipient))
                    {
                        Report(context, DiagnosticDescriptors.EmptyRecipient, FirstArgumentLocation(attribute, context.CancellationToken), DisplayName(symbol));
                    }

                    if (AttributeArguments.GetNamedString(attribute, "Country") is { } country && !IsCountryCode(country))
                    {
                        Report(context, DiagnosticDescriptors.InvalidCountry, NamedArgumentLocation(attribute, "Country", context.CancellationToken), country, DisplayName(symbol));
                    }

                    ReportUnlessPersonal(context, symbol, attribute, type);
                }
                else if (Is(type, _markers.Sensitive) || Is(type, _markers.EncryptedAtRest))
                {
                    ReportUnlessPersonal(context, symbol, attribute, type);
                }
                else if (Is(type, _markers.NotPersonalData) && _model.GetMember(symbol) is not null)
                {
                    Report(context, DiagnosticDescriptors.NotPersonalDataOnPersonalData, AttributeLocation(attribute, context.CancellationToken), DisplayName(symbol));
                }
            }
        }

        private void AnalyzePersonalData(SymbolAnalysisContext context, ISymbol symbol, AttributeData attribute)
        {
            if (symbol is IFieldSymbol { IsConst: true })
            {
                Report(context, DiagnosticDescriptors.ConstantPersonalData, AttributeLocation(attribute, context.CancellationToken), DisplayName(symbol));
                return;
            }

            if (!AttributeArguments.TryGetString(attribute, out var category) || _model.Taxonomy.IsKnown(category ?? string.Empty))
            {
                return;
            }

            var location = FirstArgumentLocation(attribute, context.CancellationToken);
            if (_model.Taxonomy.SuggestClosest(category ?? string.Empty) is { } suggestion)
            {
                if (location is not null)
                {
                    var properties = ImmutableDictionary<string, string?>.Empty.Add(SuggestedCategoryProperty, suggestion);
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownCategory, location, properties, category ?? string.Empty, suggestion));
                }
            }
            else
            {
                Report(context, DiagnosticDescriptors.UnknownCategoryNoSuggestion, location, category ?? string.Empty);
            }
        }

        private void ReportUnlessPersonal(SymbolAnalysisContext context, ISymbol symbol, AttributeData attribute, INamedTypeSymbol attributeType)
        {
            if (_model.GetMember(symbol) is null)
            {
                Report(context, DiagnosticDescriptors.NotPersonalData, AttributeLocation(attribute, context.CancellationToken), ShortName(attributeType), DisplayName(symbol));
            }
        }

        private static void Report(SymbolAnalysisContext context, DiagnosticDescriptor descriptor, Location? location, params object[] arguments)
        {
            if (location is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(descriptor, location, arguments));
            }
        }

        private static bool Is(INamedTypeSymbol type, INamedTypeSymbol? marker) =>
            marker is not null && SymbolEqualityComparer.Default.Equals(type, marker);
    }

    private static Location? AttributeLocation(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation();

    // The positional argument the problem is about; the whole attribute when the syntax is not what binding suggests.
    private static Location? FirstArgumentLocation(AttributeData attribute, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return AttributeLocation(attribute, cancellationToken);
        }

        var argument = syntax.ArgumentList?.Arguments.FirstOrDefault(candidate => candidate.NameEquals is null);
        return (argument ?? (SyntaxNode)syntax).GetLocation();
    }

    // The value of a named argument (Country = "USA"); the whole attribute when it cannot be found.
    private static Location? NamedArgumentLocation(AttributeData attribute, string name, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return AttributeLocation(attribute, cancellationToken);
        }

        var argument = syntax.ArgumentList?.Arguments.FirstOrDefault(candidate => candidate.NameEquals?.Name.Identifier.ValueText == name);
        return (argument?.Expression ?? (SyntaxNode)syntax).GetLocation();
    }

    // An ISO 3166-1 alpha-2 code, in any case and with spaces around: what the policy check compares with pii_home_country.
    private static bool IsCountryCode(string country)
    {
        var code = country.Trim();
        return code.Length == 2 && code.All(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z');
    }

    private static string ShortName(INamedTypeSymbol attributeType) =>
        attributeType.Name.EndsWith("Attribute", System.StringComparison.Ordinal)
            ? attributeType.Name.Substring(0, attributeType.Name.Length - "Attribute".Length)
            : attributeType.Name;

    private static string DisplayName(ISymbol symbol) =>
        symbol is IParameterSymbol || symbol.ContainingType is null ? symbol.Name : $"{symbol.ContainingType.Name}.{symbol.Name}";
}
