using System;
using System.Collections.Generic;
using System.Linq;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Diffing;

/// <summary>
/// Compares two inventories (<see cref="InventoryDiff"/>). Elements are matched by id, so a member that only moved to
/// another line or file is unchanged; ids found more than once on a side (overloads sharing a parameter name) are
/// matched in order. Recipients are matched by name ignoring case, as the third-party list merges them.
/// </summary>
internal static class InventoryComparer
{
    private static readonly StringComparer RecipientNames = StringComparer.OrdinalIgnoreCase;

    public static InventoryDiff Compare(InventoryDocument baseDocument, InventoryDocument headDocument)
    {
        var elementChanges = ElementChanges(baseDocument, headDocument)
            .OrderBy(change => change.Kind)
            .ThenBy(change => change.Element.Id, StringComparer.Ordinal)
            .ThenBy(change => change.Before ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(change => change.After ?? string.Empty, StringComparer.Ordinal)
            .ToList();
        var baseRecipients = ThirdPartyList.From(baseDocument);
        var headRecipients = ThirdPartyList.From(headDocument);
        var recipientChanges = RecipientChanges(baseRecipients, headRecipients)
            .OrderBy(change => change.Kind)
            .ThenBy(change => change.Recipient.Name, StringComparer.Ordinal)
            .ToList();

        var baseCategories = new HashSet<string>(baseDocument.Elements.Select(element => element.Category), StringComparer.Ordinal);
        var newCategories = headDocument.Elements.Select(element => element.Category)
            .Where(category => !baseCategories.Contains(category))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var newSensitive = elementChanges
            .Where(change => change.Kind == ElementChangeKind.BecameSensitive || (change.Kind == ElementChangeKind.Added && change.Element.Sensitive))
            .Select(change => change.Element)
            .OrderBy(element => element.Id, StringComparer.Ordinal)
            .ToList();
        var baseNames = new HashSet<string>(baseRecipients.Select(row => row.Name), RecipientNames);
        var newRecipients = headRecipients.Select(row => row.Name).Where(name => !baseNames.Contains(name)).Order(StringComparer.Ordinal).ToList();
        var customCategories = headDocument.CustomCategories.Concat(baseDocument.CustomCategories).ToList();

        return new InventoryDiff(elementChanges, recipientChanges, newCategories, newSensitive, newRecipients, customCategories);
    }

    private static IEnumerable<ElementChange> ElementChanges(InventoryDocument baseDocument, InventoryDocument headDocument)
    {
        var baseById = baseDocument.Elements.ToLookup(element => element.Id, StringComparer.Ordinal);
        var headById = headDocument.Elements.ToLookup(element => element.Id, StringComparer.Ordinal);
        var ids = baseById.Select(group => group.Key).Union(headById.Select(group => group.Key), StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var before = baseById[id].ToList();
            var after = headById[id].ToList();
            for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
            {
                if (i >= before.Count)
                {
                    yield return new ElementChange(ElementChangeKind.Added, after[i]);
                }
                else if (i >= after.Count)
                {
                    yield return new ElementChange(ElementChangeKind.Removed, before[i]);
                }
                else
                {
                    foreach (var change in Changes(before[i], after[i]))
                    {
                        yield return change;
                    }
                }
            }
        }
    }

    // What differs between the two sides of one element; its type, member name and location are not changes.
    private static IEnumerable<ElementChange> Changes(InventoryElement before, InventoryElement after)
    {
        if (before.Sensitive != after.Sensitive)
        {
            yield return new ElementChange(after.Sensitive ? ElementChangeKind.BecameSensitive : ElementChangeKind.NoLongerSensitive, after);
        }

        if (!string.Equals(before.Category, after.Category, StringComparison.Ordinal))
        {
            yield return new ElementChange(ElementChangeKind.CategoryChanged, after, before.Category, after.Category);
        }

        if (!string.Equals(Stated(before.Retention), Stated(after.Retention), StringComparison.Ordinal))
        {
            yield return new ElementChange(ElementChangeKind.RetentionChanged, after, Stated(before.Retention), Stated(after.Retention));
        }

        if (before.EncryptedAtRest != after.EncryptedAtRest)
        {
            yield return new ElementChange(after.EncryptedAtRest ? ElementChangeKind.EncryptionTurnedOn : ElementChangeKind.EncryptionTurnedOff, after);
        }

        if (!string.Equals(Stated(before.Purpose), Stated(after.Purpose), StringComparison.Ordinal))
        {
            yield return new ElementChange(ElementChangeKind.PurposeChanged, after, Stated(before.Purpose), Stated(after.Purpose));
        }

        if (before.Necessary != after.Necessary)
        {
            yield return new ElementChange(ElementChangeKind.NecessityChanged, after, NecessityOf(before), NecessityOf(after));
        }

        var recipientsBefore = RecipientNamesOf(before);
        var recipientsAfter = RecipientNamesOf(after);
        foreach (var name in recipientsAfter.Where(name => !recipientsBefore.Contains(name, RecipientNames)))
        {
            yield return new ElementChange(ElementChangeKind.RecipientAdded, after, After: name);
        }

        foreach (var name in recipientsBefore.Where(name => !recipientsAfter.Contains(name, RecipientNames)))
        {
            yield return new ElementChange(ElementChangeKind.RecipientRemoved, after, Before: name);
        }
    }

    private static string? NecessityOf(InventoryElement element) =>
        element.Necessary switch
        {
            true => ElementChange.Necessary,
            false => ElementChange.Optional,
            null => null,
        };

    private static IEnumerable<RecipientChange> RecipientChanges(IReadOnlyList<ThirdPartyRecipient> baseRows, IReadOnlyList<ThirdPartyRecipient> headRows)
    {
        var baseByName = baseRows.ToDictionary(row => row.Name, RecipientNames);
        var headByName = headRows.ToDictionary(row => row.Name, RecipientNames);
        foreach (var row in headRows.Where(row => !baseByName.ContainsKey(row.Name)))
        {
            yield return new RecipientChange(RecipientChangeKind.Added, row, row.Categories.ToList(), []);
        }

        foreach (var row in baseRows.Where(row => !headByName.ContainsKey(row.Name)))
        {
            yield return new RecipientChange(RecipientChangeKind.Removed, row, [], row.Categories.ToList());
        }

        foreach (var row in headRows.Where(row => baseByName.ContainsKey(row.Name)))
        {
            var before = baseByName[row.Name].Categories;
            var added = row.Categories.Except(before, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var removed = before.Except(row.Categories, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (added.Count > 0 || removed.Count > 0)
            {
                yield return new RecipientChange(RecipientChangeKind.CategoriesChanged, row, added, removed);
            }
        }
    }

    // The recipients an element declares, trimmed as the third-party list has them, each once.
    private static List<string> RecipientNamesOf(InventoryElement element) =>
        element.SharedWith.Select(recipient => recipient.Name.Trim()).Where(name => name.Length > 0).Distinct(RecipientNames).ToList();

    // Not stated and blank are the same; surrounding spaces are not a change.
    private static string? Stated(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
