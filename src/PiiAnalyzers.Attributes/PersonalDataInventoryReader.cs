using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers;

/// <summary>
/// Reads the elements of a personal data inventory from its JSON (schemaVersion 1): the <c>Json</c> constant of an
/// assembly's generated <c>PersonalDataInventory</c> class, the <c>PiiAnalyzers.Inventory</c> assembly metadata, or the
/// output of <c>pii inventory --format json</c>.
/// </summary>
/// <remarks>
/// The generated class builds its <c>Elements</c> with this method instead of listing them in code: one string constant
/// costs the compiler nothing, where thousands of object creations cost it seconds in every build.
/// </remarks>
public static class PersonalDataInventoryReader
{
    /// <summary>The schema version this reader understands.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Reads the elements of an inventory, in the order the JSON lists them.</summary>
    /// <param name="json">The inventory's JSON.</param>
    /// <returns>The elements; properties the JSON does not set are empty (strings), null (optional strings), false or 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The text is not JSON, or not an inventory of schemaVersion 1.</exception>
    public static IReadOnlyList<PersonalDataElement> ReadElements(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        var root = JsonValue.AsObject(JsonValue.Parse(json), "The inventory");
        if (!root.TryGetValue("schemaVersion", out var version) || version is not double number || number != SchemaVersion)
        {
            throw new FormatException($"The inventory has no schemaVersion {SchemaVersion}.");
        }

        var elements = new List<PersonalDataElement>();
        foreach (var item in JsonValue.Array(root, "elements"))
        {
            var element = JsonValue.AsObject(item, "An element");
            var recipients = new List<PersonalDataRecipient>();
            foreach (var recipient in JsonValue.Array(element, "sharedWith"))
            {
                var shared = JsonValue.AsObject(recipient, "A recipient");
                recipients.Add(new PersonalDataRecipient(
                    JsonValue.String(shared, "name") ?? string.Empty,
                    JsonValue.String(shared, "purpose"),
                    JsonValue.String(shared, "company"),
                    JsonValue.String(shared, "country")));
            }

            var location = JsonValue.Object(element, "location");
            elements.Add(new PersonalDataElement(
                JsonValue.String(element, "id") ?? string.Empty,
                JsonValue.String(element, "type") ?? string.Empty,
                JsonValue.String(element, "member") ?? string.Empty,
                JsonValue.String(element, "category") ?? string.Empty,
                JsonValue.Bool(element, "sensitive"),
                JsonValue.String(element, "retention"),
                JsonValue.String(element, "purpose"),
                JsonValue.Bool(element, "encryptedAtRest"),
                recipients.AsReadOnly(),
                location is null ? string.Empty : JsonValue.String(location, "file") ?? string.Empty,
                location is null ? 0 : JsonValue.Int(location, "line"),
                JsonValue.OptionalBool(element, "necessary")));
        }

        return new ReadOnlyCollection<PersonalDataElement>(elements);
    }
}
