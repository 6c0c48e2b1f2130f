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
    private static readonly IReadOnlyList<string> CompanyWords = ClaimWords.Group("claims", "company-word");
    private static readonly IReadOnlyList<string> Kinds = ClaimWords.Group("recipients", "kind");
    private static readonly IReadOnlyList<string> NotAliases = ClaimWords.Group("claims", "not-an-alias");

    // The lines of a policy's opening, where it names itself ("本协议由用户与某某公司（以下简称“许可人”）订立").
    private const int MaxOpeningLine = 40;

    // "（以下简称“北京凯罗天下科技有限公司”）" is a long alias; a longer quote is a sentence, not a name.
    private const int MaxAliasLength = 20;

    private static readonly char[] OpeningQuotes = { '“', '"', '「', '『', '\'', '‘' };
    private static readonly char[] ClosingQuotes = { '”', '"', '」', '』', '\'', '’' };
    // Before a name, these make it whom something goes to or comes from, or what something is about.
    private static readonly string NotSpeakingBefore = string.Concat(ClaimWords.Group("claims", "operator-as-object"));

    private static readonly char[] TitleMarks = { '#', ' ', '*', '《', '》', '\u3000' };
    private static readonly char[] OpeningBrackets = { '（', '(' };
    private static readonly char[] AliasSeparators = { '/', '／', '、' };

    private readonly List<string> _learned = new();

    /// <summary>
    /// Learns the names a sentence defines for the service: after an alias marker, or before a document's kind in 《》 or at
    /// the end of a title ("# 指娱天地隐私政策").
    /// </summary>
    public void Learn(string text, TextSpan sentence, bool isTitle, int line)
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

        // Past the opening, a definition or a document in 《》 is most often an SDK's or a partner's ("深圳市和讯华谷信息技术有限公司
        // （以下简称“极光”）", "《友盟隐私政策》"), unless the policy calls it its own ("本《…隐私政策》").
        var isOpening = line <= MaxOpeningLine;
        if (isOpening)
        {
            LearnAliases(text, sentence);
        }

        for (var open = text.IndexOf('《', sentence.Start, sentence.Length); open >= 0; open = text.IndexOf('《', open + 1, sentence.End - open - 1))
        {
            var close = text.IndexOf('》', open + 1, sentence.End - open - 1);
            if (close < 0)
            {
                break;
            }

            var kind = ClaimWords.EndingAt(text, open + 1, close, DocumentKinds);
            if (kind is not null && (isOpening || (open > sentence.Start && text[open - 1] == '本')))
            {
                Add(text.Substring(open + 1, close - open - 1 - kind.Length).TrimEnd('的'));
            }
        }
    }

    // "（以下简称“许可人”）", "（下称“我们/我方”）": the quoted names after an alias marker.
    private void LearnAliases(string text, TextSpan sentence)
    {
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

                        // "百度公司（…以下亦称“我们”）": what the service calls itself ("we") names what stands before the bracket.
                        if (Contains(CommonNames, alias.Trim()) && NameBeforeBracket(text, sentence.Start, marker.Start) is { } name)
                        {
                            Add(name);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="name"/> is one of the service's names, or its company name without the company word ("百度" for
    /// "百度公司"), or one of them followed by what is its own ("百度公司服务器"; not a kind of recipient, "百度公司关联公司").
    /// </summary>
    public bool IsOperator(string name)
    {
        if (Contains(CommonNames, name) || Contains(_learned, name))
        {
            return true;
        }

        foreach (var alias in _learned)
        {
            if (alias.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && ClaimWords.StartingAt(alias, name.Length, alias.Length, CompanyWords) is { } companyWord && name.Length + companyWord.Length == alias.Length)
            {
                return true;
            }

            if (name.Length > alias.Length && name.StartsWith(alias, StringComparison.OrdinalIgnoreCase) && !ClaimWords.ContainsAny(name, alias.Length, name.Length, Kinds))
            {
                return true;
            }
        }

        return false;
    }

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

    // "百度公司" in "百度公司（本声明中指…，以下亦称“我们”）": the name right before the bracket the alias stands in.
    private static string? NameBeforeBracket(string text, int sentenceStart, int marker)
    {
        var bracket = text.LastIndexOfAny(OpeningBrackets, marker - 1, marker - sentenceStart);
        if (bracket <= sentenceStart)
        {
            return null;
        }

        var start = bracket;
        while (start > sentenceStart && bracket - start < MaxAliasLength && !char.IsWhiteSpace(text[start - 1]) && !char.IsPunctuation(text[start - 1]))
        {
            start--;
        }

        return start < bracket ? text.Substring(start, bracket - start) : null;
    }

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
