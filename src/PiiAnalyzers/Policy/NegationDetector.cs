using System;
using System.Collections.Generic;
using PiiAnalyzers.Policy.Claims;

namespace PiiAnalyzers.Policy;

/// <summary>
/// Finds the category mentions of a sentence that the sentence excludes: "我们不会收集您的通讯录", "无需提供姓名",
/// "we do not collect your name", "does not reveal your identity (like your name)", "身份证号码不会被上传".
/// </summary>
/// <remarks>
/// A negated collection verb ("不会收集", "never ask for") starts a scope that runs to the end of the sentence, ended early
/// by a contrast ("但", "仅", "except", "but") or by a clause with a collection verb of its own. A mention before such a
/// verb is negated when nothing between them collects or contrasts ("手机号码我们不会收集"). A negation inside a
/// condition or a choice ("如您不提供…", "if you do not provide", "您可以选择不提供") excludes nothing.
/// </remarks>
internal static class NegationDetector
{
    // How far before a verb its negation may be: "不会主动收集", "do not knowingly collect".
    private const int ChineseWindow = 5;
    private const int EnglishWordWindow = 3;

    private enum EventKind
    {
        Cue,
        Collects,
        Contrast,
        ClauseBreak,
    }

    // How far before a mention a negation without a verb may be: "never your", "不包括您的".
    private const int NounNegationWindow = 12;

    private static readonly char[] ClauseBreaks = { '，', ',', '：', ':' };
    private static readonly PhraseMatcher<bool> Verbs = CreateVerbs();
    private static readonly PhraseMatcher<bool> NounNegators = ClaimWords.Matcher(ClaimWords.Group("negators", "noun-negator", latin: true));
    private static readonly PhraseMatcher<bool> ChineseNounNegators = ClaimWords.Matcher(ClaimWords.Group("negators", "noun-negator", latin: false));
    private static readonly PhraseMatcher<bool> Contrasts = ClaimWords.Matcher("negators", "contrast");
    private static readonly PhraseMatcher<bool> Conditions = ClaimWords.Matcher("negators", "condition");
    private static readonly PhraseMatcher<bool> EnglishNegators = ClaimWords.Matcher(ClaimWords.Group("negators", "negator", latin: true));
    private static readonly PhraseMatcher<bool> EnglishNonNegations = ClaimWords.Matcher(ClaimWords.Group("negators", "not-a-negator", latin: true));
    private static readonly IReadOnlyList<string> ChineseNegators = ClaimWords.Group("negators", "negator", latin: false);

    // Words that start with a negation character but do not negate: 不仅 (not only), 未经 (without), 未成年 (minor)...
    private static readonly IReadOnlyList<string> FalseNegations = ClaimWords.Group("negators", "not-a-negator", latin: false);

    /// <summary>
    /// For each mention (sorted by position, all inside the sentence), whether the sentence excludes it; and whether the
    /// sentence collects anything at all (a collection verb that is not negated).
    /// </summary>
    public static (bool[] Negated, bool Collects) Analyze(string text, TextSpan sentence, IReadOnlyList<CategoryMention> mentions)
    {
        var negated = new bool[mentions.Count];
        var events = FindEvents(text, sentence, mentions);
        var collects = events.Exists(e => e.Kind == EventKind.Collects);

        // A negated verb excludes the mentions after it.
        var active = false;
        var collectsInClause = false;
        var collectsBefore = new bool[mentions.Count];
        var eventIndex = 0;
        for (var m = 0; m < mentions.Count; m++)
        {
            while (eventIndex < events.Count && events[eventIndex].Position <= mentions[m].Start)
            {
                var kind = events[eventIndex].Kind;
                active = kind == EventKind.Cue || (active && kind == EventKind.ClauseBreak);
                collectsInClause = kind is EventKind.Collects or EventKind.Contrast || (collectsInClause && kind == EventKind.Cue);
                eventIndex++;
            }

            negated[m] = active;
            collectsBefore[m] = collectsInClause;
        }

        // ...and the mentions before it in its clause, unless something collects or contrasts in between or before.
        var cueFollows = false;
        eventIndex = events.Count - 1;
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            while (eventIndex >= 0 && events[eventIndex].Position > mentions[m].Start)
            {
                cueFollows = events[eventIndex].Kind == EventKind.Cue;
                eventIndex--;
            }

            negated[m] |= cueFollows && !collectsBefore[m];
        }

        return (negated, collects);
    }

    private static List<(int Position, EventKind Kind)> FindEvents(string text, TextSpan sentence, IReadOnlyList<CategoryMention> mentions)
    {
        var events = new List<(int Position, EventKind Kind)>();
        // Each kind of word is walked once, left to right, as the scan reaches it; Has* says whether one is left.
        var conditions = Conditions.Matches(text, sentence.Start, sentence.End);
        var contrasts = Contrasts.Matches(text, sentence.Start, sentence.End);
        var verbs = Verbs.Matches(text, sentence.Start, sentence.End);
        var hasCondition = conditions.MoveNext();
        var hasContrast = contrasts.MoveNext();
        var hasVerb = verbs.MoveNext();
        var clauseStart = sentence.Start;
        var mentionIndex = 0;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (TextSpans.IsClauseBreak(text[i]))
            {
                events.Add((i, EventKind.ClauseBreak));
                clauseStart = i + 1;
                continue;
            }

            while (hasContrast && contrasts.Current.Start < i)
            {
                hasContrast = contrasts.MoveNext();
            }

            if (hasContrast && contrasts.Current.Start == i)
            {
                events.Add((i, EventKind.Contrast));
            }

            while (hasVerb && verbs.Current.Start < i)
            {
                hasVerb = verbs.MoveNext();
            }

            if (!hasVerb || verbs.Current.Start != i)
            {
                continue;
            }

            // A verb inside a category phrase ("通话记录", "access logs") is part of a noun.
            while (mentionIndex < mentions.Count && mentions[mentionIndex].Start + mentions[mentionIndex].Length <= i)
            {
                mentionIndex++;
            }

            if (mentionIndex < mentions.Count && mentions[mentionIndex].Start <= i)
            {
                continue;
            }

            var negator = FindNegator(text, clauseStart, i);
            if (negator < 0)
            {
                events.Add((i, EventKind.Collects));
                continue;
            }

            while (hasCondition && conditions.Current.Start < clauseStart)
            {
                hasCondition = conditions.MoveNext();
            }

            // "如您不提供…" states a consequence, not an exclusion: the verb neither collects nor excludes.
            var isConditional = hasCondition && conditions.Current.Start < negator;
            if (!isConditional)
            {
                events.Add((negator, EventKind.Cue));
            }
        }

        AddNegatedNounPhrases(text, sentence, mentions, events);
        events.Sort((a, b) => a.Position.CompareTo(b.Position));
        return events;
    }

    // "but never your contacts", "不包括您的通讯录": a negation right before a mention, with no verb, excludes it too.
    private static void AddNegatedNounPhrases(string text, TextSpan sentence, IReadOnlyList<CategoryMention> mentions, List<(int Position, EventKind Kind)> events)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            var limit = Math.Max(sentence.Start, mention.Start - NounNegationWindow);
            if (PhraseMatcher<bool>.IsWordChar(text[mention.Start]) || (mention.Start > sentence.Start && text[mention.Start - 1] == ' '))
            {
                foreach (var negator in NounNegators.Matches(text, limit, mention.Start))
                {
                    var between = text.Substring(negator.Start + negator.Length, mention.Start - negator.Start - negator.Length);
                    if (CountWords(between) <= 1 && between.IndexOfAny(ClauseBreaks) < 0)
                    {
                        events.Add((negator.Start, EventKind.Cue));
                        break;
                    }
                }

                continue;
            }

            foreach (var negator in ChineseNounNegators.Matches(text, limit, mention.Start))
            {
                if (text.IndexOfAny(ClauseBreaks, negator.Start, mention.Start - negator.Start) < 0)
                {
                    events.Add((negator.Start, EventKind.Cue));
                    break;
                }
            }
        }
    }

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = IsEnglishWordChar(c);
            words += isWordChar && !inWord ? 1 : 0;
            inWord = isWordChar;
        }

        return words;
    }

    // Where the negation of the verb at 'verb' starts, or -1 when the verb is not negated.
    private static int FindNegator(string text, int clauseStart, int verb)
    {
        var isLatin = PhraseMatcher<bool>.IsWordChar(text[verb]);
        if (!isLatin)
        {
            for (var i = verb - 1; i >= clauseStart && verb - i <= ChineseWindow; i--)
            {
                if (ClaimWords.StartsWithAny(text, i, verb, ChineseNegators) && !ClaimWords.StartsWithAny(text, i, text.Length, FalseNegations))
                {
                    return i;
                }
            }

            return -1;
        }

        var words = 0;
        var position = verb;
        while (words <= EnglishWordWindow && position > clauseStart)
        {
            var wordEnd = position;
            while (wordEnd > clauseStart && !IsEnglishWordChar(text[wordEnd - 1]))
            {
                wordEnd--;
            }

            var wordStart = wordEnd;
            while (wordStart > clauseStart && IsEnglishWordChar(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart == wordEnd)
            {
                return -1;
            }

            if (EnglishNegators.TryMatchAt(text, wordStart, wordEnd, out var match) && match.Length == wordEnd - wordStart
                && !EnglishNonNegations.TryMatchAt(text, wordStart, text.Length, out _))
            {
                return wordStart;
            }

            words++;
            position = wordStart;
        }

        return -1;
    }

    private static bool IsEnglishWordChar(char c) => PhraseMatcher<bool>.IsWordChar(c) || c is '\'' or '\u2019';

    private static PhraseMatcher<bool> CreateVerbs()
    {
        var matcher = ClaimWords.Matcher("negators", "verb");
        foreach (var stem in ClaimWords.Group("negators", "verb-stem"))
        {
            matcher.Add(stem, true);
            matcher.Add(stem + "ed", true);
            matcher.Add(stem + "ing", true);
            matcher.Add(stem + "es", true);
            if (stem.EndsWith("e", StringComparison.Ordinal))
            {
                matcher.Add(stem + "d", true);
                matcher.Add(stem.Substring(0, stem.Length - 1) + "ing", true);
            }
        }

        return matcher;
    }
}
