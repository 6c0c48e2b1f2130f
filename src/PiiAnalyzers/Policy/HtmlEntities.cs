using System;
using System.Collections.Generic;
using System.Globalization;

namespace PiiAnalyzers.Policy;

/// <summary>Decodes the HTML character references policies use (<c>&amp;amp;</c>, <c>&amp;nbsp;</c>, <c>&amp;#20010;</c>, <c>&amp;#x4E2A;</c>).</summary>
internal static class HtmlEntities
{
    private const int LongestName = 8;

    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["amp"] = "&",
        ["lt"] = "<",
        ["gt"] = ">",
        ["quot"] = "\"",
        ["apos"] = "'",
        ["nbsp"] = " ",
        ["ensp"] = " ",
        ["emsp"] = " ",
        ["thinsp"] = " ",
        ["ldquo"] = "\u201C",
        ["rdquo"] = "\u201D",
        ["lsquo"] = "\u2018",
        ["rsquo"] = "\u2019",
        ["laquo"] = "\u00AB",
        ["raquo"] = "\u00BB",
        ["mdash"] = "\u2014",
        ["ndash"] = "\u2013",
        ["hellip"] = "\u2026",
        ["middot"] = "\u00B7",
        ["bull"] = "\u2022",
        ["copy"] = "\u00A9",
        ["reg"] = "\u00AE",
        ["trade"] = "\u2122",
        ["times"] = "\u00D7",
        ["zwj"] = string.Empty,
        ["zwnj"] = string.Empty,
        ["shy"] = string.Empty,
    };

    /// <summary>Decodes the reference starting at <paramref name="index"/> (an '&amp;'); false when it is not one.</summary>
    public static bool TryDecode(string text, int index, out string value, out int length)
    {
        value = string.Empty;
        length = 0;
        var semicolon = -1;
        var limit = Math.Min(text.Length, index + LongestName + 3);
        for (var i = index + 1; i < limit; i++)
        {
            if (text[i] == ';')
            {
                semicolon = i;
                break;
            }

            if (!char.IsLetterOrDigit(text[i]) && text[i] != '#')
            {
                return false;
            }
        }

        if (semicolon <= index + 1)
        {
            return false;
        }

        var name = text.Substring(index + 1, semicolon - index - 1);
        length = semicolon - index + 1;
        if (name[0] == '#')
        {
            var isHex = name.Length > 1 && (name[1] == 'x' || name[1] == 'X');
            var digits = name.Substring(isHex ? 2 : 1);
            var parsed = int.TryParse(digits, isHex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var codePoint);
            if (!parsed || codePoint <= 0 || codePoint > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF)
            {
                return false;
            }

            value = char.ConvertFromUtf32(codePoint);
            return true;
        }

        return Named.TryGetValue(name.ToLowerInvariant(), out value!);
    }
}
