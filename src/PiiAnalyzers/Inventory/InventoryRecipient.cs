namespace PiiAnalyzers.Inventory;

/// <summary>A third party an element is shared with (<c>[SharedWith]</c>), and why.</summary>
/// <param name="Name">The recipient as named in the attribute.</param>
/// <param name="Purpose">Why it receives the data; null when the attribute does not say.</param>
/// <param name="Company">The company behind a product or SDK; null when the attribute does not say.</param>
/// <param name="Country">Where it receives the data, an upper-case country code (<c>US</c>); null when the attribute does not say.</param>
public sealed record InventoryRecipient(string Name, string? Purpose, string? Company = null, string? Country = null);
