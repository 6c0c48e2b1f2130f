using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text;

namespace PiiAnalyzers.Policy;

/// <summary>
/// Reads HTML into blocks: tags removed, script/style/head content dropped, character references decoded, block
/// elements (p, div, li, tr, h1–h6, br...) ending a block, table cells joined by " | ". Every character keeps the line
/// of the original file it came from.
/// </summary>
internal sealed class HtmlLineReader
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "thead", "tbody", "tfoot", "caption", "section", "article",
        "header", "footer", "nav", "main", "aside", "blockquote", "pre", "dd", "dt", "dl", "hr", "form", "fieldset",
        "figure", "figcaption", "address", "details", "summary", "body", "html", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    // Elements whose content is not policy text.
    private static readonly HashSet<string> SkippedContentTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "svg", "iframe", "object", "select", "button",
    };

    private readonly string _html;
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly List<PolicyLine> _blocks = new();
    private readonly PolicyLineBuilder _builder = new();
    private int _nextTagEnd = -1;
    private int _boldDepth;
    private int _boldCharacters;
    private int _plainCharacters;
    private int _pendingSpaceOffset = -1;

    // "&thetasym;" and "&#x10FFFF;" are the longest references: a ';' further on ends no reference.
    private const int MaxReferenceLength = 12;

    private HtmlLineReader(string html)
    {
        _html = html;
        for (var i = 0; i < html.Length; i++)
        {
            if (html[i] == '\n' || (html[i] == '\r' && (i + 1 >= html.Length || html[i + 1] != '\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public static List<PolicyLine> Read(string html)
    {
        var reader = new HtmlLineReader(html);
        reader.ReadAll();
        return reader._blocks;
    }

    /// <summary>
    /// Decodes the character reference starting at <paramref name="index"/> (an '&amp;': <c>&amp;amp;</c>,
    /// <c>&amp;nbsp;</c>, <c>&amp;#20010;</c>, <c>&amp;#x4E2A;</c>) with <see cref="WebUtility.HtmlDecode(string)"/>; false
    /// when none starts there. Invisible format characters it decodes to (<c>&amp;zwj;</c>, <c>&amp;shy;</c>) are dropped, so
    /// that they cannot split a word.
    /// </summary>
    internal static bool TryDecodeReference(string text, int index, out string value, out int length)
    {
        value = string.Empty;
        length = 0;
        var limit = Math.Min(text.Length, index + MaxReferenceLength);
        for (var i = index + 1; i < limit; i++)
        {
            var c = text[i];
            if (c == ';')
            {
                var reference = text.Substring(index, i - index + 1);
                var decoded = i > index + 1 ? WebUtility.HtmlDecode(reference) : reference;
                if (decoded == reference)
                {
                    return false;
                }

                value = WithoutFormatCharacters(decoded);
                length = reference.Length;
                return true;
            }

            if (!char.IsLetterOrDigit(c) && c != '#')
            {
                return false;
            }
        }

        return false;
    }

    private static string WithoutFormatCharacters(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    private void ReadAll()
    {
        var i = 0;
        while (i < _html.Length)
        {
            var c = _html[i];
            if (c == '<')
            {
                i = ReadMarkup(i);
                continue;
            }

            if (c == '&' && TryDecodeReference(_html, i, out var decoded, out var length))
            {
                foreach (var d in decoded)
                {
                    AppendText(d, i);
                }

                i += length;
                continue;
            }

            AppendText(c, i);
            i++;
        }

        Flush();
    }

    // Returns the index after the markup that starts at '<'; a '<' that starts no markup is text.
    private int ReadMarkup(int open)
    {
        if (StartsWith(open, "<!--"))
        {
            var end = _html.IndexOf("-->", open + 4, StringComparison.Ordinal);
            return end < 0 ? _html.Length : end + 3;
        }

        var next = open + 1 < _html.Length ? _html[open + 1] : '\0';
        if (!(IsAsciiLetter(next) || next is '/' or '!' or '?'))
        {
            AppendText('<', open);
            return open + 1;
        }

        var close = FindTagEnd(open);
        if (close < 0)
        {
            AppendText('<', open);
            return open + 1;
        }

        var isClosing = next == '/';
        var nameStart = isClosing ? open + 2 : open + 1;
        var nameEnd = nameStart;
        while (nameEnd < close && (char.IsLetterOrDigit(_html[nameEnd]) || _html[nameEnd] == '-'))
        {
            nameEnd++;
        }

        var name = _html.Substring(nameStart, nameEnd - nameStart);
        if (!isClosing && SkippedContentTags.Contains(name) && _html[close - 1] != '/')
        {
            var end = _html.IndexOf("</" + name, close, StringComparison.OrdinalIgnoreCase);
            if (end < 0)
            {
                return _html.Length;
            }

            var endClose = FindTagEnd(end);
            return endClose < 0 ? _html.Length : endClose + 1;
        }

        OnTag(name, isClosing, open);
        return close + 1;
    }

    // The next '>' is remembered, so that many '<' without one cannot make reading quadratic.
    private int FindTagEnd(int open)
    {
        if (_nextTagEnd != int.MaxValue && _nextTagEnd <= open)
        {
            var found = _html.IndexOf('>', open + 1);
            _nextTagEnd = found < 0 ? int.MaxValue : found;
        }

        return _nextTagEnd == int.MaxValue ? -1 : _nextTagEnd;
    }

    private void OnTag(string name, bool isClosing, int offset)
    {
        var lower = name.ToLowerInvariant();
        switch (lower)
        {
            case "strong" or "b":
                _boldDepth = Math.Max(0, _boldDepth + (isClosing ? -1 : 1));
                return;
            case "td" or "th":
                if (!isClosing && _builder.Length > 0)
                {
                    AppendSeparator(" | ", offset);
                }

                return;
        }

        if (!BlockTags.Contains(lower))
        {
            // Inline elements (span, a, em) separate words only when white space does.
            return;
        }

        Flush();
        if (isClosing)
        {
            return;
        }

        if (lower.Length == 2 && lower[0] == 'h' && lower[1] is >= '1' and <= '6')
        {
            _builder.Kind = PolicyLineKind.Heading;
            _builder.HeadingLevel = lower[1] - '0';
        }
        else if (lower == "li")
        {
            _builder.Kind = PolicyLineKind.ListItem;
        }
        else if (lower == "tr")
        {
            _builder.Kind = PolicyLineKind.TableRow;
        }
    }

    private void AppendText(char c, int offset)
    {
        if (char.IsWhiteSpace(c) || c == '\u200B')
        {
            // White space collapses to one space, written only once the next word shows it is needed.
            _pendingSpaceOffset = _builder.Length > 0 && _pendingSpaceOffset < 0 ? offset : _pendingSpaceOffset;
            return;
        }

        // Two Chinese characters on either side of a wrapped line in the source join without a space.
        if (_pendingSpaceOffset >= 0 && !(TextLineReader.IsCjk(c) && TextLineReader.IsCjk(_builder.LastChar)))
        {
            _builder.Append(' ', LineOf(_pendingSpaceOffset));
        }

        _pendingSpaceOffset = -1;
        _builder.Append(c, LineOf(offset));
        if (_boldDepth > 0)
        {
            _boldCharacters++;
        }
        else
        {
            _plainCharacters++;
        }
    }

    private void AppendSeparator(string separator, int offset)
    {
        _pendingSpaceOffset = -1;
        _builder.Append(separator, LineOf(offset));
    }

    private void Flush()
    {
        _builder.IsEmphasized = _boldCharacters > 0 && _plainCharacters == 0;
        if (_builder.Build() is { } line)
        {
            _blocks.Add(line);
        }

        _boldCharacters = 0;
        _plainCharacters = 0;
        _pendingSpaceOffset = -1;
    }

    private int LineOf(int offset)
    {
        var low = 0;
        var high = _lineStarts.Count - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (_lineStarts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low + 1;
    }

    private bool StartsWith(int index, string value) =>
        string.CompareOrdinal(_html, index, value, 0, value.Length) == 0;

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
