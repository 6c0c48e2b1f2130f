using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

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
        string? classificationName)
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
    }

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

    /// <summary>The M.E.Compliance classification attribute's name (<c>PrivateData</c>), when one marks the member.</summary>
    public string? ClassificationName { get; }
}
