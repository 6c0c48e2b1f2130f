using System.Collections.Immutable;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Policy;

/// <summary>What the policy check needs beyond the elements and the policy: the project's settings and what else the code uses.</summary>
public sealed class PolicyCheckSettings
{
    /// <summary>The country a policy is written for unless <c>pii_home_country</c> says otherwise.</summary>
    public const string DefaultHomeCountry = "CN";

    /// <param name="homeCountry">The country the data is collected in (<c>pii_home_country</c>); a recipient elsewhere receives it abroad (PII0107). Blank means <see cref="DefaultHomeCountry"/>.</param>
    /// <param name="usedRecipients">
    /// Third parties the code uses other than through <c>[SharedWith]</c> (the SDK catalog's packages and calls), even
    /// when no personal data is seen reaching them: a policy that names them names something the code uses (PII0108).
    /// </param>
    public PolicyCheckSettings(string? homeCountry = null, ImmutableArray<string> usedRecipients = default)
    {
        HomeCountry = DataRecipient.CountryCode(homeCountry) ?? DefaultHomeCountry;
        UsedRecipients = usedRecipients.IsDefault ? ImmutableArray<string>.Empty : usedRecipients;
    }

    public static PolicyCheckSettings Default { get; } = new();

    /// <summary>An upper-case country code (<c>CN</c>).</summary>
    public string HomeCountry { get; }

    public ImmutableArray<string> UsedRecipients { get; }
}
