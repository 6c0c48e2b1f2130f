using System;

namespace PiiAnalyzers.Policy;

/// <summary>The numbering in front of a heading or list item, such as "三、", "（二）", "1.2.1", "第五条" or "Section 4"; or the
/// brackets around a whole heading, "【我们收集的信息】".</summary>
/// <param name="Style">Which numbering scheme: headings of one scheme are siblings; a new scheme nests.</param>
/// <param name="Number">The number itself (for the last component of "1.2.1").</param>
/// <param name="Title">The text after the numbering.</param>
internal readonly record struct Numbering(string Style, int Number, string Title);

internal static class HeadingNumbering
{
    private const int MaxDigits = 3;

    public static bool TryParse(string text, out Numbering numbering)
    {
        numbering = default;
        if (text.Length == 0)
        {
            return false;
        }

        return TryChapter(text, out numbering)
            || TryParenthesized(text, out numbering)
            || TryChineseNumeral(text, out numbering)
            || TryArabic(text, out numbering)
            || TryCircled(text, out numbering)
            || TryEnglishSection(text, out numbering)
            || TryLetterOrRoman(text, out numbering)
            || TryBracketed(text, out numbering);
    }

    /// <summary>The value of a Chinese numeral such as 十二 or 二十五, or of Arabic digits; 0 when it is neither.</summary>
    public static int ParseNumber(string digits)
    {
        if (digits.Length == 0)
        {
            return 0;
        }

        if (char.IsDigit(digits[0]))
        {
            return digits.Length <= 6 && int.TryParse(digits, out var value) ? value : 0;
        }

        var total = 0;
        var current = 0;
        foreach (var c in digits)
        {
            var digit = ChineseDigit(c);
            if (digit >= 0)
            {
                current = digit;
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else if (c == '百')
            {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
            else
            {
                return 0;
            }
        }

        return total + current;
    }

    public static bool IsChineseNumeral(char c) => ChineseDigit(c) >= 0 || c is '十' or '百';

    private static int ChineseDigit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static bool TryChapter(string text, out Numbering numbering)
    {
        numbering = default;
        if (text[0] != '第')
        {
            return false;
        }

        var end = 1;
        while (end < text.Length && end < 8 && (IsChineseNumeral(text[end]) || char.IsDigit(text[end])))
        {
            end++;
        }

        if (end == 1 || end >= text.Length || text[end] is not ('章' or '节' or '条' or '部' or '篇'))
        {
            return false;
        }

        var unit = text[end];
        var titleStart = end + 1;
        if (unit == '部' && titleStart < text.Length && text[titleStart] == '分')
        {
            titleStart++;
        }

        numbering = new Numbering("第" + unit, ParseNumber(text.Substring(1, end - 1)), Rest(text, titleStart));
        return true;
    }

    private static bool TryParenthesized(string text, out Numbering numbering)
    {
        numbering = default;
        if (text[0] is not ('（' or '('))
        {
            return false;
        }

        var end = 1;
        while (end < text.Length && end < 6 && (IsChineseNumeral(text[end]) || char.IsDigit(text[end]) || IsAsciiLetter(text[end])))
        {
            end++;
        }

        if (end == 1 || end >= text.Length || text[end] is not ('）' or ')'))
        {
            return false;
        }

        var inside = text.Substring(1, end - 1);
        string style;
        int number;
        if (char.IsDigit(inside[0]))
        {
            style = "(1)";
            number = ParseNumber(inside);
        }
        else if (IsChineseNumeral(inside[0]))
        {
            style = "(一)";
            number = ParseNumber(inside);
        }
        else if (inside.Length == 1)
        {
            style = char.IsUpper(inside[0]) ? "(A)" : "(a)";
            number = char.ToLowerInvariant(inside[0]) - 'a' + 1;
        }
        else
        {
            return false;
        }

        if (number <= 0)
        {
            return false;
        }

        numbering = new Numbering(style, number, Rest(text, end + 1));
        return true;
    }

    private static bool TryChineseNumeral(string text, out Numbering numbering)
    {
        numbering = default;
        var end = 0;
        while (end < text.Length && end < 5 && IsChineseNumeral(text[end]))
        {
            end++;
        }

        if (end == 0 || end >= text.Length || text[end] is not ('、' or '.' or '．' or '，'))
        {
            return false;
        }

        var number = ParseNumber(text.Substring(0, end));
        if (number <= 0)
        {
            return false;
        }

        numbering = new Numbering("一、", number, Rest(text, end + 1));
        return true;
    }

    private static bool TryArabic(string text, out Numbering numbering)
    {
        numbering = default;
        var end = 0;
        var components = 0;
        var last = 0;
        while (true)
        {
            var start = end;
            while (end < text.Length && end - start <= MaxDigits && char.IsDigit(text[end]))
            {
                end++;
            }

            if (end == start || end - start > MaxDigits)
            {
                return false;
            }

            components++;
            last = ParseNumber(text.Substring(start, end - start));

            // "1.2.3": another component follows a dot directly.
            if (end + 1 < text.Length && text[end] is '.' or '．' && char.IsDigit(text[end + 1]) && components < 6)
            {
                end++;
                continue;
            }

            break;
        }

        if (end >= text.Length)
        {
            return components > 1 && Found(components, last, text, end, out numbering);
        }

        var separator = text[end];
        if (components > 1)
        {
            // "1.2.1 标题", "1.2.1. 标题", "1.2、标题"; "1.5GB" is a quantity.
            var afterSeparator = separator is '.' or '．' or '、' ? end + 1 : end;
            var isSeparated = afterSeparator > end || char.IsWhiteSpace(separator) || TextLineReader.IsCjk(separator);
            return isSeparated && Found(components, last, text, afterSeparator, out numbering);
        }

        if (separator is '、' or '．')
        {
            numbering = new Numbering("1.", last, Rest(text, end + 1));
            return last > 0;
        }

        if (separator == '.')
        {
            // "1. Title" and "1.标题", but not "3.5" (handled above) or "1.x".
            var next = end + 1 < text.Length ? text[end + 1] : ' ';
            if (!(char.IsWhiteSpace(next) || TextLineReader.IsCjk(next) || !IsAsciiLetter(next)))
            {
                return false;
            }

            numbering = new Numbering("1.", last, Rest(text, end + 1));
            return last > 0;
        }

        // "1 我们收集的信息", "2 Sharing": a space, then a word that is not a unit ("3 个月" is a quantity).
        if (separator == ' ' && end + 1 < text.Length && (char.IsUpper(text[end + 1]) || (TextLineReader.IsCjk(text[end + 1]) && text[end + 1] is not ('个' or '天' or '年' or '月' or '日' or '周' or '小' or '分' or '秒' or '次' or '条' or '项' or '种' or '位' or '名' or '家' or '岁'))))
        {
            numbering = new Numbering("1 ", last, Rest(text, end + 1));
            return last > 0;
        }

        if (separator is ')' or '）')
        {
            numbering = new Numbering("1)", last, Rest(text, end + 1));
            return last > 0;
        }

        return false;
    }

    private static bool Found(int components, int last, string text, int titleStart, out Numbering numbering)
    {
        numbering = new Numbering("1.1" + new string('.', components - 2), last, Rest(text, titleStart));
        return true;
    }

    private static bool TryCircled(string text, out Numbering numbering)
    {
        numbering = default;
        if (text[0] is < '\u2460' or > '\u2473')
        {
            return false;
        }

        numbering = new Numbering("①", text[0] - '\u2460' + 1, Rest(text, 1));
        return true;
    }

    private static bool TryEnglishSection(string text, out Numbering numbering)
    {
        numbering = default;
        foreach (var word in new[] { "Section", "Article", "Chapter", "Part" })
        {
            if (text.Length > word.Length + 1
                && text.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && text[word.Length] == ' '
                && char.IsDigit(text[word.Length + 1]))
            {
                var end = word.Length + 1;
                while (end < text.Length && char.IsDigit(text[end]) && end - word.Length <= MaxDigits)
                {
                    end++;
                }

                numbering = new Numbering(word.ToLowerInvariant(), ParseNumber(text.Substring(word.Length + 1, end - word.Length - 1)), Rest(text, end));
                return true;
            }
        }

        return false;
    }

    // "A. Title", "b) item", "IV. Title": a space must follow, so that "e.g." and "I. e." stay words.
    private static bool TryLetterOrRoman(string text, out Numbering numbering)
    {
        numbering = default;
        var end = 0;
        while (end < text.Length && end < 5 && text[end] is 'I' or 'V' or 'X')
        {
            end++;
        }

        if (end > 0 && end + 1 < text.Length && text[end] == '.' && text[end + 1] == ' ')
        {
            numbering = new Numbering("I.", RomanValue(text.Substring(0, end)), Rest(text, end + 1));
            return true;
        }

        if (text.Length > 2 && IsAsciiLetter(text[0]) && text[1] is '.' or ')' && text[2] == ' ')
        {
            var style = char.IsUpper(text[0]) ? "A." : "a.";
            numbering = new Numbering(style, char.ToLowerInvariant(text[0]) - 'a' + 1, Rest(text, 2));
            return true;
        }

        return false;
    }

    // "【我们收集的信息】": the whole line in brackets; "【重要】请阅读…" is a sentence with a label. Bracketed headings have no
    // number, so each is a sibling of the one before.
    private static bool TryBracketed(string text, out Numbering numbering)
    {
        numbering = default;
        if (text.Length < 3 || text[0] != '【' || text.IndexOf('】') != text.Length - 1)
        {
            return false;
        }

        numbering = new Numbering("【】", 0, text.Substring(1, text.Length - 2).Trim());
        return true;
    }

    private static int RomanValue(string roman)
    {
        var total = 0;
        for (var i = 0; i < roman.Length; i++)
        {
            var value = roman[i] switch { 'I' => 1, 'V' => 5, _ => 10 };
            var next = i + 1 < roman.Length ? roman[i + 1] switch { 'I' => 1, 'V' => 5, _ => 10 } : 0;
            total += value < next ? -value : value;
        }

        return total;
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static string Rest(string text, int start)
    {
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] is '、' or ':' or '：' or '.' or '．'))
        {
            start++;
        }

        return start >= text.Length ? string.Empty : text.Substring(start).Trim();
    }
}
