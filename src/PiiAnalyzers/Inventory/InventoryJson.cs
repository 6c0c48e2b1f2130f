using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PiiAnalyzers.Inventory;

/// <summary>
/// The inventory as JSON (DESIGN.md section 5): <c>{"schemaVersion":1,"elements":[...],"customCategories":[...],"thirdParties":[...]}</c>,
/// the last the third-party list (<see cref="ThirdPartyList"/>), written for readers of the JSON; reading keeps only its
/// rows another source than <c>[SharedWith]</c> found.
/// A recipient's <c>company</c> and <c>country</c> are there only when <c>[SharedWith]</c> declares them.
/// An element's <c>necessary</c> is there only when it has a value (an app type is set, or the member is optional), so that
/// an inventory without one reads and writes as before.
/// An element's <c>location</c> has a <c>line</c> only where it is known: the CLI resolves it from the compilation; the
/// generated inventory (and so one read from a built assembly) leaves it out.
/// One writer for the generator, the CLI and the build task, so that they print the same bytes; indented by two
/// spaces, '\n' line ends, properties in schema order, non-ASCII text as is.
/// </summary>
public static class InventoryJson
{
    private static readonly (ThirdPartySources Source, string Name)[] SourceNames =
    {
        (ThirdPartySources.SharedWith, "sharedWith"),
        (ThirdPartySources.SdkCatalog, "sdkCatalog"),
    };

    public static string Write(InventoryDocument document)
    {
        var json = new StringBuilder();
        json.Append("{\n");
        json.Append("  \"schemaVersion\": ").Append(InventoryDocument.SchemaVersion.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        json.Append("  \"elements\": [");
        for (var i = 0; i < document.Elements.Count; i++)
        {
            var element = document.Elements[i];
            json.Append(i == 0 ? "\n" : ",\n");
            json.Append("    {\n");
            Property(json, "id", element.Id);
            Property(json, "type", element.Type);
            Property(json, "member", element.Member);
            Property(json, "category", element.Category);
            Property(json, "sensitive", element.Sensitive);
            Property(json, "retention", element.Retention);
            Property(json, "purpose", element.Purpose);
            Property(json, "encryptedAtRest", element.EncryptedAtRest);
            if (element.Necessary is { } necessary)
            {
                Property(json, "necessary", necessary);
            }

            json.Append("      \"sharedWith\": [");
            for (var r = 0; r < element.SharedWith.Count; r++)
            {
                var recipient = element.SharedWith[r];
                json.Append(r == 0 ? string.Empty : ", ");
                json.Append("{ \"name\": ").Append(Quote(recipient.Name)).Append(", \"purpose\": ").Append(Quote(recipient.Purpose));
                OptionalProperty(json, "company", recipient.Company);
                OptionalProperty(json, "country", recipient.Country);
                json.Append(" }");
            }

            json.Append("],\n");
            json.Append("      \"location\": { \"file\": ").Append(Quote(element.File));
            if (element.Line is { } line)
            {
                json.Append(", \"line\": ").Append(line.ToString(CultureInfo.InvariantCulture));
            }

            json.Append(" }\n");
            json.Append("    }");
        }

        json.Append(document.Elements.Count == 0 ? "],\n" : "\n  ],\n");
        json.Append("  \"customCategories\": [");
        for (var i = 0; i < document.CustomCategories.Count; i++)
        {
            var category = document.CustomCategories[i];
            json.Append(i == 0 ? "\n" : ",\n");
            json.Append("    { \"id\": ").Append(Quote(category.Id))
                .Append(", \"zh\": ").Append(Quote(category.ChineseName))
                .Append(", \"en\": ").Append(Quote(category.EnglishName))
                .Append(", \"sensitive\": ").Append(category.Sensitive ? "true" : "false").Append(" }");
        }

        json.Append(document.CustomCategories.Count == 0 ? "],\n" : "\n  ],\n");
        WriteThirdParties(json, ThirdPartyList.From(document));
        json.Append("}\n");
        return json.ToString();
    }

    /// <summary>Reads what <see cref="Write"/> wrote (any JSON of the same shape); throws <see cref="FormatException"/> otherwise.</summary>
    public static InventoryDocument Read(string json)
    {
        var root = JsonValue.AsObject(JsonValue.Parse(json), "The inventory");
        if (!root.TryGetValue("schemaVersion", out var version) || version is not double number || number != InventoryDocument.SchemaVersion)
        {
            throw new FormatException($"The inventory has no schemaVersion {InventoryDocument.SchemaVersion}.");
        }

        var elements = new List<InventoryElement>();
        foreach (var item in JsonValue.Array(root, "elements"))
        {
            var element = JsonValue.AsObject(item, "An element");
            var location = JsonValue.Object(element, "location");
            var recipients = JsonValue.Array(element, "sharedWith")
                .Select(recipient => JsonValue.AsObject(recipient, "A recipient"))
                .Select(recipient => new InventoryRecipient(
                    JsonValue.String(recipient, "name") ?? string.Empty,
                    JsonValue.String(recipient, "purpose"),
                    JsonValue.String(recipient, "company"),
                    JsonValue.String(recipient, "country")));
            elements.Add(new InventoryElement(
                JsonValue.String(element, "id") ?? string.Empty,
                JsonValue.String(element, "type") ?? string.Empty,
                JsonValue.String(element, "member") ?? string.Empty,
                JsonValue.String(element, "category") ?? string.Empty,
                JsonValue.Bool(element, "sensitive"),
                JsonValue.String(element, "retention"),
                JsonValue.String(element, "purpose"),
                JsonValue.Bool(element, "encryptedAtRest"),
                new EquatableArray<InventoryRecipient>(recipients),
                location is null ? string.Empty : JsonValue.String(location, "file") ?? string.Empty,
                location is not null && location.ContainsKey("line") ? JsonValue.Int(location, "line") : null)
            {
                Necessary = JsonValue.OptionalBool(element, "necessary"),
            });
        }

        var categories = JsonValue.Array(root, "customCategories")
            .Select(item => JsonValue.AsObject(item, "A custom category"))
            .Select(category => new InventoryCategory(
                JsonValue.String(category, "id") ?? string.Empty,
                JsonValue.String(category, "zh") ?? string.Empty,
                JsonValue.String(category, "en") ?? string.Empty,
                JsonValue.Bool(category, "sensitive")));

        // Already in order when the generator wrote it; kept as read. Of the third parties only those another source found
        // are kept: the declared ones come back from the elements.
        return new InventoryDocument(new EquatableArray<InventoryElement>(elements), new EquatableArray<InventoryCategory>(categories))
        {
            DetectedRecipients = new EquatableArray<ThirdPartyRecipient>(ReadThirdParties(root).Where(row => (row.Source & ThirdPartySources.SdkCatalog) != 0)
                .Select(row => row with { Source = ThirdPartySources.SdkCatalog })),
        };
    }

    /// <summary>A JSON string literal, or <c>null</c>.</summary>
    public static string Quote(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var quoted = new StringBuilder(text.Length + 2);
        quoted.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\\':
                    quoted.Append("\\\\");
                    break;
                case '\n':
                    quoted.Append("\\n");
                    break;
                case '\r':
                    quoted.Append("\\r");
                    break;
                case '\t':
                    quoted.Append("\\t");
                    break;
                default:
                    // Control characters, the two JavaScript line separators and lone surrogates are escaped; pairs stay as they are.
                    var pairedHigh = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                    var pairedLow = char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]);
                    if (c < ' ' || c is '\u2028' or '\u2029' || (char.IsSurrogate(c) && !pairedHigh && !pairedLow))
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        quoted.Append('"');
        return quoted.ToString();
    }

    private static void Property(StringBuilder json, string name, string? value) =>
        json.Append("      \"").Append(name).Append("\": ").Append(Quote(value)).Append(",\n");

    // One line a row: "thirdParties": [ { "name", "company", "country", "purposes", "categories", "locations", "sources" } ].
    private static void WriteThirdParties(StringBuilder json, IReadOnlyList<ThirdPartyRecipient> rows)
    {
        json.Append("  \"thirdParties\": [");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            json.Append(i == 0 ? "\n" : ",\n");
            json.Append("    { \"name\": ").Append(Quote(row.Name))
                .Append(", \"company\": ").Append(Quote(row.Company))
                .Append(", \"country\": ").Append(Quote(row.Country));
            Strings(json, "purposes", row.Purposes);
            Strings(json, "categories", row.Categories);
            Strings(json, "locations", row.Locations);
            Strings(json, "sources", SourceNames.Where(source => (row.Source & source.Source) != 0).Select(source => source.Name));
            json.Append(" }");
        }

        json.Append(rows.Count == 0 ? "]\n" : "\n  ]\n");
    }

    private static void Strings(StringBuilder json, string name, IEnumerable<string> values) =>
        json.Append(", \"").Append(name).Append("\": [").Append(string.Join(", ", values.Select(Quote))).Append(']');

    // An inventory written before the list existed has none (JsonValue.Array reads a missing array as empty).
    private static IEnumerable<ThirdPartyRecipient> ReadThirdParties(Dictionary<string, object?> root) =>
        JsonValue.Array(root, "thirdParties")
            .Select(item => JsonValue.AsObject(item, "A third party"))
            .Select(row => new ThirdPartyRecipient(
                JsonValue.String(row, "name") ?? string.Empty,
                JsonValue.String(row, "company"),
                JsonValue.String(row, "country"),
                StringArray(row, "purposes"),
                StringArray(row, "categories"),
                StringArray(row, "locations"),
                StringArray(row, "sources").Aggregate(ThirdPartySources.None, (sources, name) => sources | SourceNames.FirstOrDefault(known => known.Name == name).Source)));

    private static EquatableArray<string> StringArray(Dictionary<string, object?> obj, string name) =>
        new(JsonValue.Array(obj, name).OfType<string>());

    // A recipient's company and country are written only when declared, so that an inventory without them reads as before.
    private static void OptionalProperty(StringBuilder json, string name, string? value)
    {
        if (value is not null)
        {
            json.Append(", \"").Append(name).Append("\": ").Append(Quote(value));
        }
    }

    private static void Property(StringBuilder json, string name, bool value) =>
        json.Append("      \"").Append(name).Append("\": ").Append(value ? "true" : "false").Append(",\n");
}
