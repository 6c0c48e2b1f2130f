using System.Collections.Generic;
using System.Text.Json;
using PiiAnalyzers.Cli.Scanning;

namespace PiiAnalyzers.Cli.Diffing;

/// <summary>
/// A diff as JSON, the same in every language (docs/inventory-diff.md has the schema):
/// <c>{"schemaVersion":1,"changed","summary":{...},"newCategories","newSensitiveElements","newRecipients","elements":[...],"thirdParties":[...]}</c>.
/// An element change's <c>before</c> and <c>after</c> are strings for a category, retention or purpose (null: not
/// stated) and the recipient of a recipient change, booleans for sensitivity and encryption, absent for an element
/// added or removed.
/// </summary>
internal static class DiffJsonReport
{
    public const int SchemaVersion = 1;

    private static readonly Dictionary<ElementChangeKind, string> ElementChangeNames = new()
    {
        [ElementChangeKind.Added] = "added",
        [ElementChangeKind.Removed] = "removed",
        [ElementChangeKind.BecameSensitive] = "becameSensitive",
        [ElementChangeKind.NoLongerSensitive] = "noLongerSensitive",
        [ElementChangeKind.CategoryChanged] = "categoryChanged",
        [ElementChangeKind.RetentionChanged] = "retentionChanged",
        [ElementChangeKind.EncryptionTurnedOn] = "encryptionTurnedOn",
        [ElementChangeKind.EncryptionTurnedOff] = "encryptionTurnedOff",
        [ElementChangeKind.PurposeChanged] = "purposeChanged",
        [ElementChangeKind.NecessityChanged] = "necessityChanged",
        [ElementChangeKind.RecipientAdded] = "recipientAdded",
        [ElementChangeKind.RecipientRemoved] = "recipientRemoved",
    };

    private static readonly Dictionary<RecipientChangeKind, string> RecipientChangeNames = new()
    {
        [RecipientChangeKind.Added] = "added",
        [RecipientChangeKind.Removed] = "removed",
        [RecipientChangeKind.CategoriesChanged] = "categoriesChanged",
    };

    public static string Write(InventoryDiff diff) => JsonOutput.Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteBoolean("changed", !diff.IsEmpty);
        json.WriteStartObject("summary");
        json.WriteNumber("elementsAdded", diff.Count(ElementChangeKind.Added));
        json.WriteNumber("elementsRemoved", diff.Count(ElementChangeKind.Removed));
        json.WriteNumber("elementsChanged", diff.ChangedElementCount);
        json.WriteNumber("thirdPartiesAdded", diff.Count(RecipientChangeKind.Added));
        json.WriteNumber("thirdPartiesRemoved", diff.Count(RecipientChangeKind.Removed));
        json.WriteNumber("thirdPartiesChanged", diff.Count(RecipientChangeKind.CategoriesChanged));
        json.WriteEndObject();
        Strings(json, "newCategories", diff.NewCategories);
        json.WriteStartArray("newSensitiveElements");
        foreach (var element in diff.NewSensitiveElements)
        {
            json.WriteStringValue(element.Id);
        }

        json.WriteEndArray();
        Strings(json, "newRecipients", diff.NewRecipients);
        json.WriteStartArray("elements");
        foreach (var change in diff.ElementChanges)
        {
            ElementChange(json, change);
        }

        json.WriteEndArray();
        json.WriteStartArray("thirdParties");
        foreach (var change in diff.RecipientChanges)
        {
            json.WriteStartObject();
            json.WriteString("change", RecipientChangeNames[change.Kind]);
            json.WriteString("name", change.Recipient.Name);
            json.WriteString("company", change.Recipient.Company);
            json.WriteString("country", change.Recipient.Country);
            Strings(json, "categoriesAdded", change.CategoriesAdded);
            Strings(json, "categoriesRemoved", change.CategoriesRemoved);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    // { "change", "id", "type", "member", "category", "sensitive", "location": { "file", "line" }, "before", "after" }
    private static void ElementChange(Utf8JsonWriter json, ElementChange change)
    {
        var element = change.Element;
        json.WriteStartObject();
        json.WriteString("change", ElementChangeNames[change.Kind]);
        json.WriteString("id", element.Id);
        json.WriteString("type", element.Type);
        json.WriteString("member", element.Member);
        json.WriteString("category", element.Category);
        json.WriteBoolean("sensitive", element.Sensitive);
        json.WriteStartObject("location");
        json.WriteString("file", element.File);
        if (element.Line is { } line)
        {
            json.WriteNumber("line", line);
        }

        json.WriteEndObject();
        switch (change.Kind)
        {
            case ElementChangeKind.Added or ElementChangeKind.Removed:
                break;
            case ElementChangeKind.BecameSensitive or ElementChangeKind.NoLongerSensitive or ElementChangeKind.EncryptionTurnedOn or ElementChangeKind.EncryptionTurnedOff:
                var after = change.Kind is ElementChangeKind.BecameSensitive or ElementChangeKind.EncryptionTurnedOn;
                json.WriteBoolean("before", !after);
                json.WriteBoolean("after", after);
                break;
            default:
                json.WriteString("before", change.Before);
                json.WriteString("after", change.After);
                break;
        }

        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
