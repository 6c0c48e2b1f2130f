using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Discovery;

namespace PiiAnalyzers.Model;

/// <summary>
/// What the model knows of one field, property or parameter that holds personal data: the data element that
/// analyzers report on and the inventory lists.
/// </summary>
public sealed class PersonalDataMember
{
    internal PersonalDataMember(
        ISymbol symbol,
        PersonalDataMarkerKinds markers,
        string category,
        bool isSensitive,
        string? retentionText,
        RetentionRule? retention,
        string? purpose,
        ImmutableArray<DataRecipient> recipients,
        bool isEncryptedAtRest,
        string? classificationName,
        PersonalDataOrigin origin = PersonalDataOrigin.Annotated,
        DiscoveredPersonalData? inference = null,
        string? displayName = null)
    {
        Symbol = symbol;
        Markers = markers;
        Category = category;
        IsSensitive = isSensitive;
        RetentionText = retentionText;
        Retention = retention;
        Purpose = purpose;
        Recipients = recipients;
        IsEncryptedAtRest = isEncryptedAtRest;
        ClassificationName = classificationName;
        Origin = origin;
        Inference = inference;
        DisplayName = displayName;
    }

    /// <summary>Personal data the leak rules infer from a member's name or type, which nothing marks.</summary>
    internal static PersonalDataMember Inferred(ISymbol symbol, DiscoveredPersonalData found, bool isSensitive) =>
        new(symbol, PersonalDataMarkerKinds.None, found.CategoryId, isSensitive, null, null, null, ImmutableArray<DataRecipient>.Empty, false, null, PersonalDataOrigin.Inferred, found);

    /// <summary>A framework value that is personal data by what it is (<c>ConnectionInfo.RemoteIpAddress</c>).</summary>
    /// <param name="symbol">The framework property or method that gives the value.</param>
    /// <param name="category">Its category.</param>
    /// <param name="isSensitive">Whether the category is sensitive.</param>
    /// <param name="displayName">How diagnostics name it: <c>ConnectionInfo.RemoteIpAddress</c>, <c>FindFirst(ClaimTypes.Email).Value</c>.</param>
    internal static PersonalDataMember FromFramework(ISymbol symbol, string category, bool isSensitive, string displayName) =>
        new(symbol, PersonalDataMarkerKinds.None, category, isSensitive, null, null, null, ImmutableArray<DataRecipient>.Empty, false, null, PersonalDataOrigin.Framework, null, displayName);

    /// <summary>The field, property or parameter.</summary>
    public ISymbol Symbol { get; }

    public PersonalDataMarkerKinds Markers { get; }

    /// <summary>
    /// The category id as written (it may be unknown: PII0007 reports that), or <c>unspecified</c> for a member that only an
    /// Identity or M.E.Compliance marker marks and no classification map names.
    /// </summary>
    public string Category { get; }

    /// <summary>Whether the member is sensitive personal information: stated on the member, else its category's.</summary>
    public bool IsSensitive { get; }

    /// <summary>The <c>[RetainUntil]</c> rule as written, or null when there is none.</summary>
    public string? RetentionText { get; }

    /// <summary>The parsed retention rule; null when there is none or it is malformed (PII0007 reports that).</summary>
    public RetentionRule? Retention { get; }

    public string? Purpose { get; }

    public ImmutableArray<DataRecipient> Recipients { get; }

    public bool IsEncryptedAtRest { get; }

    /// <summary>Whether an annotation marks it, the leak rules infer it, or the framework gives it.</summary>
    public PersonalDataOrigin Origin { get; }

    /// <summary>For <see cref="PersonalDataOrigin.Inferred"/>, what discovery found; null otherwise.</summary>
    public DiscoveredPersonalData? Inference { get; }

    /// <summary>How diagnostics name a framework value; null for members, which are named by their type and name.</summary>
    public string? DisplayName { get; }

    /// <summary>The M.E.Compliance classification attribute's name (<c>PrivateData</c>), when one marks the member.</summary>
    public string? ClassificationName { get; }

    /// <summary><c>[PersonalData(Optional = true)]</c>: the app works without the data, and the user may decline it.</summary>
    public bool IsOptional { get; init; }
}
