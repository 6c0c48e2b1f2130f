using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Policy;

/// <summary>
/// One data element of the code's inventory as the policy check sees it: no symbol, no location, so that the build's
/// analyzer and the <c>pii check</c> command feed the same check. Findings refer back to the element itself (by reference),
/// and the caller knows where it came from.
/// </summary>
public sealed class PolicyCheckElement
{
    /// <param name="name">How messages name the element: <c>Customer.Phone</c>, or <c>Register(phone)</c> for a parameter.</param>
    /// <param name="category">The taxonomy id, <c>unspecified</c>, or an unknown id (the check skips those: PII0007 reports them).</param>
    /// <param name="isSensitive">Whether the element is sensitive personal information.</param>
    /// <param name="isStored">False for a method parameter: it is collected, but no storage promise applies to it.</param>
    /// <param name="retention">The parsed <c>[RetainUntil]</c> rule, or null.</param>
    /// <param name="recipients">The <c>[SharedWith]</c> recipients.</param>
    /// <param name="isEncryptedAtRest">Whether the element is stored encrypted (<c>[EncryptedAtRest]</c>, <c>[ProtectedPersonalData]</c>).</param>
    public PolicyCheckElement(
        string name,
        string category,
        bool isSensitive,
        bool isStored,
        RetentionRule? retention,
        ImmutableArray<string> recipients,
        bool isEncryptedAtRest)
        : this(
            name,
            category,
            isSensitive,
            isStored,
            retention,
            recipients.IsDefault ? ImmutableArray<PolicyCheckRecipient>.Empty : recipients.Select(recipient => new PolicyCheckRecipient(recipient, null)).ToImmutableArray(),
            isEncryptedAtRest)
    {
    }

    /// <param name="name">How messages name the element.</param>
    /// <param name="category">The taxonomy id.</param>
    /// <param name="isSensitive">Whether the element is sensitive personal information.</param>
    /// <param name="isStored">False for a method parameter.</param>
    /// <param name="retention">The parsed <c>[RetainUntil]</c> rule, or null.</param>
    /// <param name="sharedWith">
    /// The third parties that receive it, with their countries: those of <c>[SharedWith]</c>, and any a caller found
    /// otherwise (the SDK catalog's calls that this element's data reaches).
    /// </param>
    /// <param name="isEncryptedAtRest">Whether the element is stored encrypted.</param>
    public PolicyCheckElement(
        string name,
        string category,
        bool isSensitive,
        bool isStored,
        RetentionRule? retention,
        ImmutableArray<PolicyCheckRecipient> sharedWith,
        bool isEncryptedAtRest)
    {
        Name = name;
        Category = category;
        IsSensitive = isSensitive;
        IsStored = isStored;
        Retention = retention;
        SharedWith = sharedWith.IsDefault ? ImmutableArray<PolicyCheckRecipient>.Empty : sharedWith;
        Recipients = SharedWith.Select(recipient => recipient.Name).ToImmutableArray();
        IsEncryptedAtRest = isEncryptedAtRest;
    }

    public string Name { get; }

    public string Category { get; }

    public bool IsSensitive { get; }

    public bool IsStored { get; }

    public RetentionRule? Retention { get; }

    /// <summary>The names of <see cref="SharedWith"/>.</summary>
    public ImmutableArray<string> Recipients { get; }

    public ImmutableArray<PolicyCheckRecipient> SharedWith { get; }

    public bool IsEncryptedAtRest { get; }

    /// <summary>
    /// Whether the app type's basic function needs the data (<see cref="AppTypes.AppType.Necessity"/>): false when the member
    /// is optional or outside the type's necessary information, null when nothing says; PII0109 reads it.
    /// </summary>
    public bool? Necessary { get; init; }

    /// <summary>The element for a member the model found: a field or property is stored, a parameter is not.</summary>
    public static PolicyCheckElement FromMember(PersonalDataMember member) => FromMember(member, appType: null);

    /// <summary>The element for a member, with its necessity for the app type of its file.</summary>
    /// <param name="member">The member.</param>
    /// <param name="appType">The app type <c>pii_app_type</c> names for the member's file, or null.</param>
    public static PolicyCheckElement FromMember(PersonalDataMember member, AppTypes.AppType? appType) =>
        new(
            NameOf(member.Symbol),
            member.Category,
            member.IsSensitive,
            isStored: member.Symbol is not IParameterSymbol,
            member.Retention,
            member.Recipients
                .Where(recipient => !string.IsNullOrWhiteSpace(recipient.Name))
                .Select(recipient => new PolicyCheckRecipient(recipient.Name, recipient.Country)
                {
                    OtherNames = recipient.Company is { } company ? ImmutableArray.Create(company) : ImmutableArray<string>.Empty,
                })
                .ToImmutableArray(),
            member.IsEncryptedAtRest)
        {
            Necessary = AppTypes.AppType.Necessity(appType, member.Category, member.IsOptional),
        };

    /// <summary>The element with more recipients: those the code sends its data to without a <c>[SharedWith]</c> (the SDK catalog's calls).</summary>
    public PolicyCheckElement WithRecipients(IEnumerable<PolicyCheckRecipient> found) =>
        new(Name, Category, IsSensitive, IsStored, Retention, SharedWith.Concat(found.Where(recipient => !Recipients.Contains(recipient.Name))).Distinct().ToImmutableArray(), IsEncryptedAtRest)
        {
            Necessary = Necessary,
        };

    public override string ToString() => $"{Name} ({Category})";

    /// <summary>How messages name an element: <c>Customer.Phone</c>; <c>CustomerService.Register(phone)</c> for a parameter.</summary>
    internal static string NameOf(ISymbol symbol)
    {
        if (symbol is IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter)
        {
            var methodName = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
            return method.ContainingType is null || method.MethodKind == MethodKind.Constructor
                ? $"{methodName}({parameter.Name})"
                : $"{method.ContainingType.Name}.{methodName}({parameter.Name})";
        }

        return symbol.ContainingType is null ? symbol.Name : $"{symbol.ContainingType.Name}.{symbol.Name}";
    }
}
