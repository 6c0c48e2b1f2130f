using System;
using System.Collections.Generic;
using System.Linq;

namespace PiiAnalyzers.Inventory;

/// <summary>
/// The third parties an inventory sends personal data to, one row per recipient: those its elements declare with
/// <c>[SharedWith]</c>, merged by name (ignoring case) with the <see cref="InventoryDocument.DetectedRecipients"/> other
/// sources found. What every report's third-party list (第三方SDK目录) shows and the policy check counts.
/// </summary>
public static class ThirdPartyList
{
    /// <summary>The rows, sorted by name (ordinal).</summary>
    public static IReadOnlyList<ThirdPartyRecipient> From(InventoryDocument document)
    {
        var declared = document.Elements.SelectMany(element => element.SharedWith.Select(recipient => new ThirdPartyRecipient(
            recipient.Name.Trim(),
            recipient.Company,
            recipient.Country,
            Strings(recipient.Purpose),
            Strings(element.Category),
            Strings(element.Id + " (" + element.FileAndLine + ")"),
            ThirdPartySources.SharedWith)));
        return Merge(declared.Concat(document.DetectedRecipients));
    }

    /// <summary>Rows of the same name made one: the first company and country stated, every purpose, category and location.</summary>
    public static IReadOnlyList<ThirdPartyRecipient> Merge(IEnumerable<ThirdPartyRecipient> rows) =>
        rows
            .Where(row => row.Name.Length > 0)
            .GroupBy(row => row.Name, StringComparer.OrdinalIgnoreCase)
            .Select(group => new ThirdPartyRecipient(
                group.First().Name,
                group.Select(row => row.Company).FirstOrDefault(company => !string.IsNullOrWhiteSpace(company)),
                group.Select(row => row.Country).FirstOrDefault(country => !string.IsNullOrWhiteSpace(country)),
                new EquatableArray<string>(group.SelectMany(row => row.Purposes).Distinct(StringComparer.Ordinal)),
                new EquatableArray<string>(group.SelectMany(row => row.Categories).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal)),
                new EquatableArray<string>(group.SelectMany(row => row.Locations).Distinct(StringComparer.Ordinal).OrderBy(location => location, StringComparer.Ordinal)),
                group.Aggregate(ThirdPartySources.None, (sources, row) => sources | row.Source)))
            .OrderBy(row => row.Name, StringComparer.Ordinal)
            .ToList();

    private static EquatableArray<string> Strings(string? value) =>
        string.IsNullOrWhiteSpace(value) ? EquatableArray<string>.Empty : new EquatableArray<string>(new[] { value! });
}
