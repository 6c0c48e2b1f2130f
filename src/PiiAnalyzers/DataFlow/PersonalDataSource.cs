using Microsoft.CodeAnalysis;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.DataFlow;

/// <summary>One personal-data member whose value a tracked expression carries.</summary>
public sealed class PersonalDataSource
{
    internal PersonalDataSource(PersonalDataMember member)
    {
        Member = member;
        DisplayName = member.DisplayName
            ?? (member.Symbol is IParameterSymbol || member.Symbol.ContainingType is null
                ? member.Symbol.Name
                : $"{member.Symbol.ContainingType.Name}.{member.Symbol.Name}");
    }

    /// <summary>What the model knows of the member: category, sensitivity, retention, recipients.</summary>
    public PersonalDataMember Member { get; }

    /// <summary>The field, property or parameter.</summary>
    public ISymbol Symbol => Member.Symbol;

    /// <summary><c>Customer.Email</c> for a field or property, the parameter's name for a parameter.</summary>
    public string DisplayName { get; }

    public string Category => Member.Category;

    public bool IsSensitive => Member.IsSensitive;

    /// <summary>Whether the data is inferred from the member's name or type rather than marked or given by the framework.</summary>
    public bool IsInferred => Member.Origin == PersonalDataOrigin.Inferred;

    /// <summary><c>Customer.Email (contact.email)</c>: how diagnostics name the data.</summary>
    public override string ToString() => $"{DisplayName} ({Category})";
}
