using System.Collections.Immutable;
using PiiAnalyzers.Options;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Model;

/// <summary>
/// What the marker attributes of one member say, as written and before anything else is consulted: the raw reading that
/// <see cref="PersonalDataModel"/> (for the analyzers) and the inventory generator both build on. Holds no symbol.
/// </summary>
public sealed class MemberMarkers
{
    internal MemberMarkers(
        PersonalDataMarkerKinds kinds,
        string? category,
        string? purpose,
        bool? sensitiveArgument,
        bool sensitiveAttribute,
        string? retentionText,
        bool encryptedAtRest,
        string? classificationFullName,
        string? classificationName,
        ImmutableArray<DataRecipient> recipients,
        bool optional)
    {
        Kinds = kinds;
        Category = category;
        Purpose = purpose;
        SensitiveArgument = sensitiveArgument;
        SensitiveAttribute = sensitiveAttribute;
        RetentionText = retentionText;
        EncryptedAtRest = encryptedAtRest;
        ClassificationFullName = classificationFullName;
        ClassificationName = classificationName;
        Recipients = recipients;
        Optional = optional;
    }

    /// <summary>Which attributes mark the member; never <see cref="PersonalDataMarkerKinds.None"/>.</summary>
    public PersonalDataMarkerKinds Kinds { get; }

    /// <summary>The category <c>[PersonalData]</c> names, as written; null when no <c>[PersonalData]</c> of this package marks the member.</summary>
    public string? Category { get; }

    public string? Purpose { get; }

    /// <summary><c>[PersonalData(Sensitive = ...)]</c>, when given.</summary>
    public bool? SensitiveArgument { get; }

    /// <summary>Whether <c>[Sensitive]</c> marks the member.</summary>
    public bool SensitiveAttribute { get; }

    /// <summary>The <c>[RetainUntil]</c> rule as written, or null.</summary>
    public string? RetentionText { get; }

    public bool EncryptedAtRest { get; }

    /// <summary>The full name of the M.E.Compliance classification attribute that marks the member (<c>MyTaxonomy.PrivateDataAttribute</c>).</summary>
    public string? ClassificationFullName { get; }

    /// <summary>The simple name of that attribute class (<c>PrivateDataAttribute</c>).</summary>
    public string? ClassificationName { get; }

    public ImmutableArray<DataRecipient> Recipients { get; }

    /// <summary><c>[PersonalData(Optional = true)]</c>: the app works without the data, and the user may decline it.</summary>
    public bool Optional { get; }

    /// <summary>The category: the one <c>[PersonalData]</c> names, else the one the classification map gives its classification, else <c>unspecified</c>.</summary>
    public string ResolveCategory(ClassificationMap classificationMap) =>
        ResolveCategory(Category, ClassificationFullName, ClassificationName, classificationMap);

    /// <summary>Whether the member is sensitive: <c>[Sensitive]</c>, else <c>Sensitive = ...</c>, else its category's sensitivity.</summary>
    public bool ResolveSensitivity(string category, CategoryTaxonomy taxonomy) =>
        ResolveSensitivity(SensitiveAttribute, SensitiveArgument, category, taxonomy);

    /// <summary>The rule of <see cref="ResolveCategory(ClassificationMap)"/>, over plain values (the generator keeps no reading).</summary>
    public static string ResolveCategory(string? category, string? classificationFullName, string? classificationName, ClassificationMap classificationMap) =>
        category
        ?? (classificationFullName is not null && classificationMap.TryGetCategory(classificationFullName, classificationName ?? classificationFullName, out var mapped)
            ? mapped
            : CategoryTaxonomy.UnspecifiedId);

    /// <summary>The rule of <see cref="ResolveSensitivity(string, CategoryTaxonomy)"/>, over plain values.</summary>
    public static bool ResolveSensitivity(bool sensitiveAttribute, bool? sensitiveArgument, string category, CategoryTaxonomy taxonomy) =>
        sensitiveAttribute || (sensitiveArgument ?? (taxonomy.TryGetCategory(category, out var known) && known.IsSensitive));
}
