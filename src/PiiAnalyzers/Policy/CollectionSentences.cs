using System.Collections.Immutable;
using PiiAnalyzers.Policy.Lexicons;

namespace PiiAnalyzers.Policy;

/// <summary>
/// Tells collection sentences found outside a collection section: a data mention with a collect verb
/// (Lexicons/&lt;language&gt;.collect-verbs.txt: 收集, 获取, we collect) declares in any section that may hold one — a
/// payment paragraph, an SDK list; a verb of reading or use (Lexicons/&lt;language&gt;.access-verbs.txt: 使用, 访问) only
/// in a section on how data is used or under a heading that names no topic, or in a policy that has no collection heading
/// at all, where such sentences are all there is to read.
/// </summary>
internal static class CollectionSentences
{
    private static readonly PhraseMatcher<bool> Verbs = Build();

    // "我们如何使用Cookie" names a topic (a table of contents, a question); it states no practice.
    private static readonly PhraseMatcher<bool> TopicMarkers = LexiconResource.ReadMatcher("topic-markers");

    /// <summary>
    /// Whether a sentence with data <paramref name="mentions"/>, in a section of <paramref name="kind"/>, says the data is
    /// collected. A verb inside a mention is part of its name, not a verb: 记录 in 浏览记录.
    /// </summary>
    public static bool Declares(string text, TextSpan sentence, ImmutableArray<CategoryMention> mentions, PolicySectionKind kind, bool policyHasCollectionSection)
    {
        if (kind is PolicySectionKind.Rights or PolicySectionKind.Contact or PolicySectionKind.Changes or PolicySectionKind.Children)
        {
            // "您可以访问、更正您的手机号码" names data without collecting it; a children's section says what would happen
            // if minors' data were collected ("如果我们发现…收集了未成年人的个人信息，则会设法尽快删除").
            return false;
        }

        if (TopicMarkers.Any(text, sentence.Start, sentence.End))
        {
            return false;
        }

        // Verbs of use and keeping declare where the policy says how it uses data, under a heading that names no topic
        // ("（三）资信查询服务"), or where it has no collection heading at all. Not where it says how data is stored,
        // protected or kept: "我们会加密存储您的身份证号码" there is a claim about data declared elsewhere, and
        // "保存至您注销账号之日" names the account as an event.
        var usesCount = kind is PolicySectionKind.Use or PolicySectionKind.Other || !policyHasCollectionSection;
        foreach (var match in Verbs.FindAll(text, sentence.Start, sentence.End))
        {
            if ((match.Value || usesCount) && !IsInside(match, mentions))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInside(PhraseMatch<bool> verb, ImmutableArray<CategoryMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (verb.Start < mention.Start + mention.Length && verb.Start + verb.Length > mention.Start)
            {
                return true;
            }
        }

        return false;
    }

    // The value tells a collect verb (true) from a verb of reading or use (false).
    private static PhraseMatcher<bool> Build()
    {
        var matcher = new PhraseMatcher<bool>();
        foreach (var language in LexiconResource.Languages)
        {
            foreach (var verb in LexiconResource.ReadLines(language + ".collect-verbs.txt"))
            {
                matcher.Add(verb, true);
            }

            foreach (var verb in LexiconResource.ReadLines(language + ".access-verbs.txt"))
            {
                matcher.Add(verb, false);
            }
        }

        return matcher;
    }
}
