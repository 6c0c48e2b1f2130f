using System;
using System.Collections.Generic;
using System.Linq;
using PiiAnalyzers.Inventory;
using PiiAnalyzers.ThirdParties;

namespace PiiAnalyzers.Generation.Model;

/// <summary>
/// A client library of the SDK catalog that the compilation references, for the built inventory's third-party list
/// (第三方SDK目录): the generator lists every SDK the app embeds, without following data into its calls (that is the
/// analyzers' work, and <c>pii inventory</c>'s). Equatable, without symbols.
/// </summary>
/// <param name="Service">The service, as the catalog names it (<c>Alipay / 支付宝</c>).</param>
/// <param name="Company">The company behind it.</param>
/// <param name="Country">Where it receives data; null when the provider is chosen at run time.</param>
/// <param name="Names">Every name a <c>[SharedWith]</c> may give it: its id, its service's and its company's names.</param>
public sealed record EmbeddedSdk(string Service, string Company, string? Country, EquatableArray<string> Names)
{
    public static EmbeddedSdk From(ThirdParty sdk) =>
        new(
            sdk.Service,
            sdk.Company,
            sdk.IsChosenAtRunTime ? null : sdk.Country,
            sdk.IsChosenAtRunTime ? EquatableArray<string>.Empty : new EquatableArray<string>(new[] { sdk.ServiceName }.Concat(sdk.OtherNames)));

    /// <summary>
    /// The list's row: named as the first <c>[SharedWith]</c> that names it (so the list shows one row for it), else by its
    /// service; no categories or places, which only following the data can tell.
    /// </summary>
    public ThirdPartyRecipient Row(IEnumerable<string> declaredRecipients) =>
        ThirdPartyRecipient.FromCatalog(
            declaredRecipients.Select(name => name.Trim()).FirstOrDefault(name => Names.Contains(name, StringComparer.OrdinalIgnoreCase)) ?? Service,
            Company,
            Country,
            Enumerable.Empty<string>(),
            Enumerable.Empty<string>());
}
