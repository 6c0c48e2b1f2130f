using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>Sharing claims: "不会与任何第三方共享" (not shared), "不会出售" (not sold), and named recipients (shared with).</summary>
internal sealed class SharingClaims
{
    // How far before a sharing verb its negation may be: "不会与任何第三方共享".
    private const int ChineseNegationWindow = 12;

    // How far before an English sharing verb its negation may be: "we will never sell", "we don't rent or sell".
    private const int EnglishNegationWindow = 30;

    private static readonly PhraseMatcher<bool> ShareWords = ClaimWords.Matcher("sharing", "share");
    private static readonly PhraseMatcher<bool> SellWords = ClaimWords.Matcher("sharing", "sell");
    private static readonly PhraseMatcher<bool> EnglishNegators = ClaimWords.Matcher("negators", "negator");
    private static readonly IReadOnlyList<string> ChineseNegators = Chinese(ClaimWords.Group("negators", "negator"), ClaimWords.Group("negators", "sharing-negator"));
    private static readonly IReadOnlyList<string> NotNegating = ClaimWords.Group("negators", "not-a-sharing-negator");

    private readonly ImmutableArray<SharingClaim>.Builder _claims = ImmutableArray.CreateBuilder<SharingClaim>();

    public void Add(ClaimSentence sentence, bool isAboutRecipients)
    {
        var text = sentence.Text;
        var span = sentence.Span;
        var hasExceptions = sentence.Cues.Has(Cue.Exception);
        foreach (var verb in ShareWords.FindAll(text, span.Start, span.End))
        {
            if (IsNegated(text, span.Start, verb.Start))
            {
                var isSale = SellWords.TryMatchAt(text, verb.Start, span.End, out _);
                _claims.Add(new SharingClaim(isSale ? SharingClaimKind.NotSold : SharingClaimKind.NotShared, hasExceptions, ImmutableArray<string>.Empty, sentence.Categories, sentence.Evidence));
                return;
            }
        }

        var recipients = isAboutRecipients ? RecipientNames.Find(text, span) : ImmutableArray<string>.Empty;
        if (recipients.Length > 0)
        {
            _claims.Add(new SharingClaim(SharingClaimKind.SharedWith, hasExceptions, recipients, sentence.Categories, sentence.Evidence));
        }
    }

    public ImmutableArray<SharingClaim> Build() => _claims.ToImmutable();

    private static bool IsNegated(string text, int sentenceStart, int verb)
    {
        if (!PhraseMatcher<bool>.IsWordChar(text[verb]))
        {
            for (var i = verb - 1; i >= sentenceStart && verb - i <= ChineseNegationWindow; i--)
            {
                if (ClaimWords.StartsWithAny(text, i, verb, ChineseNegators))
                {
                    return !ClaimWords.StartsWithAny(text, i, text.Length, NotNegating);
                }

                if (TextSpans.IsClauseBreak(text[i]))
                {
                    return false;
                }
            }

            return false;
        }

        // "we do not share", "we will never sell", "we don't rent or sell": a negator in the words before, in the clause.
        var start = Math.Max(sentenceStart, verb - EnglishNegationWindow);
        foreach (var negator in EnglishNegators.FindAll(text, start, verb))
        {
            if (text.IndexOf(',', negator.Start, verb - negator.Start) < 0)
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<string> Chinese(params IReadOnlyList<string>[] lists)
    {
        var words = new List<string>();
        foreach (var list in lists)
        {
            foreach (var word in list)
            {
                if (word.Length > 0 && !PhraseMatcher<bool>.IsWordChar(word[0]) && word[0] != '\'' && word.IndexOf(' ') < 0)
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }
}
