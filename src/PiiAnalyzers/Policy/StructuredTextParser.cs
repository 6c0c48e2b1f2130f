using System;
using System.Collections.Generic;
using System.Text;

namespace PiiAnalyzers.Policy;

/// <summary>
/// Small tolerant readers for structured declarations: JSON (comments and trailing commas allowed) and the block subset
/// of YAML (maps, "- " lists, flow lists <c>[a, b]</c>, quoted and plain scalars, comments). Nesting is limited, so that
/// no input can exhaust the stack.
/// </summary>
internal static class StructuredTextParser
{
    private const int MaxDepth = 64;

    public static StructuredNode? ParseJson(string text, out string? error, out int errorLine)
    {
        var parser = new JsonParser(text);
        var node = parser.ParseDocument();
        error = parser.Error;
        errorLine = parser.ErrorLine;
        return error is null ? node : null;
    }

    public static StructuredNode? ParseYaml(string text, out string? error, out int errorLine)
    {
        var lines = new List<(int Number, int Indent, string Content)>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var content = StripComment(raw.TrimEnd('\r', ' ', '\t'));
            var trimmed = content.TrimStart(' ');
            if (trimmed.Length == 0 || trimmed is "---" or "...")
            {
                continue;
            }

            lines.Add((number, content.Length - trimmed.Length, trimmed));
        }

        error = null;
        errorLine = 1;
        if (lines.Count == 0)
        {
            return StructuredNode.ForMap(1);
        }

        var index = 0;
        var node = ParseYamlBlock(lines, ref index, lines[0].Indent, 0);
        if (index < lines.Count)
        {
            error = "unexpected indentation";
            errorLine = lines[index].Number;
            return null;
        }

        return node;
    }

    private static StructuredNode ParseYamlBlock(List<(int Number, int Indent, string Content)> lines, ref int index, int indent, int depth)
    {
        var first = lines[index];
        var isList = first.Content.StartsWith("- ", StringComparison.Ordinal) || first.Content == "-";
        var node = isList ? StructuredNode.ForList(first.Number) : StructuredNode.ForMap(first.Number);
        while (index < lines.Count && lines[index].Indent == indent)
        {
            var (number, _, content) = lines[index];
            if (isList)
            {
                if (!(content.StartsWith("- ", StringComparison.Ordinal) || content == "-"))
                {
                    break;
                }

                var itemText = content.Substring(1).TrimStart(' ');
                var itemIndent = indent + (content.Length - itemText.Length);
                if (itemText.Length > 0 && FindKeySeparator(itemText) > 0)
                {
                    // "- id: x" starts a map whose other keys are indented to align with "id".
                    lines[index] = (number, itemIndent, itemText);
                    if (depth >= MaxDepth)
                    {
                        index++;
                        node.Items!.Add(StructuredNode.ForScalar(number, itemText));
                        continue;
                    }

                    node.Items!.Add(ParseYamlBlock(lines, ref index, itemIndent, depth + 1));
                    continue;
                }

                index++;
                node.Items!.Add(itemText.Length > 0 ? ParseScalarOrFlow(itemText, number) : ParseNested(lines, ref index, indent, number, depth));
                continue;
            }

            var separator = FindKeySeparator(content);
            if (separator <= 0)
            {
                break;
            }

            var key = Unquote(content.Substring(0, separator).Trim());
            var valueText = content.Substring(separator + 1).Trim();
            index++;
            var value = valueText.Length > 0 ? ParseScalarOrFlow(valueText, number) : ParseNested(lines, ref index, indent, number, depth);
            node.Entries!.Add(new KeyValuePair<string, StructuredNode>(key, value));
        }

        return node;
    }

    private static StructuredNode ParseNested(List<(int Number, int Indent, string Content)> lines, ref int index, int indent, int line, int depth)
    {
        if (index < lines.Count && depth < MaxDepth
            && (lines[index].Indent > indent || (lines[index].Indent == indent && lines[index].Content.StartsWith("- ", StringComparison.Ordinal))))
        {
            return ParseYamlBlock(lines, ref index, lines[index].Indent, depth + 1);
        }

        return StructuredNode.ForScalar(line, string.Empty);
    }

    private static StructuredNode ParseScalarOrFlow(string text, int line)
    {
        if (text.Length >= 2 && text[0] == '[' && text[text.Length - 1] == ']')
        {
            var list = StructuredNode.ForList(line);
            foreach (var part in text.Substring(1, text.Length - 2).Split(','))
            {
                if (part.Trim().Length > 0)
                {
                    list.Items!.Add(StructuredNode.ForScalar(line, Unquote(part.Trim())));
                }
            }

            return list;
        }

        return StructuredNode.ForScalar(line, Unquote(text));
    }

    // The ':' that ends a key: followed by a space or the end, outside quotes ("http://x" is not a key).
    private static int FindKeySeparator(string content)
    {
        var quote = '\0';
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && i == 0)
            {
                quote = c;
            }
            else if (c == ':' && (i + 1 == content.Length || content[i + 1] == ' '))
            {
                return i;
            }
            else if (c is '[' or '{' && i == 0)
            {
                return -1;
            }
        }

        return -1;
    }

    private static string StripComment(string line)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || line[i - 1] == ' '))
            {
                return line.Substring(0, i);
            }
        }

        return line;
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && text[0] is '"' or '\'' && text[text.Length - 1] == text[0] ? text.Substring(1, text.Length - 2) : text;

    private sealed class JsonParser
    {
        private readonly string _text;
        private int _position;
        private int _line = 1;

        public JsonParser(string text)
        {
            _text = text;
        }

        public string? Error { get; private set; }

        public int ErrorLine { get; private set; } = 1;

        public StructuredNode? ParseDocument()
        {
            SkipWhiteSpace();
            var node = ParseValue(0);
            SkipWhiteSpace();
            if (Error is null && _position < _text.Length)
            {
                Fail("unexpected text after the end of the value");
            }

            return node;
        }

        private StructuredNode? ParseValue(int depth)
        {
            if (depth > MaxDepth)
            {
                return Fail("nested too deeply");
            }

            SkipWhiteSpace();
            if (_position >= _text.Length)
            {
                return Fail("unexpected end of text");
            }

            var c = _text[_position];
            return c switch
            {
                '{' => ParseObject(depth),
                '[' => ParseArray(depth),
                '"' => ParseString() is { } text ? StructuredNode.ForScalar(_line, text) : null,
                _ => ParseBareWord(),
            };
        }

        private StructuredNode? ParseObject(int depth)
        {
            var node = StructuredNode.ForMap(_line);
            _position++;
            while (true)
            {
                SkipWhiteSpace();
                if (_position < _text.Length && _text[_position] == '}')
                {
                    _position++;
                    return node;
                }

                if (_position >= _text.Length || _text[_position] != '"')
                {
                    return Fail("expected a quoted key or '}'");
                }

                var key = ParseString();
                SkipWhiteSpace();
                if (key is null || _position >= _text.Length || _text[_position] != ':')
                {
                    return Fail("expected ':' after a key");
                }

                _position++;
                var value = ParseValue(depth + 1);
                if (value is null)
                {
                    return null;
                }

                node.Entries!.Add(new KeyValuePair<string, StructuredNode>(key, value));
                if (!SkipComma('}'))
                {
                    return Fail("expected ',' or '}'");
                }
            }
        }

        private StructuredNode? ParseArray(int depth)
        {
            var node = StructuredNode.ForList(_line);
            _position++;
            while (true)
            {
                SkipWhiteSpace();
                if (_position < _text.Length && _text[_position] == ']')
                {
                    _position++;
                    return node;
                }

                var value = ParseValue(depth + 1);
                if (value is null)
                {
                    return null;
                }

                node.Items!.Add(value);
                if (!SkipComma(']'))
                {
                    return Fail("expected ',' or ']'");
                }
            }
        }

        // After a member: a comma (a trailing one is tolerated) or the closing bracket, left for the caller.
        private bool SkipComma(char close)
        {
            SkipWhiteSpace();
            if (_position < _text.Length && _text[_position] == ',')
            {
                _position++;
                return true;
            }

            return _position < _text.Length && _text[_position] == close;
        }

        private string? ParseString()
        {
            var builder = new StringBuilder();
            _position++;
            while (_position < _text.Length)
            {
                var c = _text[_position++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c == '\n')
                {
                    _line++;
                }

                if (c != '\\' || _position >= _text.Length)
                {
                    builder.Append(c);
                    continue;
                }

                var escaped = _text[_position++];
                if (escaped == 'u' && _position + 4 <= _text.Length
                    && int.TryParse(_text.Substring(_position, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code))
                {
                    builder.Append((char)code);
                    _position += 4;
                    continue;
                }

                builder.Append(escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', _ => escaped });
            }

            Fail("unterminated string");
            return null;
        }

        private StructuredNode? ParseBareWord()
        {
            var start = _position;
            while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] is '-' or '+' or '.'))
            {
                _position++;
            }

            return _position == start ? Fail($"unexpected '{_text[start]}'") : StructuredNode.ForScalar(_line, _text.Substring(start, _position - start));
        }

        private void SkipWhiteSpace()
        {
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c == '\n')
                {
                    _line++;
                    _position++;
                }
                else if (char.IsWhiteSpace(c) || c == '\uFEFF')
                {
                    _position++;
                }
                else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
                {
                    while (_position < _text.Length && _text[_position] != '\n')
                    {
                        _position++;
                    }
                }
                else
                {
                    return;
                }
            }
        }

        private StructuredNode? Fail(string message)
        {
            if (Error is null)
            {
                Error = message;
                ErrorLine = _line;
            }

            return null;
        }
    }
}
