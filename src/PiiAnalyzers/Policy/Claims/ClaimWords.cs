using System;
using System.Collections.Generic;
using PiiAnalyzers.Policy.Lexicons;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>
/// The claim word lists, <c>&lt;language&gt;.&lt;list&gt;.txt</c> in Policy/Lexicons, every language's merged: a policy
/// may mix languages, and a phrase of one never matches text of another. Each line is <c>group: phrase|phrase</c>.
/// </summary>
internal static class ClaimWords
{
    /// <summary>The phrases of <paramref name="group"/> in <paramref name="list"/>, every language's, in file order.</summary>
    public static IReadOnlyList<string> Group(string list, string group)
    {
        var phrases = new List<string>();
        foreach (var (name, entries) in Groups(list))
        {
            if (string.Equals(name, group, StringComparison.Ordinal))
            {
                phrases.AddRange(entries);
            }
        }

        return phrases;
    }

    /// <summary>Every line of <paramref name="list"/> in every language: its group and its phrases.</summary>
    public static IEnumerable<(string Group, IReadOnlyList<string> Phrases)> Groups(string list) =>
        LexiconResource.ReadKeyedPhrases(list);

    /// <summary>The phrases of one group written in Latin letters (English), or in other scripts (Chinese).</summary>
    public static IReadOnlyList<string> Group(string list, string group, bool latin)
    {
        var phrases = new List<string>();
        foreach (var phrase in Group(list, group))
        {
            if (PhraseMatcher<bool>.IsWordChar(phrase[0]) == latin)
            {
                phrases.Add(phrase);
            }
        }

        return phrases;
    }

    /// <summary>A matcher for the phrases of one group.</summary>
    public static PhraseMatcher<bool> Matcher(string list, string group) => Matcher(Group(list, group));

    public static PhraseMatcher<bool> Matcher(IEnumerable<string> phrases)
    {
        var matcher = new PhraseMatcher<bool>();
        foreach (var phrase in phrases)
        {
            matcher.Add(phrase, true);
        }

        return matcher;
    }

    // The searches below index the lists rather than enumerate them: they run at many positions of every sentence, and
    // enumerating an IReadOnlyList allocates an enumerator each time.

    /// <summary>Whether <paramref name="text"/> has one of <paramref name="words"/> starting at <paramref name="position"/>.</summary>
    public static bool StartsWithAny(string text, int position, int end, IReadOnlyList<string> words) => StartingAt(text, position, end, words) is not null;

    /// <summary>The one of <paramref name="words"/> that starts at <paramref name="position"/> and ends by <paramref name="end"/>, or null.</summary>
    public static string? StartingAt(string text, int position, int end, IReadOnlyList<string> words)
    {
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (position + word.Length <= end && string.Compare(text, position, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>The one of <paramref name="words"/> that ends at <paramref name="end"/> and starts at or after <paramref name="start"/>, or null.</summary>
    public static string? EndingAt(string text, int start, int end, IReadOnlyList<string> words)
    {
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (end - word.Length >= start && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) begins with one of <paramref name="words"/>, case counting.</summary>
    public static bool HasAnyAt(string text, int start, int end, IReadOnlyList<string> words)
    {
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (start + word.Length <= end && string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> contains one of <paramref name="words"/>, case counting.</summary>
    public static bool ContainsAny(string text, IReadOnlyList<string> words) => ContainsAny(text, 0, text.Length, words);

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> contains one of <paramref name="words"/>, case counting.</summary>
    public static bool ContainsAny(string text, int start, int end, IReadOnlyList<string> words)
    {
        for (var w = 0; w < words.Count; w++)
        {
            if (end - start >= words[w].Length && text.IndexOf(words[w], start, end - start, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> ends with one of <paramref name="words"/>, case counting.</summary>
    public static bool EndsWithAny(string text, IReadOnlyList<string> words)
    {
        for (var w = 0; w < words.Count; w++)
        {
            if (text.EndsWith(words[w], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of <paramref name="words"/> in [<paramref name="start"/>, <paramref name="end"/>) covers <paramref name="position"/>.</summary>
    public static bool CoversAny(string text, int position, int start, int end, IReadOnlyList<string> words)
    {
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            for (var at = Math.Max(start, position - word.Length + 1); at <= position && at + word.Length <= end; at++)
            {
                if (string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
