using System;
using System.Collections.Generic;
using System.Linq;

namespace PiiAnalyzers.Inventory;

/// <summary>
/// The data inventory of one assembly: every element, in a fixed order, and the custom categories they may use. What the
/// generator embeds, the CLI prints and the build task writes, always through <see cref="InventoryJson"/> and the reports.
/// </summary>
/// <param name="Elements">The elements, sorted (see <see cref="Create"/>).</param>
/// <param name="CustomCategories">The valid custom categories of the assembly and its references, sorted by id.</param>
public sealed record InventoryDocument(EquatableArray<InventoryElement> Elements, EquatableArray<InventoryCategory> CustomCategories)
{
    /// <summary>The version of the JSON schema (DESIGN.md section 5).</summary>
    public const int SchemaVersion = 1;

    public static InventoryDocument Empty { get; } = new(EquatableArray<InventoryElement>.Empty, EquatableArray<InventoryCategory>.Empty);

    /// <summary>
    /// Third parties found other than by <c>[SharedWith]</c> (the SDK catalog's packages and calls), sorted by name; empty
    /// when no such source ran. <see cref="ThirdPartyList.From"/> merges them with the declared recipients.
    /// </summary>
    public EquatableArray<ThirdPartyRecipient> DetectedRecipients { get; init; }

    /// <summary>
    /// The inventory of elements found file by file, each file's in declaration order: sorted by type and file, keeping
    /// the declaration order within a file (a stable sort, and no line numbers, which the generated inventory does not
    /// carry); an element found twice (on both parts of a partial member) listed once.
    /// </summary>
    public static InventoryDocument Create(IEnumerable<InventoryElement> elements, IEnumerable<InventoryCategory> customCategories)
    {
        var sorted = elements
            .Distinct()
            .OrderBy(element => element.Type, StringComparer.Ordinal)
            .ThenBy(element => element.File, StringComparer.Ordinal);
        var categories = customCategories
            .GroupBy(category => category.Id, StringComparer.Ordinal)
            .Select(group => group.First())
            .OrderBy(category => category.Id, StringComparer.Ordinal);
        return new InventoryDocument(new EquatableArray<InventoryElement>(sorted), new EquatableArray<InventoryCategory>(categories));
    }
}
