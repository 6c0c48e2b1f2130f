using System.Collections.Generic;
using System.Linq;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Diffing;

/// <summary>
/// What a change does to the personal data inventory (<see cref="InventoryComparer"/>): its changes to elements and to the
/// third-party list, and the three summaries a privacy review and <c>--fail-on</c> ask about. Every list is in a fixed order.
/// </summary>
/// <param name="ElementChanges">Sorted by kind, then element id, then the values (ordinal).</param>
/// <param name="RecipientChanges">Sorted by kind, then name (ordinal).</param>
/// <param name="NewCategories">The category ids the head collects that no element of the base does, sorted.</param>
/// <param name="NewSensitiveElements">The head's sensitive elements that were not sensitive elements of the base (added sensitive, or became sensitive), sorted by id.</param>
/// <param name="NewRecipients">The names in the head's third-party list that the base's list does not have (ignoring case), sorted.</param>
/// <param name="CustomCategories">The custom categories of both sides (the head's first), to name them in reports.</param>
internal sealed record InventoryDiff(
    IReadOnlyList<ElementChange> ElementChanges,
    IReadOnlyList<RecipientChange> RecipientChanges,
    IReadOnlyList<string> NewCategories,
    IReadOnlyList<InventoryElement> NewSensitiveElements,
    IReadOnlyList<string> NewRecipients,
    IReadOnlyList<InventoryCategory> CustomCategories)
{
    /// <summary>Whether the change leaves the inventory as it was (a member that only moved counts as unchanged).</summary>
    public bool IsEmpty => ElementChanges.Count == 0 && RecipientChanges.Count == 0;

    public int Count(ElementChangeKind kind) => ElementChanges.Count(change => change.Kind == kind);

    public int Count(RecipientChangeKind kind) => RecipientChanges.Count(change => change.Kind == kind);

    /// <summary>How many elements of both sides changed in some way other than being added or removed.</summary>
    public int ChangedElementCount => ElementChanges
        .Where(change => change.Kind is not (ElementChangeKind.Added or ElementChangeKind.Removed))
        .Select(change => change.Element.Id)
        .Distinct(System.StringComparer.Ordinal)
        .Count();

    /// <summary>The changes of one kind, in order.</summary>
    public IEnumerable<ElementChange> Of(ElementChangeKind kind) => ElementChanges.Where(change => change.Kind == kind);

    /// <summary>The third-party changes of one kind, in order.</summary>
    public IEnumerable<RecipientChange> Of(RecipientChangeKind kind) => RecipientChanges.Where(change => change.Kind == kind);
}
