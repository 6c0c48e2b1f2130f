using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using PiiAnalyzers.Policy.Lexicons;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>One sentence as every kind of claim sees it: its text, its cues, the categories it names and its evidence.</summary>
internal sealed class ClaimSentence
{
    private const int MaxEvidenceLength = 300;

    private ImmutableArray<string>? _categories;
    private PolicyEvidence? _evidence;

    private static readonly PhraseMatcher<bool> AccountWords = ClaimWords.Matcher("claims", "account-word");
    private static readonly PhraseMatcher<bool> Hedges = ClaimWords.Matcher("claims", "hedge");
    private static readonly PhraseMatcher<bool> Examples = ClaimWords.Matcher("claims", "example");
    private static readonly PhraseMatcher<bool> Definitions = ClaimWords.Matcher("claims", "definition");
    private static readonly PhraseMatcher<bool> LegalExceptions = ClaimWords.Matcher("claims", "legal-exception");
    private static readonly PhraseMatcher<bool> Conditions = ClaimWords.Matcher("claims", "condition");
    private static readonly PhraseMatcher<bool> PartialScopes = ClaimWords.Matcher("claims", "partial-scope");
    private static readonly PhraseMatcher<bool> Enumerations = ClaimWords.Matcher("claims", "enumeration");
    private static readonly PhraseMatcher<bool> CollectVerbs = LexiconResource.ReadMatcher("collect-verbs");

    // Longer than this, a "sentence" is a run of text the reader could not split (an SDK list flattened into one
    // paragraph): which data a claim in it is about cannot be told.
    private const int MaxClearSentenceLength = 300;

    public ClaimSentence(PolicyLine line, TextSpan span, IReadOnlyList<CategoryMention> mentions, Cue cues, ImmutableArray<string> precedingCategories)
    {
        Line = line;
        Span = span;
        Cues = cues;
        Mentions = WithoutAccountsAsSubjects(line.Text, mentions);
        PrecedingCategories = precedingCategories;
    }

    public PolicyLine Line { get; }

    public string Text => Line.Text;

    public TextSpan Span { get; }

    /// <summary>The mentions of data, without the account a sentence is about ("注册账户时") unless a list names it as data.</summary>
    public IReadOnlyList<CategoryMention> Mentions { get; }

    public Cue Cues { get; }

    /// <summary>
    /// The categories of the last sentence before this one that named data: what "该信息属于敏感个人信息" or "上述信息为必要信息"
    /// points back at.
    /// </summary>
    public ImmutableArray<string> PrecedingCategories { get; }

    /// <summary>The categories the sentence names, each once, in order of first mention.</summary>
    public ImmutableArray<string> Categories => _categories ??= CategoriesOf(Mentions);

    // Most sentences make no claim: their evidence and categories are never asked for.
    public PolicyEvidence Evidence => _evidence ??= new PolicyEvidence(Line.LineAt(Span.Start), EvidenceText(Text, Span));

    /// <summary>Whether the sentence defines a term ("敏感个人信息是指…", "… means …").</summary>
    public bool IsDefinition => Definitions.Any(Text, Span.Start, Span.End);

    /// <summary>The hedge that keeps the sentence from promising ("可能", "may"), or null.</summary>
    public string? Hedge => First(Hedges, Span.Start, Span.End);

    /// <summary>Why no claim in the sentence is clear whatever it says: too long to tell which data a claim is about.</summary>
    public string? Unreadable => Span.Length > MaxClearSentenceLength ? "too long a sentence to tell which data it is about" : null;

    /// <summary>
    /// Whether the term at [<paramref name="termStart"/>, <paramref name="termEnd"/>) opens its clause and is defined by a
    /// list after it ("个人敏感信息包括：身份证号码…", "Sensitive personal information includes…").
    /// </summary>
    public bool IsEnumeratedDefinition(int termStart, int termEnd)
    {
        var clauseStart = termStart;
        while (clauseStart > Span.Start && !TextSpans.IsClauseBreak(Text[clauseStart - 1]))
        {
            clauseStart--;
        }

        var before = Text.Substring(clauseStart, termStart - clauseStart).Trim();
        var limit = Math.Min(Span.End, termEnd + 4);
        return (before.Length == 0 || before == "个人") && Enumerations.Any(Text, termEnd, limit);
    }

    /// <summary>The word that makes what follows an example ("例如", "such as"), or null.</summary>
    public string? ExampleBetween(int start, int end) => First(Examples, start, end);

    /// <summary>
    /// Whether a collect verb ("收集", "we collect") stands before the sentence's first example word: the examples then
    /// are data the service says it collects ("我们会收集您的一些敏感信息，例如您的通讯录"), its practice, not an
    /// illustration of a term ("Sensitive personal information may include, for example, religious beliefs").
    /// </summary>
    public bool ExamplesWhatItCollects()
    {
        return Examples.TryFindFirst(Text, Span.Start, Span.End, out var example) && CollectVerbs.Any(Text, Span.Start, example.Start);
    }

    /// <summary>The words that let the law override the statement ("法律法规另有规定"), or null.</summary>
    public string? LegalException => First(LegalExceptions, Span.Start, Span.End);

    /// <summary>Whether the sentence says data is collected or read ("收集", "获取"): an SDK's row does, with or without "SDK".</summary>
    public bool HasCollectVerb => CollectVerbs.FindAll(Text, Span.Start, Span.End).Count > 0;

    /// <summary>The words that limit the statement to some products or cases ("在某些产品或服务中"), or null.</summary>
    public string? PartialScope => First(PartialScopes, Span.Start, Span.End);

    /// <summary>The word that makes the statement conditional ("如需", "if"), or null.</summary>
    public string? Condition => First(Conditions, Span.Start, Span.End);

    /// <summary>The categories named in the clause of <paramref name="position"/>; none when it names only data in general.</summary>
    public ImmutableArray<string> CategoriesInClause(int position)
    {
        var clause = TextSpans.ClauseAround(Text, Span, position);
        return CategoriesOf(Mentions, clause.Start, clause.End);
    }

    /// <summary>
    /// The categories a claim word at <paramref name="position"/> is about: those named in its own clause (and the list
    /// its colon opens); else those in the clauses before it; else those after it. A purpose clause after the claim
    /// ("我们对用户名、电子邮箱进行加密存储，保证用户基本信息不会被恶意获取") names no data of the claim.
    /// </summary>
    public ImmutableArray<string> CategoriesAround(int position)
    {
        var start = position;
        while (start > Span.Start && !TextSpans.IsClauseBreak(Text[start - 1]))
        {
            start--;
        }

        var end = position;
        while (end < Span.End && (!TextSpans.IsClauseBreak(Text[end]) || Text[end] is '：' or ':'))
        {
            end++;
        }

        var own = CategoriesOf(Mentions, start, end);
        if (!own.IsEmpty)
        {
            return own;
        }

        var before = CategoriesOf(Mentions, Span.Start, start);
        return before.IsEmpty ? CategoriesOf(Mentions, end, Span.End) : before;
    }

    /// <summary>The categories of <paramref name="mentions"/>, each once, in order.</summary>
    public static ImmutableArray<string> CategoriesOf(IEnumerable<CategoryMention> mentions)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var mention in mentions)
        {
            if (!builder.Contains(mention.CategoryId))
            {
                builder.Add(mention.CategoryId);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The categories of the mentions that start in [<paramref name="start"/>, <paramref name="end"/>), each once, in order.</summary>
    /// <remarks>
    /// Indexes the list and builds nothing when no mention is in range: it is asked of every sentence that remembers its
    /// data (<see cref="Categories"/>) and of every claim word, and most ranges name none.
    /// </remarks>
    public static ImmutableArray<string> CategoriesOf(IReadOnlyList<CategoryMention> mentions, int start = int.MinValue, int end = int.MaxValue)
    {
        ImmutableArray<string>.Builder? builder = null;
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Start >= start && mention.Start < end)
            {
                builder ??= ImmutableArray.CreateBuilder<string>(mentions.Count - m);
                if (!builder.Contains(mention.CategoryId))
                {
                    builder.Add(mention.CategoryId);
                }
            }
        }

        return builder is null ? ImmutableArray<string>.Empty
            : builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
    }

    /// <summary>Why a claim is unclear, with the policy's words: <c>hedged ("可能")</c>.</summary>
    public static string Reason(string why, string words) => why + " (\"" + words + "\")";

    private string? First(PhraseMatcher<bool> words, int start, int end)
    {
        return words.TryFindFirst(Text, start, end, out var found) ? Text.Substring(found.Start, found.Length) : null;
    }

    // "您在注册账户时提供的手机号码将被加密存储" is about the phone number; "账号、密码和手机号码" lists the account as data.
    private static IReadOnlyList<CategoryMention> WithoutAccountsAsSubjects(string text, IReadOnlyList<CategoryMention> mentions)
    {
        List<CategoryMention>? kept = null;
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            var isAccountWord = AccountWords.TryMatchAt(text, mention.Start, text.Length, out var word) && word.Length == mention.Length;
            var isListed = (mention.Start > 0 && text[mention.Start - 1] == '、') || (mention.Start + mention.Length < text.Length && text[mention.Start + mention.Length] == '、');
            if (isAccountWord && !isListed)
            {
                if (kept is null)
                {
                    kept = new List<CategoryMention>(mentions.Count);
                    for (var k = 0; k < m; k++)
                    {
                        kept.Add(mentions[k]);
                    }
                }

                continue;
            }

            kept?.Add(mention);
        }

        return kept ?? mentions;
    }

    private static string EvidenceText(string text, TextSpan sentence)
    {
        var evidence = text.Substring(sentence.Start, Math.Min(sentence.Length, MaxEvidenceLength)).Trim();
        return sentence.Length > MaxEvidenceLength ? evidence + "…" : evidence;
    }
}
