using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Discovery;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.Model;

/// <summary>
/// The personal data the leak rules infer in code nobody annotated: an unmarked member that discovery finds personal with
/// at least the file's <c>pii_inference_min_confidence</c>. Surrogate keys (<c>account.id</c>) are never inferred: they are
/// what a log should carry instead of the person's data. Thread-safe.
/// </summary>
internal sealed class InferredPersonalData
{
    private static readonly string[] NeverInferred = { "account.id" };

    private readonly PersonalDataDiscovery _discovery;
    private readonly PersonalDataModel _annotations;
    private readonly AnalyzerOptions? _options;
    private readonly ConcurrentDictionary<SyntaxTree, InferenceOptions> _settings = new();

    public InferredPersonalData(PersonalDataDiscovery discovery, PersonalDataModel annotations, AnalyzerOptions? options)
    {
        _discovery = discovery;
        _annotations = annotations;
        _options = options;
    }

    /// <summary>The inferred member, or null when the member is not inferred to be personal data.</summary>
    public PersonalDataMember? Infer(ISymbol symbol)
    {
        var tree = symbol.Locations.FirstOrDefault(location => location.IsInSource)?.SourceTree;
        if (tree is null)
        {
            return null;
        }

        var settings = SettingsFor(tree);
        if (!settings.Enabled
            || HoldsAnObjectOfTheCode(symbol)
            || _discovery.Discover(symbol) is not { } found
            || found.Confidence < settings.MinConfidence
            || NeverInferred.Contains(found.CategoryId))
        {
            return null;
        }

        var isSensitive = _annotations.Taxonomy.TryGetCategory(found.CategoryId, out var category) && category.IsSensitive;
        return PersonalDataMember.Inferred(symbol, found, isSensitive);
    }

    // A BillingAddress billingAddress holds its data in its members, which are inferred (or not) one by one: inferring the
    // whole object would make every member read from it personal, its Country as much as its Street.
    private static bool HoldsAnObjectOfTheCode(ISymbol symbol)
    {
        var type = ValueTypes.Of(symbol);
        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
            && (generic.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T || Analyzers.WellKnownTypes.EnumerableElement(generic) is not null))
        {
            type = generic.TypeArguments[0];
        }
        else if (type is IArrayTypeSymbol array)
        {
            type = array.ElementType;
        }

        return type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface, SpecialType: SpecialType.None } named
            && named.Locations.Any(location => location.IsInSource);
    }

    /// <summary>The inference settings in force for a file.</summary>
    public InferenceOptions SettingsFor(SyntaxTree tree) => _settings.GetOrAdd(tree, t => PiiOptions.ReadInferenceOptions(_options, t));
}
