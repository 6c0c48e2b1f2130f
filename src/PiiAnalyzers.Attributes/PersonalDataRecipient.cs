using System;

namespace PiiAnalyzers;

/// <summary>A third party that receives a <see cref="PersonalDataElement"/>, as <see cref="SharedWithAttribute"/> declares it.</summary>
public sealed class PersonalDataRecipient
{
    /// <summary>Initializes a new instance of the <see cref="PersonalDataRecipient"/> class.</summary>
    /// <param name="name">The third party.</param>
    /// <param name="purpose">Why it receives the data, or null.</param>
    public PersonalDataRecipient(string name, string? purpose)
        : this(name, purpose, company: null, country: null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PersonalDataRecipient"/> class.</summary>
    /// <param name="name">The third party.</param>
    /// <param name="purpose">Why it receives the data, or null.</param>
    /// <param name="company">The company behind it, or null.</param>
    /// <param name="country">Where it receives the data (an ISO 3166-1 two-letter code), or null.</param>
    public PersonalDataRecipient(string name, string? purpose, string? company, string? country)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Purpose = purpose;
        Company = company;
        Country = country;
    }

    /// <summary>Gets the third party, as named in the annotation.</summary>
    public string Name { get; }

    /// <summary>Gets why the third party receives the data, or null when not stated.</summary>
    public string? Purpose { get; }

    /// <summary>Gets the company behind the third party, or null when not stated.</summary>
    public string? Company { get; }

    /// <summary>Gets where the third party receives the data (<c>US</c>), or null when not stated.</summary>
    public string? Country { get; }

    /// <summary>Returns the recipient's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
