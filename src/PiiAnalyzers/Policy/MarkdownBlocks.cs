using System;

namespace PiiAnalyzers.Policy;

/// <summary>
/// Tells the Markdown block markup of one line — setext and ATX headings, thematic breaks, block quotes, table rows,
/// bullets, bold — for <see cref="TextLineReader"/>, which joins lines into blocks.
/// </summary>
internal static class MarkdownBlocks
{
    private static readonly char[] Bullets = { '-', '*', '+', '•', '·', '●', '○', '▪', '■', '◆', '◇', '►', '▶', '√', '✓' };

    internal static bool IsSetextUnderline(string trimmed) => trimmed.Length >= 2 && IsRunOf(trimmed, trimmed[0]) && trimmed[0] is '=' or '-';

    internal static bool IsThematicBreak(string trimmed)
    {
        var compact = trimmed.Replace(" ", string.Empty);
        return compact.Length >= 3 && compact[0] is '-' or '*' or '_' && IsRunOf(compact, compact[0]);
    }

    private static bool IsRunOf(string text, char c)
    {
        foreach (var ch in text)
        {
            if (ch != c)
            {
                return false;
            }
        }

        return true;
    }

    internal static bool TryReadAtxHeading(string trimmed, out int level, out string text)
    {
        level = 0;
        while (level < trimmed.Length && trimmed[level] == '#')
        {
            level++;
        }

        text = string.Empty;
        if (level is < 1 or > 6 || (level < trimmed.Length && trimmed[level] != ' ' && trimmed[level] != '\t'))
        {
            return false;
        }

        var body = trimmed.Substring(level).Trim();
        var end = body.Length;
        while (end > 0 && body[end - 1] == '#')
        {
            end--;
        }

        // "## Title ##": the closing run counts only after a space; "C#" keeps its '#'.
        text = end < body.Length && (end == 0 || body[end - 1] == ' ') ? body.Substring(0, end).Trim() : body;
        return true;
    }

    internal static string StripBlockQuote(string trimmed)
    {
        var start = 0;
        while (start < trimmed.Length && (trimmed[start] == '>' || trimmed[start] == ' '))
        {
            start++;
        }

        return start == 0 ? trimmed : trimmed.Substring(start);
    }

    internal static bool IsTableRow(string content) =>
        content.Length > 1 && content[0] == '|' && content.IndexOf('|', 1) > 0;

    internal static bool IsTableSeparator(string content)
    {
        foreach (var c in content)
        {
            if (c is not ('|' or '-' or ':' or ' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text after an ordered list's marker ("2. ### 标题" gives "### 标题"), or the content itself.</summary>
    internal static string WithoutOrderedMarker(string content)
    {
        var digits = 0;
        while (digits < content.Length && digits < MaxOrderedMarkerDigits && char.IsDigit(content[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < content.Length && content[digits] is '.' or ')' && content[digits + 1] == ' '
            ? content.Substring(digits + 2)
            : content;
    }

    // CommonMark's limit on an ordered list marker's digits.
    private const int MaxOrderedMarkerDigits = 9;

    internal static bool TryStripBullet(string content, out string text)
    {
        text = content;
        if (content.Length < 2 || Array.IndexOf(Bullets, content[0]) < 0)
        {
            return false;
        }

        // "**bold**" starts with '*' too, and "-1" is a number: a bullet is followed by white space (or is a symbol bullet).
        var isSymbol = content[0] is not ('-' or '*' or '+');
        if (!isSymbol && content[1] != ' ' && content[1] != '\t')
        {
            return false;
        }

        text = content.Substring(1).TrimStart();
        return true;
    }

    // "**标题**", and "**1.** **我们收集的信息**": every word inside a bold run, only white space between the runs.
    internal static bool IsWhollyBold(string content)
    {
        if (content.Length <= 4 || !(content.StartsWith("**", StringComparison.Ordinal) || content.StartsWith("__", StringComparison.Ordinal))
            || !(content.EndsWith("**", StringComparison.Ordinal) || content.EndsWith("__", StringComparison.Ordinal)))
        {
            return false;
        }

        var marker = content.Substring(0, 2);
        var parts = content.Split(new[] { marker }, StringSplitOptions.None);
        for (var i = 0; i < parts.Length; i += 2)
        {
            if (parts[i].Trim().Length > 0)
            {
                return false;
            }
        }

        return parts.Length % 2 == 1;
    }

    // A line as a heading reads without its Markdown: "**1.** **我们收集的信息**" and "1\. 我们收集的信息" are numbered.
    internal static string WithoutEmphasis(string content, bool isMarkdown)
    {
        if (!isMarkdown || (content.IndexOf('*') < 0 && content.IndexOf('\\') < 0 && content.IndexOf("__", StringComparison.Ordinal) < 0))
        {
            return content;
        }

        return content.Replace("**", string.Empty).Replace("__", string.Empty).Replace("\\.", ".").Replace("\\、", "、").Trim();
    }

    /// <summary>Whether the line's last word is a web address ("https://www.getui.com/privacy", "&lt;https://…&gt;").</summary>
    public static bool EndsInWebAddress(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] is '>' or ')' or '）')
        {
            end--;
        }

        var start = end;
        while (start > 0 && line[start - 1] > ' ' && line[start - 1] < '\u007F' && line[start - 1] != '<' && line[start - 1] != '(')
        {
            start--;
        }

        // "https://terms.aliyun.com/legal-" goes on on the next line ("…?appKey=" does not: an empty value ends some addresses).
        return end > start && line[end - 1] != '-'
            && (string.Compare(line, start, "www.", 0, 4, StringComparison.OrdinalIgnoreCase) == 0 || HasScheme(line, start, end));
    }

    // "https://…", and an app's own scheme ("butter://camera/web?url=…") that policies shown in an app link to.
    private static bool HasScheme(string line, int start, int end)
    {
        var scheme = line.IndexOf("://", start, end - start, StringComparison.Ordinal);
        if (scheme <= start)
        {
            return false;
        }

        for (var i = start; i < scheme; i++)
        {
            if (!(char.IsLetter(line[i]) || (i > start && (char.IsDigit(line[i]) || line[i] is '+' or '.' or '-'))))
            {
                return false;
            }
        }

        return true;
    }
}
