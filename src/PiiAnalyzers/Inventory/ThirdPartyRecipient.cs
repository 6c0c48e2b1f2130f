using System;
using System.Collections.Generic;
using System.Linq;

namespace PiiAnalyzers.Inventory;

/// <summary>Where the inventory learned that a third party receives personal data.</summary>
[Flags]
public enum ThirdPartySources
{
    None = 0,

    /// <summary>A member declares it with <c>[SharedWith]</c>.</summary>
    SharedWith = 1,

    /// <summary>The code calls a client library of the SDK catalog, or references its package.</summary>
    SdkCatalog = 2,
}

/// <summary>
/// One row of the third-party list (第三方SDK目录): a recipient, the company behind it, where it receives the data, why, which
/// categories, and where in the code. <see cref="ThirdPartyList"/> makes the rows of <c>[SharedWith]</c>; a source that
/// finds recipients some other way (the SDK catalog) makes rows of its own and puts them in
/// <see cref="InventoryDocument.DetectedRecipients"/>, and the list merges the two by name.
/// </summary>
/// <param name="Name">The service, product or SDK, as the code or the catalog names it.</param>
/// <param name="Company">The company behind it; null when unknown.</param>
/// <param name="Country">Where it receives the data, an upper-case code (<c>US</c>); null when unknown.</param>
/// <param name="Purposes">Why it receives the data, as declared, in order; empty when nothing says.</param>
/// <param name="Categories">The category ids it receives, sorted.</param>
/// <param name="Locations">Where in the code: the members (<c>Shop.Customer.Phone (Customer.cs:21)</c>) or calls, sorted.</param>
/// <param name="Source">Which sources name it.</param>
public sealed record ThirdPartyRecipient(
    string Name,
    string? Company,
    string? Country,
    EquatableArray<string> Purposes,
    EquatableArray<string> Categories,
    EquatableArray<string> Locations,
    ThirdPartySources Source)
{
    /// <summary>
    /// The row of a client library of the SDK catalog: found in the code, so no declared purpose; the categories and places
    /// that following the data found, sorted and each once (none where only the package reference is known).
    /// </summary>
    public static ThirdPartyRecipient FromCatalog(string name, string company, string? country, IEnumerable<string> categories, IEnumerable<string> locations) =>
        new(name, company, country, EquatableArray<string>.Empty, SortedOnce(categories), SortedOnce(locations), ThirdPartySources.SdkCatalog);

    private static EquatableArray<string> SortedOnce(IEnumerable<string> values) =>
        new(values.Distinct(StringComparer.Ordinal).OrderBy(value => value, StringComparer.Ordinal));
}
