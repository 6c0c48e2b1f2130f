namespace PiiAnalyzers.Policy;

/// <summary>A third party an element's data goes to, as the policy check sees it.</summary>
/// <param name="Name">The recipient, as the code names it (<c>[SharedWith("Twilio")]</c>, or the SDK catalog's name).</param>
/// <param name="Country">Where it receives the data, an upper-case country code (<c>US</c>); null when unknown.</param>
public sealed record PolicyCheckRecipient(string Name, string? Country);
