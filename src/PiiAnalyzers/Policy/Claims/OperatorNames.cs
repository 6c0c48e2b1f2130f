using System;
using System.Collections.Generic;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>
/// The names a policy gives the service that publishes it: the words every policy uses ("我们", "本公司"), and those it
/// defines for itself ("（以下简称“许可人”）", "（下称“我们/我方”）", "《皮皮搞笑隐私政策》"). Data handed to one of them
/// stays with the service ("您需向皮皮搞笑提供您的姓名"), and a prohibition on one of them is the service's own promise
/// ("许可人不得向任何第三方提供").
/// </summary>
internal sealed class OperatorNames
{
    private static readonly IReadOnlyList<string> CommonNames = ClaimWords.Group("claims", "operator");
    private static readonly PhraseMatcher<bool> AliasMarkers = ClaimWords.Matcher("claims", "alias-marker");
    private static readonly IReadOnlyList<string> DocumentKinds = ClaimWords.Group("claims", "document-kind");
    private static readonly IReadOnlyList<string> NotAliases = ClaimWords.Group("claims", "not-an-alias");

    // "（以下简称“北京凯罗天下科技有限公司”）" is a long alias; a longer quote is a sentence, not a name.
    private const int MaxAliasLength = 20;

    private static readonly char[] OpeningQuotes = { '“', '"', '「', '『', '\'', '‘' };
    private static readonly char[] ClosingQuotes = { '”', '"', '」', '』', '\'', '’' };
    // Before a name, these make it whom something goes to or comes from, or what something is about.
    private static readonly string NotSpeakingBefore = string.Concat(ClaimWords.Group("claims", "operator-as-object"));

    private static readonly char[] TitleMarks = { '#', ' ', '*', '《', '》', '\u3000' };
    private static readonly char[] AliasSeparators = { '/', '／', '、' };

    private readonly List<string> _learned = new();

    /// <summary>
    /// Learns the names a sentence defines for the service: after an alias marker, or before a document's kind in 《》 or at
    /// the end of a title ("# 指娱天地隐私政策").
    /// </summary>
    public void Learn(string text, TextSpan sentence, bool isTitle)
    {
        if (isTitle && ClaimWords.EndingAt(text, sentence.Start, TrimmedEnd(text, sentence), DocumentKinds) is { } documentKind)
        {
            Add(text.Substring(sentence.Start, TrimmedEnd(text, sentence) - documentKind.Length - sentence.Start).Trim(TitleMarks).TrimEnd('的'));
        }

        // Most sentences define nothing: no quote, no 《, nothing to search.
        if (text.IndexOfAny(OpeningQuotes, sentence.Start, sentence.Length) < 0 && text.IndexOf('《', sentence.Start, sentence.Length) < 0)
        {
            return;
        }

        foreach (var marker in AliasMarkers.FindAll(text, sentence.Start, sentence.End))
        {
            var open = marker.Start + marker.Length;
            while (open < sentence.End && (text[open] is ' ' or '：' or ':' or '为'))
            {
                open++;
            }

            if (open < sentence.End && Array.IndexOf(OpeningQuotes, text[open]) >= 0)
            {
                var close = text.IndexOfAny(ClosingQuotes, open + 1, Math.Min(MaxAliasLength + 1, sentence.End - open - 1));
                if (close > open + 1)
                {
                    foreach (var alias in text.Substring(open + 1, close - open - 1).Split(AliasSeparators))
                    {
                        Add(alias);
                    }
                }
            }
        }

        for (var open = text.IndexOf('《', sentence.Start, sentence.Length); open >= 0; open = text.IndexOf('《', open + 1, sentence.End - open - 1))
        {
            var close = text.IndexOf('》', open + 1, sentence.End - open - 1);
            if (close < 0)
            {
                break;
            }

            var kind = ClaimWords.EndingAt(text, open + 1, close, DocumentKinds);
            if (kind is not null)
            {
                Add(text.Substring(open + 1, close - open - 1 - kind.Length).TrimEnd('的'));
            }
        }
    }

    /// <summary>Whether <paramref name="name"/> is one of the service's names.</summary>
    public bool IsOperator(string name) => Contains(CommonNames, name) || Contains(_learned, name);

    /// <summary>
    /// Whether the service speaks in [<paramref name="start"/>, <paramref name="end"/>): one of its names stands there, not as
    /// whom something goes to ("向赛诺斯提供", "与我们共享") nor as an owner ("基于西窗烛的服务").
    /// </summary>
    public bool SpeaksIn(string text, int start, int end) => SpeaksIn(CommonNames, text, start, end) || SpeaksIn(_learned, text, start, end);

    private static bool SpeaksIn(IReadOnlyList<string> names, string text, int start, int end)
    {
        foreach (var name in names)
        {
            for (var at = end - start >= name.Length ? text.IndexOf(name, start, end - start, StringComparison.OrdinalIgnoreCase) : -1; at >= 0;
                at = at + 1 + name.Length <= end ? text.IndexOf(name, at + 1, end - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                var isObject = at > start && NotSpeakingBefore.IndexOf(text[at - 1]) >= 0;
                var isOwner = at + name.Length < text.Length && text[at + name.Length] == '的';
                if (!isObject && !isOwner)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The service's name that ends at <paramref name="end"/> (not before <paramref name="start"/>), or null.</summary>
    public string? EndingAt(string text, int start, int end) =>
        ClaimWords.EndingAt(text, start, end, CommonNames) ?? ClaimWords.EndingAt(text, start, end, _learned);

    private static int TrimmedEnd(string text, TextSpan sentence)
    {
        var end = sentence.End;
        while (end > sentence.Start && Array.IndexOf(TitleMarks, text[end - 1]) >= 0)
        {
            end--;
        }

        return end;
    }

    private void Add(string alias)
    {
        alias = alias.Trim();
        if (alias.Length >= 2 && alias.Length <= MaxAliasLength && !Contains(NotAliases, alias) && !Contains(_learned, alias))
        {
            _learned.Add(alias);
        }
    }

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
