using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Policy;

/// <summary>A third party an element's data goes to, as the policy check sees it.</summary>
/// <param name="Name">The recipient, as the code names it (<c>[SharedWith("Twilio")]</c>, or the SDK catalog's name); messages use it.</param>
/// <param name="Country">Where it receives the data, an upper-case country code (<c>US</c>); null when unknown.</param>
public sealed record PolicyCheckRecipient(string Name, string? Country)
{
    /// <summary>
    /// Other names a policy may give it: the company behind a service or SDK (<c>[SharedWith(..., Company = "…")]</c>,
    /// the catalog's company); a policy that names any of them names the recipient.
    /// </summary>
    public ImmutableArray<string> OtherNames { get; init; } = ImmutableArray<string>.Empty;

    /// <summary><see cref="Name"/>, then <see cref="OtherNames"/>, without blanks.</summary>
    public IEnumerable<string> AllNames =>
        new[] { Name }.Concat(OtherNames.IsDefault ? ImmutableArray<string>.Empty : OtherNames).Where(name => !string.IsNullOrWhiteSpace(name));
}
