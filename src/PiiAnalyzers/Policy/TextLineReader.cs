using System;
using System.Collections.Generic;

namespace PiiAnalyzers.Policy;

/// <summary>
/// Reads Markdown and plain text into blocks: front matter skipped, <c>#</c> and setext headings, list items, table rows
/// (cells joined by " | "), inline markup removed, and soft-wrapped lines joined into their paragraph.
/// </summary>
internal static class TextLineReader
{
    // Link and tag searches look this far ahead at most, so that unclosed brackets cannot make reading quadratic.
    private const int InlineLookAhead = 300;

    public static List<PolicyLine> Read(string text, bool isMarkdown)
    {
        var physicalLines = SplitLines(text);
        var blocks = new List<PolicyLine>();
        var builder = new PolicyLineBuilder();
        var first = SkipFrontMatter(physicalLines);
        var inFence = false;
        var blockFirstLine = string.Empty;
        var blockLineCount = 0;
        var lineEndsInLink = false;
        for (var index = first; index < physicalLines.Count; index++)
        {
            var raw = physicalLines[index];
            var lineNumber = index + 1;
            var trimmed = raw.Trim();
            if (isMarkdown && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                inFence = !inFence;
                Flush(builder, blocks);
                continue;
            }

            if (trimmed.Length == 0)
            {
                Flush(builder, blocks);
                continue;
            }

            if (!inFence && isMarkdown && MarkdownBlocks.IsSetextUnderline(trimmed) && builder.Length > 0 && builder.Kind == PolicyLineKind.Paragraph)
            {
                // Only a line that reads like a heading becomes one: policies copied from web pages put "==========" under
                // whole paragraphs as separators, and a paragraph read as a heading would hide the section it is in.
                if (blockLineCount == 1 && SectionBuilder.LooksLikeHeading(blockFirstLine, SectionBuilder.MaxChineseHeadingLength))
                {
                    builder.Kind = PolicyLineKind.Heading;
                    builder.HeadingLevel = trimmed[0] == '=' ? 1 : 2;
                }

                Flush(builder, blocks);
                continue;
            }

            // A rule of '=' or '-' separates blocks in plain text too ("==========" between the sections of a copied policy);
            // read as text it would join the heading below it into one paragraph.
            if (!inFence && (MarkdownBlocks.IsThematicBreak(trimmed) || (MarkdownBlocks.IsSetextUnderline(trimmed) && trimmed.Length >= 3)))
            {
                Flush(builder, blocks);
                continue;
            }

            if (!inFence && isMarkdown && MarkdownBlocks.TryReadAtxHeading(trimmed, out var level, out var headingText))
            {
                AddHeading(builder, blocks, level, headingText, lineNumber);
                continue;
            }

            var content = isMarkdown ? MarkdownBlocks.StripBlockQuote(trimmed) : trimmed;
            if (!inFence && MarkdownBlocks.IsTableRow(content))
            {
                Flush(builder, blocks);
                if (!MarkdownBlocks.IsTableSeparator(content))
                {
                    builder.Kind = PolicyLineKind.TableRow;
                    AppendTableRow(builder, content, lineNumber, isMarkdown);
                    Flush(builder, blocks);
                }

                continue;
            }

            var isBullet = MarkdownBlocks.TryStripBullet(content, out var bulletText);

            // "1. ### 1、您的信息的访问、更改、删除及账号注销": a heading written inside a list item is a heading.
            if (!inFence && isMarkdown && MarkdownBlocks.TryReadAtxHeading((isBullet ? bulletText : MarkdownBlocks.WithoutOrderedMarker(content)).Trim(), out var itemLevel, out var itemHeading))
            {
                AddHeading(builder, blocks, itemLevel, itemHeading, lineNumber);
                continue;
            }

            var isNumbered = !isBullet && HeadingNumbering.TryParse(MarkdownBlocks.WithoutEmphasis(content, isMarkdown), out _);
            if (isBullet || isNumbered)
            {
                Flush(builder, blocks);
                builder.Kind = PolicyLineKind.ListItem;
                builder.IsEmphasized = isMarkdown && MarkdownBlocks.IsWhollyBold(isBullet ? bulletText : content);
                AppendInline(builder, isBullet ? bulletText : content, lineNumber, isMarkdown);
                blockFirstLine = isBullet ? bulletText : content;
                blockLineCount = 1;
                lineEndsInLink = MarkdownBlocks.EndsInWebAddress(content);
                continue;
            }

            // A line that ends in a web address ends its sentence: SDK lists put "推送：个推隐私协议" and its address on lines of
            // their own without punctuation, and joined to the next row they would give one SDK another's data.
            if (builder.Length > 0 && (lineEndsInLink || !ContinuesBlock(builder, blockFirstLine, blockLineCount, isMarkdown)))
            {
                Flush(builder, blocks);
            }

            if (builder.Length == 0)
            {
                blockFirstLine = content;
                blockLineCount = 0;
            }

            blockLineCount++;

            if (builder.Length == 0)
            {
                builder.IsEmphasized = isMarkdown && MarkdownBlocks.IsWhollyBold(content);
            }
            else
            {
                builder.IsEmphasized = false;
                if (!(IsCjk(builder.LastChar) && content.Length > 0 && IsCjk(content[0])))
                {
                    builder.Append(' ', lineNumber);
                }
            }

            AppendInline(builder, content, lineNumber, isMarkdown);
            lineEndsInLink = MarkdownBlocks.EndsInWebAddress(content);
        }

        Flush(builder, blocks);
        return blocks;
    }

    internal static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    // An ATX heading ("## 标题", or one written inside a list item) is a block of its own.
    private static void AddHeading(PolicyLineBuilder builder, List<PolicyLine> blocks, int level, string text, int lineNumber)
    {
        Flush(builder, blocks);
        builder.Kind = PolicyLineKind.Heading;
        builder.HeadingLevel = level;
        AppendInline(builder, text, lineNumber, isMarkdown: true);
        Flush(builder, blocks);
    }

    private static void Flush(PolicyLineBuilder builder, List<PolicyLine> blocks)
    {
        if (builder.Build() is { } line)
        {
            blocks.Add(line);
        }
    }

    // A wrapped line continues its paragraph or list item, unless that already ended a sentence or is a heading standing
    // on its own line: plain-text policies put "第三条 我们如何使用Cookie" right above its first paragraph. (Markdown marks
    // its headings, so there a short line is just a short line.)
    private static bool ContinuesBlock(PolicyLineBuilder builder, string firstLine, int lineCount, bool isMarkdown)
    {
        if (builder.Kind is PolicyLineKind.Heading or PolicyLineKind.TableRow
            || builder.LastChar is '。' or '！' or '？' or '；' or '：' or '.' or '!' or '?' or ';' or ':')
        {
            return false;
        }

        if (lineCount != 1)
        {
            return true;
        }

        firstLine = MarkdownBlocks.WithoutEmphasis(firstLine, isMarkdown);
        var title = HeadingNumbering.TryParse(firstLine, out var numbering) ? numbering.Title : firstLine;
        var isTitle = builder.IsEmphasized
            || (numbering.Style is not null && SectionBuilder.LooksLikeHeading(title, SectionBuilder.MaxChineseHeadingLength))
            || (!isMarkdown && SectionBuilder.LooksLikeHeading(title, SectionBuilder.MaxUnnumberedHeadingLength) && SectionClassifier.Classify(title) is not null);
        return !isTitle;
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                lines.Add(text.Substring(start, i - start));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(text.Substring(start));
        return lines;
    }

    // YAML front matter (Jekyll, Hugo, VuePress) carries metadata, not policy text.
    private static int SkipFrontMatter(List<string> lines)
    {
        if (lines.Count == 0 || lines[0].Trim() != "---")
        {
            return 0;
        }

        for (var i = 1; i < lines.Count && i < 200; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed is "---" or "...")
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static void AppendTableRow(PolicyLineBuilder builder, string content, int lineNumber, bool isMarkdown)
    {
        var cells = content.Trim('|').Split('|');
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(" | ", lineNumber);
            }

            AppendInline(builder, cells[i].Trim(), lineNumber, isMarkdown);
        }
    }

    /// <summary>Appends a line's text without Markdown emphasis, links, images, inline tags and character references.</summary>
    private static void AppendInline(PolicyLineBuilder builder, string text, int lineNumber, bool isMarkdown)
    {
        var runStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var skip = 0;
            string? replacement = null;
            if (c == '&' && HtmlLineReader.TryDecodeReference(text, i, out var decoded, out var entityLength))
            {
                skip = entityLength;
                replacement = decoded;
            }
            else if (isMarkdown)
            {
                (skip, replacement) = ReadMarkdownInline(text, i);
            }

            if (skip == 0)
            {
                if (c == '\t')
                {
                    skip = 1;
                    replacement = " ";
                }
                else
                {
                    i++;
                    continue;
                }
            }

            if (i > runStart)
            {
                builder.Append(text, runStart, i - runStart, lineNumber);
            }

            if (replacement is { Length: > 0 })
            {
                builder.Append(replacement, lineNumber);
            }

            i += skip;
            runStart = i;
        }

        if (text.Length > runStart)
        {
            builder.Append(text, runStart, text.Length - runStart, lineNumber);
        }
    }

    // Returns how many characters of markup start at index and what text stands for them; (0, null) for plain text.
    private static (int Skip, string? Replacement) ReadMarkdownInline(string text, int index)
    {
        var c = text[index];
        switch (c)
        {
            case '*':
            case '`':
                return (1, null);
            case '_' when index + 1 < text.Length && text[index + 1] == '_':
            case '~' when index + 1 < text.Length && text[index + 1] == '~':
                return (2, null);
            case '\\' when index + 1 < text.Length && char.IsPunctuation(text[index + 1]):
                return (2, text[index + 1].ToString());
            case '!' when index + 1 < text.Length && text[index + 1] == '[':
                return ReadLink(text, index + 1) is { Skip: > 0 } image ? (image.Skip + 1, image.Replacement) : (0, null);
            case '[':
                return ReadLink(text, index);
            case '<':
                return ReadInlineTag(text, index);
            default:
                return (0, null);
        }
    }

    // "[text](url)" stands for its text; "[text]" alone stays as it is.
    private static (int Skip, string? Replacement) ReadLink(string text, int open)
    {
        var limit = Math.Min(text.Length, open + InlineLookAhead);
        var close = text.IndexOf(']', open + 1, limit - open - 1);
        if (close < 0 || close + 1 >= text.Length || text[close + 1] != '(')
        {
            return (0, null);
        }

        var end = text.IndexOf(')', close + 2, Math.Min(text.Length, close + 2 + InlineLookAhead) - close - 2);
        return end < 0 ? (0, null) : (end - open + 1, text.Substring(open + 1, close - open - 1).Replace("*", string.Empty));
    }

    // Inline HTML (<br>, <span>) is dropped; an autolink (<https://...>) keeps its address.
    private static (int Skip, string? Replacement) ReadInlineTag(string text, int open)
    {
        if (open + 1 >= text.Length || !(char.IsLetter(text[open + 1]) || text[open + 1] == '/'))
        {
            return (0, null);
        }

        var limit = Math.Min(text.Length, open + InlineLookAhead);
        var close = text.IndexOf('>', open + 1, limit - open - 1);
        if (close < 0)
        {
            return (0, null);
        }

        var inside = text.Substring(open + 1, close - open - 1);
        return inside.IndexOf("://", StringComparison.Ordinal) > 0 || inside.IndexOf('@') > 0 && inside.IndexOf(' ') < 0
            ? (close - open + 1, inside)
            : (close - open + 1, " ");
    }
}
