using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>
/// Sensitivity claims: the categories a sentence calls sensitive personal information. A definition ("敏感个人信息是指…")
/// and its examples are not the practice of the service; "该信息属于敏感个人信息" points back at the data named before it.
/// </summary>
internal sealed class SensitivityClaims
{
    // Bounds the work of one sentence that repeats a word without end (a hostile or broken file).
    private const int MaxSensitiveWordsPerSentence = 16;

    private static readonly PhraseMatcher<bool> SensitiveWords = ClaimWords.Matcher("sensitive", "sensitive");
    private static readonly string[] ListJoiners = { "and ", "or ", "your " };
    private static readonly PhraseMatcher<bool> Anaphors = ClaimWords.Matcher("claims", "anaphor");

    private readonly ImmutableArray<SensitivityClaim>.Builder _claims = ImmutableArray.CreateBuilder<SensitivityClaim>();
    private PolicyLine? _definitionLine;
    public void Add(ClaimSentence sentence)
    {
        if (!sentence.Cues.Has(Cue.Sensitive))
        {
            return;
        }

        if (sentence.IsDefinition)
        {
            _definitionLine = sentence.Line;
            return;
        }

        var example = sentence.ExampleBetween(sentence.Span.Start, sentence.Span.End);
        if (example is not null && ReferenceEquals(sentence.Line, _definitionLine))
        {
            return;
        }

        var sensitive = CategoriesCalledSensitive(sentence, out var pointsBack);
        var definedByList = DefinedByList(sentence);
        if (sensitive.IsEmpty && pointsBack)
        {
            sensitive = sentence.PrecedingCategories;
        }

        if (!sensitive.IsEmpty)
        {
            var unclear = sentence.Unreadable
                ?? (example is not null && !sentence.ExamplesWhatItCollects() ? ClaimSentence.Reason("an example", example) : null)
                ?? (definedByList is { } term ? ClaimSentence.Reason("defines the term by a list", term) : null)
                ?? (sentence.Hedge is { } hedge ? ClaimSentence.Reason("hedged", hedge) : null);
            _claims.Add(new SensitivityClaim(sensitive, sentence.Evidence, unclear));
        }
    }

    public ImmutableArray<SensitivityClaim> Build() => _claims.ToImmutable();

    // The categories in the clause that says "sensitive", and in the list after it when a colon introduces one:
    // "we collect your location, and sensitive information such as health data" calls only health data sensitive.
    // "个人敏感信息包括：身份证号码…": the term opening its clause and listed, as the national standard defines it.
    private static string? DefinedByList(ClaimSentence sentence)
    {
        foreach (var word in SensitiveWords.Matches(sentence.Text, sentence.Span.Start, sentence.Span.End, MaxSensitiveWordsPerSentence))
        {
            if (sentence.IsEnumeratedDefinition(word.Start, word.Start + word.Length))
            {
                return sentence.Text.Substring(word.Start, word.Length);
            }
        }

        return null;
    }

    // pointsBack: the clause names no data but points at data named before it ("该信息属于敏感个人信息"); the mentions of the
    // sentence before the clause then are the ones called sensitive.
    private static ImmutableArray<string> CategoriesCalledSensitive(ClaimSentence sentence, out bool pointsBack)
    {
        pointsBack = false;
        var text = sentence.Text;
        var span = sentence.Span;
        var mentions = sentence.Mentions;
        var builder = ImmutableArray.CreateBuilder<string>();
        var mentionStarts = new HashSet<int>(mentions.Select(mention => mention.Start));
        var mentionEnds = new HashSet<int>(mentions.Select(mention => mention.Start + mention.Length));
        foreach (var word in SensitiveWords.Matches(text, span.Start, span.End, MaxSensitiveWordsPerSentence))
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

            var named = false;
            foreach (var mention in mentions)
            {
                if (mention.Start >= start && mention.Start < end)
                {
                    named = true;
                    if (!builder.Contains(mention.CategoryId))
                    {
                        builder.Add(mention.CategoryId);
                    }
                }
            }

            // "Sensitive personal information may include, for example, religious beliefs": the clause names nothing and
            // the data follow in the rest of the sentence.
            if (!named && !Anaphors.Any(text, start, end))
            {
                foreach (var mention in mentions)
                {
                    if (mention.Start >= end && !builder.Contains(mention.CategoryId))
                    {
                        builder.Add(mention.CategoryId);
                    }
                }
            }

            if (!named && Anaphors.Any(text, start, end))
            {
                pointsBack = true;
                foreach (var mention in mentions)
                {
                    if (mention.Start < start && !builder.Contains(mention.CategoryId))
                    {
                        builder.Add(mention.CategoryId);
                    }
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
