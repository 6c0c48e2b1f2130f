using System;
using System.Collections.Generic;
using System.Linq;
using PiiAnalyzers.Policy.Lexicons;

namespace PiiAnalyzers.Policy;

/// <summary>Tells what a section is about from its heading text; null when the heading does not say.</summary>
internal static class SectionClassifier
{
    // Cookies, children and contact win wherever they appear: "我们如何使用Cookie和同类技术" is about cookies,
    // "儿童个人信息的收集" about children.
    private static readonly PolicySectionKind[] StrongKinds = { PolicySectionKind.Cookies, PolicySectionKind.Children, PolicySectionKind.Contact };

    // Otherwise the topic named first decides: "我们如何收集和使用" is about collection, "How we use the information we
    // collect" about use. On a tie the earlier kind wins ("保存期限" is retention, not storage).
    private static readonly PolicySectionKind[] TopicKinds =
    {
        PolicySectionKind.Collection, PolicySectionKind.Sharing, PolicySectionKind.Retention, PolicySectionKind.Storage,
        PolicySectionKind.Rights, PolicySectionKind.Changes, PolicySectionKind.Use,
    };

    // Each kind's heading words, every language's (Lexicons/<language>.section-headings.txt, "kind: phrase|phrase").
    private static readonly Dictionary<PolicySectionKind, string[]> Keywords = ReadKeywords();

    private static readonly (PolicySectionKind Kind, string[] Keywords)[] StrongRules = StrongKinds.Select(kind => (kind, Keywords[kind])).ToArray();

    private static readonly (PolicySectionKind Kind, string[] Keywords)[] Rules = TopicKinds.Select(kind => (kind, Keywords[kind])).ToArray();

    // The name of the document says nothing about a section: "知行个人信息保护政策" is a title, not about protection; nor
    // does its date: "更新时间：2020年12月28日" above the sections is not a section about changes
    // (Lexicons/<language>.document-names.txt).
    private static readonly string[] DocumentNames = LexiconResource.Languages.SelectMany(language => LexiconResource.ReadLines(language + ".document-names.txt")).ToArray();

    public static PolicySectionKind? Classify(string heading)
    {
        heading = WithoutDocumentNames(heading);
        return ClassifyStrongly(heading) ?? ClassifyByFirstTopic(heading);
    }

    /// <summary>Only the kinds that win anywhere in a heading (cookies, children, contact); a subsection of the
    /// collection section needs one of them to leave it.</summary>
    public static PolicySectionKind? ClassifyStrongly(string heading)
    {
        heading = WithoutDocumentNames(heading);
        foreach (var (kind, keywords) in StrongRules)
        {
            if (FirstIndex(heading, keywords) >= 0)
            {
                return kind;
            }
        }

        return null;
    }

    private static string WithoutDocumentNames(string heading)
    {
        foreach (var name in DocumentNames)
        {
            var index = heading.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (index >= 0)
            {
                heading = heading.Remove(index, name.Length);
            }
        }

        return heading;
    }

    private static PolicySectionKind? ClassifyByFirstTopic(string heading)
    {
        PolicySectionKind? best = null;
        var bestIndex = int.MaxValue;
        foreach (var (kind, keywords) in Rules)
        {
            var index = FirstIndex(heading, keywords);
            if (index >= 0 && index < bestIndex)
            {
                best = kind;
                bestIndex = index;
            }
        }

        return best;
    }

    private static Dictionary<PolicySectionKind, string[]> ReadKeywords()
    {
        var phrases = StrongKinds.Concat(TopicKinds).ToDictionary(kind => kind, _ => new List<string>());
        foreach (var (key, words) in LexiconResource.ReadKeyedPhrases("section-headings"))
        {
            if (!Enum.TryParse<PolicySectionKind>(key, ignoreCase: true, out var kind) || !phrases.TryGetValue(kind, out var list))
            {
                throw new InvalidOperationException($"section-headings: '{key}' is not a kind a heading can name.");
            }

            list.AddRange(words);
        }

        return phrases.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
    }

    private static int FirstIndex(string heading, string[] keywords)
    {
        var first = -1;
        foreach (var keyword in keywords)
        {
            var index = heading.IndexOf(keyword, StringComparison.OrdinalIgnoreCase);
            if (index >= 0 && (first < 0 || index < first))
            {
                first = index;
            }
        }

        return first;
    }
}
