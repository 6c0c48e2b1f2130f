using System.Collections.Generic;

namespace PiiAnalyzers.Policy;

/// <summary>A section and the blocks under its heading (the heading included).</summary>
internal sealed record SectionBlocks(PolicySection Section, List<PolicyLine> Lines);

/// <summary>
/// Finds headings — marked up (Markdown, HTML) or told by numbering (一、（一）1. 1) 1.2.1 第一条), bold, or a short line
/// that names a topic — and nests them: a numbering style seen for the first time opens a deeper level, one seen before
/// continues its level. A heading that names no topic takes its parent's kind, so "（一）帮助您成为注册用户" under
/// "三、我们如何收集和使用您的个人信息" is part of the collection.
/// </summary>
internal static class SectionBuilder
{
    // Deeper nesting than this is treated as siblings of the deepest level; it keeps every heading O(1).
    private const int MaxDepth = 24;
    internal const int MaxChineseHeadingLength = 40;
    private const int MaxLatinHeadingLength = 100;
    internal const int MaxUnnumberedHeadingLength = 30;

    private sealed record OpenHeading(string Style, int Number, int ExplicitLevel, PolicySectionKind Kind);

    public static List<SectionBlocks> Build(List<PolicyLine> lines)
    {
        var inferHeadings = !HasClassifiedExplicitHeading(lines);
        var sections = new List<SectionBlocks>();
        var stack = new List<OpenHeading>();
        var current = new List<PolicyLine>();
        var currentKind = PolicySectionKind.Preamble;
        var currentTitle = string.Empty;
        var currentLevel = 0;

        foreach (var line in lines)
        {
            if (!TryReadHeading(line, inferHeadings, out var style, out var number, out var explicitLevel, out var title))
            {
                current.Add(line);
                continue;
            }

            Close(sections, current, currentKind, currentTitle, currentLevel);
            var level = Place(stack, style, number, explicitLevel);
            var parentKind = level > 0 ? stack[level - 1].Kind : PolicySectionKind.Other;
            // Under "我们如何收集和使用…", "（四）保障安全与改进服务" still lists what is collected.
            var kind = parentKind == PolicySectionKind.Collection && level > 0
                ? SectionClassifier.ClassifyStrongly(title) ?? PolicySectionKind.Collection
                : SectionClassifier.Classify(title) ?? parentKind;
            var opened = new OpenHeading(style, number, explicitLevel, kind);
            if (level < stack.Count)
            {
                stack[level] = opened;
            }
            else
            {
                stack.Add(opened);
            }

            current = new List<PolicyLine> { line };
            currentKind = kind;
            currentTitle = title;
            currentLevel = level;
        }

        Close(sections, current, currentKind, currentTitle, currentLevel);
        return sections;
    }

    /// <summary>Whether a heading would be accepted as one: short and not ending like a sentence.</summary>
    internal static bool LooksLikeHeading(string title, int maxLength)
    {
        if (title.Length == 0)
        {
            return false;
        }

        var latin = 0;
        foreach (var c in title)
        {
            if (c < '\u0250')
            {
                latin++;
            }
        }

        var limit = latin * 2 > title.Length ? maxLength * MaxLatinHeadingLength / MaxChineseHeadingLength : maxLength;
        var last = title[title.Length - 1];
        return title.Length <= limit
            && last is not ('。' or '；' or ';' or '，' or ',' or '：' or ':' or '、')
            && title.IndexOf('。') < 0
            && last != '.'
            && title.IndexOf('@') < 0
            && title.IndexOf("://", System.StringComparison.Ordinal) < 0;
    }

    // When markup already marks the collection section ("## 我们收集的信息"), numbered lines are lists, not headings. Other
    // marked-up lines do not say so: a title "### 更新日期：2019年7月16日" above numbered sections hides nothing.
    private static bool HasClassifiedExplicitHeading(List<PolicyLine> lines)
    {
        foreach (var line in lines)
        {
            if (line.Kind == PolicyLineKind.Heading && SectionClassifier.Classify(line.Text) == PolicySectionKind.Collection)
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryReadHeading(PolicyLine line, bool inferHeadings, out string style, out int number, out int explicitLevel, out string title)
    {
        style = string.Empty;
        number = 0;
        explicitLevel = 0;
        title = line.Text;
        var isNumbered = HeadingNumbering.TryParse(line.Text, out var numbering);
        if (line.Kind == PolicyLineKind.Heading)
        {
            explicitLevel = line.HeadingLevel;
            style = "h" + explicitLevel;
            title = isNumbered && numbering.Title.Length > 0 ? numbering.Title : line.Text;
            return true;
        }

        if (!inferHeadings || line.Kind == PolicyLineKind.TableRow)
        {
            return false;
        }

        if (isNumbered && LooksLikeHeading(StripBold(numbering.Title), MaxChineseHeadingLength))
        {
            style = numbering.Style;
            number = numbering.Number;
            title = StripBold(numbering.Title);
            return true;
        }

        if (line.IsEmphasized && LooksLikeHeading(line.Text, MaxChineseHeadingLength))
        {
            style = "bold";
            return true;
        }

        if (line.Kind == PolicyLineKind.Paragraph && !isNumbered && LooksLikeHeading(line.Text, MaxUnnumberedHeadingLength) && SectionClassifier.Classify(line.Text) is not null)
        {
            style = "plain";
            return true;
        }

        return false;
    }

    private static string StripBold(string title) => title.Replace("**", string.Empty).Trim();

    // Where a heading goes in the stack of open headings: its index there is its level.
    private static int Place(List<OpenHeading> stack, string style, int number, int explicitLevel)
    {
        if (explicitLevel > 0)
        {
            // Markup levels are absolute: "##" closes everything at "##" and below, and every inferred heading.
            var keep = 0;
            while (keep < stack.Count && stack[keep].ExplicitLevel > 0 && stack[keep].ExplicitLevel < explicitLevel)
            {
                keep++;
            }

            return Truncate(stack, keep);
        }

        // A style seen before continues the level where its numbering continues ("3." after "2."); one that starts again
        // at 1 is a list nested deeper. Bold and unnumbered headings are siblings of the last of their kind.
        var firstSameStyle = -1;
        for (var i = stack.Count - 1; i >= 0 && stack[i].ExplicitLevel == 0; i--)
        {
            if (stack[i].Style != style)
            {
                continue;
            }

            if (style is "bold" or "plain" or "【】" || number == stack[i].Number + 1)
            {
                return Truncate(stack, i);
            }

            firstSameStyle = firstSameStyle < 0 ? i : firstSameStyle;
        }

        return Truncate(stack, number == 1 || firstSameStyle < 0 ? stack.Count : firstSameStyle);
    }

    private static int Truncate(List<OpenHeading> stack, int level)
    {
        level = level >= MaxDepth ? MaxDepth - 1 : level;
        if (level < stack.Count)
        {
            stack.RemoveRange(level, stack.Count - level);
        }

        return level;
    }

    private static void Close(List<SectionBlocks> sections, List<PolicyLine> lines, PolicySectionKind kind, string title, int level)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var section = new PolicySection(kind, title, level, lines[0].FirstLine, lines[lines.Count - 1].LastLine);
        sections.Add(new SectionBlocks(section, lines));
    }
}
