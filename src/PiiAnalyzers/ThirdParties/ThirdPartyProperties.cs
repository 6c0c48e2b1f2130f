using System.Collections.Immutable;

namespace PiiAnalyzers.ThirdParties;

/// <summary>
/// The properties of a PII0005 diagnostic about a catalog recipient, for the inventory, the policy check and the
/// <c>pii</c> command: which company receives the data, and where it is.
/// </summary>
public static class ThirdPartyProperties
{
    /// <summary>The recipient's id in the catalog (<c>twilio</c>).</summary>
    public const string Recipient = "ThirdParty";

    public const string Service = "ThirdPartyService";

    public const string Company = "ThirdPartyCompany";

    /// <summary>ISO 3166-1 alpha-2, or <c>-</c> when the provider is chosen at run time.</summary>
    public const string Country = "ThirdPartyCountry";

    public const string Kind = "ThirdPartyKind";

    /// <summary>The properties naming <paramref name="recipient"/>; null for a sink that names no company (an HTTP request).</summary>
    public static ImmutableDictionary<string, string?>? Of(ThirdParty? recipient) =>
        recipient is null
            ? null
            : ImmutableDictionary<string, string?>.Empty
                .Add(Recipient, recipient.Id)
                .Add(Service, recipient.Service)
                .Add(Company, recipient.Company)
                .Add(Country, recipient.Country)
                .Add(Kind, recipient.Kind);
}
