using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PiiAnalyzers.Inventory;

/// <summary>
/// The inventory as JSON (DESIGN.md section 5): <c>{"schemaVersion":1,"elements":[...],"customCategories":[...]}</c>.
/// One writer for the generator, the CLI and the build task, so that they print the same bytes; indented by two
/// spaces, '\n' line ends, properties in schema order, non-ASCII text as is.
/// </summary>
public static class InventoryJson
{
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
            json.Append("      \"sharedWith\": [");
            for (var r = 0; r < element.SharedWith.Count; r++)
            {
                var recipient = element.SharedWith[r];
                json.Append(r == 0 ? string.Empty : ", ");
                json.Append("{ \"name\": ").Append(Quote(recipient.Name)).Append(", \"purpose\": ").Append(Quote(recipient.Purpose)).Append(" }");
            }

            json.Append("],\n");
            json.Append("      \"location\": { \"file\": ").Append(Quote(element.File))
                .Append(", \"line\": ").Append(element.Line.ToString(CultureInfo.InvariantCulture)).Append(" }\n");
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

        json.Append(document.CustomCategories.Count == 0 ? "]\n" : "\n  ]\n");
        json.Append("}\n");
        return json.ToString();
    }

    /// <summary>Reads what <see cref="Write"/> wrote (any JSON of the same shape); throws <see cref="FormatException"/> otherwise.</summary>
    public static InventoryDocument Read(string json)
    {
        var root = new Parser(json).ParseDocument() as Dictionary<string, object?>
            ?? throw new FormatException("The inventory is not a JSON object.");
        if (!root.TryGetValue("schemaVersion", out var version) || version is not double number || number != InventoryDocument.SchemaVersion)
        {
            throw new FormatException($"The inventory has no schemaVersion {InventoryDocument.SchemaVersion}.");
        }

        var elements = new List<InventoryElement>();
        foreach (var item in Array(root, "elements"))
        {
            var element = item as Dictionary<string, object?> ?? throw new FormatException("An element is not an object.");
            var location = element.TryGetValue("location", out var value) ? value as Dictionary<string, object?> : null;
            var recipients = Array(element, "sharedWith")
                .Select(recipient => recipient as Dictionary<string, object?> ?? throw new FormatException("A recipient is not an object."))
                .Select(recipient => new InventoryRecipient(String(recipient, "name") ?? string.Empty, String(recipient, "purpose")));
            elements.Add(new InventoryElement(
                String(element, "id") ?? string.Empty,
                String(element, "type") ?? string.Empty,
                String(element, "member") ?? string.Empty,
                String(element, "category") ?? string.Empty,
                Bool(element, "sensitive"),
                String(element, "retention"),
                String(element, "purpose"),
                Bool(element, "encryptedAtRest"),
                new EquatableArray<InventoryRecipient>(recipients),
                location is null ? string.Empty : String(location, "file") ?? string.Empty,
                location is not null && location.TryGetValue("line", out var line) && line is double lineNumber ? (int)lineNumber : 0));
        }

        var categories = Array(root, "customCategories")
            .Select(item => item as Dictionary<string, object?> ?? throw new FormatException("A custom category is not an object."))
            .Select(category => new InventoryCategory(
                String(category, "id") ?? string.Empty,
                String(category, "zh") ?? string.Empty,
                String(category, "en") ?? string.Empty,
                Bool(category, "sensitive")));

        // Already in order when the generator wrote it; kept as read.
        return new InventoryDocument(new EquatableArray<InventoryElement>(elements), new EquatableArray<InventoryCategory>(categories));
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

    private static void Property(StringBuilder json, string name, bool value) =>
        json.Append("      \"").Append(name).Append("\": ").Append(value ? "true" : "false").Append(",\n");

    private static IEnumerable<object?> Array(Dictionary<string, object?> obj, string name) =>
        !obj.TryGetValue(name, out var value) || value is null ? Enumerable.Empty<object?>()
        : value as List<object?> ?? throw new FormatException($"'{name}' is not an array.");

    private static string? String(Dictionary<string, object?> obj, string name) =>
        obj.TryGetValue(name, out var value) ? value as string : null;

    private static bool Bool(Dictionary<string, object?> obj, string name) =>
        obj.TryGetValue(name, out var value) && value is true;

    /// <summary>A small JSON parser: objects, arrays, strings, numbers (as double), true, false, null.</summary>
    private sealed class Parser
    {
        private readonly string _text;
        private int _position;

        public Parser(string text)
        {
            _text = text;
        }

        public object? ParseDocument()
        {
            var value = ParseValue();
            SkipWhitespace();
            if (_position != _text.Length)
            {
                throw Error("text after the JSON value");
            }

            return value;
        }

        private object? ParseValue()
        {
            SkipWhitespace();
            if (_position >= _text.Length)
            {
                throw Error("unexpected end");
            }

            var c = _text[_position];
            switch (c)
            {
                case '{':
                    return ParseObject();
                case '[':
                    return ParseArray();
                case '"':
                    return ParseString();
                case 't':
                    return Literal("true", true);
                case 'f':
                    return Literal("false", false);
                case 'n':
                    return Literal("null", null);
                default:
                    return ParseNumber();
            }
        }

        private Dictionary<string, object?> ParseObject()
        {
            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            _position++;
            SkipWhitespace();
            if (Peek() == '}')
            {
                _position++;
                return result;
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"')
                {
                    throw Error("expected a property name");
                }

                var name = ParseString();
                SkipWhitespace();
                Expect(':');
                result[name] = ParseValue();
                SkipWhitespace();
                if (Peek() == ',')
                {
                    _position++;
                    continue;
                }

                Expect('}');
                return result;
            }
        }

        private List<object?> ParseArray()
        {
            var result = new List<object?>();
            _position++;
            SkipWhitespace();
            if (Peek() == ']')
            {
                _position++;
                return result;
            }

            while (true)
            {
                result.Add(ParseValue());
                SkipWhitespace();
                if (Peek() == ',')
                {
                    _position++;
                    continue;
                }

                Expect(']');
                return result;
            }
        }

        private string ParseString()
        {
            Expect('"');
            var result = new StringBuilder();
            while (true)
            {
                if (_position >= _text.Length)
                {
                    throw Error("unterminated string");
                }

                var c = _text[_position++];
                if (c == '"')
                {
                    return result.ToString();
                }

                if (c != '\\')
                {
                    result.Append(c);
                    continue;
                }

                if (_position >= _text.Length)
                {
                    throw Error("unterminated escape");
                }

                var escape = _text[_position++];
                switch (escape)
                {
                    case '"':
                    case '\\':
                    case '/':
                        result.Append(escape);
                        break;
                    case 'b':
                        result.Append('\b');
                        break;
                    case 'f':
                        result.Append('\f');
                        break;
                    case 'n':
                        result.Append('\n');
                        break;
                    case 'r':
                        result.Append('\r');
                        break;
                    case 't':
                        result.Append('\t');
                        break;
                    case 'u':
                        if (_position + 4 > _text.Length
                            || !int.TryParse(_text.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                        {
                            throw Error("bad \\u escape");
                        }

                        result.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        throw Error("bad escape");
                }
            }
        }

        private double ParseNumber()
        {
            var start = _position;
            while (_position < _text.Length && (char.IsDigit(_text[_position]) || _text[_position] is '-' or '+' or '.' or 'e' or 'E'))
            {
                _position++;
            }

            if (start == _position
                || !double.TryParse(_text.Substring(start, _position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                throw Error("expected a value");
            }

            return number;
        }

        private object? Literal(string word, object? value)
        {
            if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
            {
                throw Error("expected a value");
            }

            _position += word.Length;
            return value;
        }

        private void SkipWhitespace()
        {
            while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r' or '\uFEFF')
            {
                _position++;
            }
        }

        private char Peek() => _position < _text.Length ? _text[_position] : '\0';

        private void Expect(char c)
        {
            if (Peek() != c)
            {
                throw Error($"expected '{c}'");
            }

            _position++;
        }

        private FormatException Error(string what) => new($"Invalid inventory JSON at offset {_position}: {what}.");
    }
}
