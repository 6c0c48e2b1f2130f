using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>Sensitivity claims: the categories a sentence calls sensitive personal information.</summary>
internal sealed class SensitivityClaims
{
    // Bounds the work of one sentence that repeats a word without end (a hostile or broken file).
    private const int MaxSensitiveWordsPerSentence = 16;

    private static readonly PhraseMatcher<bool> SensitiveWords = ClaimWords.Matcher("sensitive", "sensitive");
    private static readonly string[] ListJoiners = { "and ", "or ", "your " };

    private readonly ImmutableArray<SensitivityClaim>.Builder _claims = ImmutableArray.CreateBuilder<SensitivityClaim>();

    public void Add(ClaimSentence sentence)
    {
        if (sentence.Categories.Length > 0 && sentence.Cues.Has(Cue.Sensitive) && CategoriesCalledSensitive(sentence) is { IsEmpty: false } sensitive)
        {
            _claims.Add(new SensitivityClaim(sensitive, sentence.Evidence));
        }
    }

    public ImmutableArray<SensitivityClaim> Build() => _claims.ToImmutable();

    // The categories in the clause that says "sensitive", and in the list after it when a colon introduces one:
    // "we collect your location, and sensitive information such as health data" calls only health data sensitive.
    private static ImmutableArray<string> CategoriesCalledSensitive(ClaimSentence sentence)
    {
        var text = sentence.Text;
        var span = sentence.Span;
        var mentions = sentence.Mentions;
        var builder = ImmutableArray.CreateBuilder<string>();
        var mentionStarts = new HashSet<int>(mentions.Select(mention => mention.Start));
        var mentionEnds = new HashSet<int>(mentions.Select(mention => mention.Start + mention.Length));
        foreach (var word in SensitiveWords.FindAll(text, span.Start, span.End).Take(MaxSensitiveWordsPerSentence))
        {
            var start = word.Start;
            while (start > span.Start && (!TextSpans.IsClauseBreak(text[start - 1]) || IsListComma(text, start - 1, span, mentionStarts, mentionEnds)))
            {
                start--;
            }

            var end = word.Start + word.Length;
            while (end < span.End && (!TextSpans.IsClauseBreak(text[end]) || text[end] is '：' or ':' || IsListComma(text, end, span, mentionStarts, mentionEnds)))
            {
                end++;
            }

            foreach (var mention in mentions)
            {
                if (mention.Start >= start && mention.Start < end && !builder.Contains(mention.CategoryId))
                {
                    builder.Add(mention.CategoryId);
                }
            }
        }

        return builder.ToImmutable();
    }

    // English lists categories with commas: "Your national ID number, facial data, bank card number and transaction history
    // are sensitive". A comma right after a category and before the next one ("…, and health data") joins a list; one
    // before a clause ("your location, and sensitive information such as…") still breaks it.
    private static bool IsListComma(string text, int comma, TextSpan sentence, HashSet<int> mentionStarts, HashSet<int> mentionEnds)
    {
        if (text[comma] != ',')
        {
            return false;
        }

        var before = comma;
        while (before > sentence.Start && text[before - 1] == ' ')
        {
            before--;
        }

        var after = comma + 1;
        while (after < sentence.End && text[after] == ' ')
        {
            after++;
        }

        foreach (var joiner in ListJoiners)
        {
            if (after + joiner.Length <= sentence.End && string.Compare(text, after, joiner, 0, joiner.Length, System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                after += joiner.Length;
                while (after < sentence.End && text[after] == ' ')
                {
                    after++;
                }
            }
        }

        return mentionEnds.Contains(before) && mentionStarts.Contains(after);
    }
}
