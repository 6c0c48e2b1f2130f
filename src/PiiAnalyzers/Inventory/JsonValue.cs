using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PiiAnalyzers.Inventory;

/// <summary>
/// A small JSON reader for the inventory's JSON: objects (as dictionaries), arrays (as lists), strings, numbers (as
/// double), true, false and null. <c>InventoryJson</c> reads with it in the CLI and the build task; the attributes
/// library compiles it in too, to read the inventory at run time. None of them may depend on a JSON package.
/// </summary>
internal static class JsonValue
{
    /// <summary>The value of a JSON text; throws <see cref="FormatException"/> when the text is not JSON.</summary>
    public static object? Parse(string text) => new Parser(text).ParseDocument();

    /// <summary>The elements of an object's array property; none when the property is absent or null.</summary>
    public static IEnumerable<object?> Array(Dictionary<string, object?> obj, string name) =>
        !obj.TryGetValue(name, out var value) || value is null ? System.Array.Empty<object?>()
        : value as List<object?> ?? throw new FormatException($"'{name}' is not an array.");

    /// <summary>An object's object property; null when the property is absent or not an object.</summary>
    public static Dictionary<string, object?>? Object(Dictionary<string, object?> obj, string name) =>
        obj.TryGetValue(name, out var value) ? value as Dictionary<string, object?> : null;

    /// <summary>An array element that must be an object.</summary>
    public static Dictionary<string, object?> AsObject(object? value, string what) =>
        value as Dictionary<string, object?> ?? throw new FormatException($"{what} is not an object.");

    /// <summary>An object's string property; null when the property is absent or not a string.</summary>
    public static string? String(Dictionary<string, object?> obj, string name) =>
        obj.TryGetValue(name, out var value) ? value as string : null;

    /// <summary>An object's boolean property; false unless the property is <c>true</c>.</summary>
    public static bool Bool(Dictionary<string, object?> obj, string name) =>
        obj.TryGetValue(name, out var value) && value is true;

    /// <summary>An object's boolean property that may be left out; null when it is absent or not a boolean.</summary>
    public static bool? OptionalBool(Dictionary<string, object?> obj, string name) =>
        obj.TryGetValue(name, out var value) && value is bool flag ? flag : null;

    /// <summary>An object's integer property; 0 when the property is absent or not a number.</summary>
    public static int Int(Dictionary<string, object?> obj, string name) =>
        obj.TryGetValue(name, out var value) && value is double number ? (int)number : 0;

    private sealed class Parser
    {
        private readonly string _text;
        private int _position;

        public Parser(string text)
        {
            _text = text ?? throw new ArgumentNullException(nameof(text));
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

            switch (_text[_position])
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
