using System;
using System.Collections.Generic;
using System.Collections.Immutable;

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

    public ClaimSentence(PolicyLine line, TextSpan span, IReadOnlyList<CategoryMention> mentions, PolicySectionKind sectionKind, Cue cues)
    {
        Line = line;
        Span = span;
        SectionKind = sectionKind;
        Cues = cues;
        Mentions = WithoutAccountsAsSubjects(line.Text, mentions);
    }

    public PolicyLine Line { get; }

    public string Text => Line.Text;

    public TextSpan Span { get; }

    /// <summary>The mentions of data, without the account a sentence is about ("注册账户时") unless a list names it as data.</summary>
    public IReadOnlyList<CategoryMention> Mentions { get; }

    public PolicySectionKind SectionKind { get; }

    public Cue Cues { get; }

    /// <summary>The categories the sentence names, each once, in order of first mention.</summary>
    public ImmutableArray<string> Categories => _categories ??= CategoriesOf(Mentions);

    // Most sentences make no claim: their evidence and categories are never asked for.
    public PolicyEvidence Evidence => _evidence ??= new PolicyEvidence(Line.LineAt(Span.Start), EvidenceText(Text, Span));

    /// <summary>Whether the sentence defines a term ("敏感个人信息是指…", "… means …").</summary>
    public bool IsDefinition => Definitions.FindAll(Text, Span.Start, Span.End).Count > 0;

    /// <summary>The hedge that keeps the sentence from promising ("可能", "may"), or null.</summary>
    public string? Hedge => First(Hedges, Span.Start, Span.End);

    /// <summary>The word that makes what follows an example ("例如", "such as"), or null.</summary>
    public string? ExampleBetween(int start, int end) => First(Examples, start, end);

    /// <summary>The words that let the law override the statement ("法律法规另有规定"), or null.</summary>
    public string? LegalException => First(LegalExceptions, Span.Start, Span.End);

    /// <summary>The word that makes the statement conditional ("如需", "if"), or null.</summary>
    public string? Condition => First(Conditions, Span.Start, Span.End);

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

    /// <summary>Why a claim is unclear, with the policy's words: <c>hedged ("可能")</c>.</summary>
    public static string Reason(string why, string words) => why + " (\"" + words + "\")";

    private string? First(PhraseMatcher<bool> words, int start, int end)
    {
        var found = words.FindAll(Text, start, end);
        return found.Count == 0 ? null : Text.Substring(found[0].Start, found[0].Length);
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
