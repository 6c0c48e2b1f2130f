namespace PiiAnalyzers.Model;

/// <summary>A third party that receives personal data, from <c>[SharedWith]</c>.</summary>
public sealed class DataRecipient
{
    public DataRecipient(string name, string? purpose, string? company = null, string? country = null)
    {
        Name = name;
        Purpose = purpose;
        Company = company;
        Country = CountryCode(country);
    }

    public string Name { get; }

    public string? Purpose { get; }

    /// <summary>The company behind a product or SDK (<c>Twilio Inc.</c>); null when not stated.</summary>
    public string? Company { get; }

    /// <summary>Where it receives the data, as an upper-case code (<c>US</c>); null when not stated.</summary>
    public string? Country { get; }

    /// <summary>A country as written, trimmed and upper-cased (<c>" us"</c> is <c>US</c>); null when blank.</summary>
    public static string? CountryCode(string? country) =>
        string.IsNullOrWhiteSpace(country) ? null : country!.Trim().ToUpperInvariant();
}
