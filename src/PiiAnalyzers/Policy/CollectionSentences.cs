using PiiAnalyzers.Policy.Lexicons;

namespace PiiAnalyzers.Policy;

/// <summary>
/// Tells collection sentences found outside a collection section: a data mention with a collect verb
/// (Lexicons/&lt;language&gt;.collect-verbs.txt: 收集, 获取, we collect) declares in any section that may hold one — a
/// payment paragraph, an SDK list; a verb of reading or use (Lexicons/&lt;language&gt;.access-verbs.txt: 使用, 访问) only
/// in a policy that has no collection heading at all, where such sentences are all there is to read.
/// </summary>
internal static class CollectionSentences
{
    private static readonly PhraseMatcher<bool> Verbs = Build();

    /// <summary>Whether a sentence with data mentions, in a section of <paramref name="kind"/>, says the data is collected.</summary>
    public static bool Declares(string text, TextSpan sentence, PolicySectionKind kind, bool policyHasCollectionSection)
    {
        if (kind is PolicySectionKind.Rights or PolicySectionKind.Contact or PolicySectionKind.Changes or PolicySectionKind.Children)
        {
            // "您可以访问、更正您的手机号码" names data without collecting it; a children's section says what would happen
            // if minors' data were collected ("如果我们发现…收集了未成年人的个人信息，则会设法尽快删除").
            return false;
        }

        foreach (var match in Verbs.FindAll(text, sentence.Start, sentence.End))
        {
            if (match.Value || !policyHasCollectionSection)
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
        foreach (var language in new[] { "zh", "en" })
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
