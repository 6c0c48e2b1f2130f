using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace PiiAnalyzers.Policy.Lexicons;

/// <summary>
/// Reads one word list embedded from <c>Policy/Lexicons/&lt;language&gt;.&lt;list&gt;.txt</c>: one entry a line, blank
/// lines and lines starting with <c>#</c> skipped, entries trimmed. The lists are data so that a language or a phrase
/// is added without touching code.
/// </summary>
internal static class LexiconResource
{
    /// <summary>The languages with word lists: a policy may mix them, and a phrase of one never matches text of another.</summary>
    public static IReadOnlyList<string> Languages { get; } = new[] { "zh", "en" };

    /// <summary>
    /// The lines of <c>&lt;language&gt;.&lt;list&gt;.txt</c> for every language, written <c>key: phrase|phrase</c>: each
    /// line's key and its phrases (trimmed, empty ones dropped), in language then file order.
    /// </summary>
    /// <exception cref="InvalidOperationException">A line is not <c>key: phrase|phrase</c>: a mistake in the list.</exception>
    public static IEnumerable<(string Key, IReadOnlyList<string> Phrases)> ReadKeyedPhrases(string list)
    {
        foreach (var language in Languages)
        {
            var fileName = language + "." + list + ".txt";
            foreach (var line in ReadLines(fileName))
            {
                var colon = line.IndexOf(':');
                if (colon <= 0)
                {
                    throw new InvalidOperationException($"{fileName}: '{line}' is not 'key: phrase|phrase'.");
                }

                var phrases = new List<string>();
                foreach (var phrase in line.Substring(colon + 1).Split('|'))
                {
                    if (phrase.Trim().Length > 0)
                    {
                        phrases.Add(phrase.Trim());
                    }
                }

                yield return (line.Substring(0, colon).Trim(), phrases);
            }
        }
    }

    /// <summary>
    /// The phrases of <c>&lt;language&gt;.&lt;list&gt;.txt</c> for every language as one matcher (longest phrase first,
    /// English whole words, case ignored): for lists whose only question is whether a text holds one of them.
    /// </summary>
    public static PhraseMatcher<bool> ReadMatcher(string list)
    {
        var matcher = new PhraseMatcher<bool>();
        foreach (var language in Languages)
        {
            foreach (var phrase in ReadLines(language + "." + list + ".txt"))
            {
                matcher.Add(phrase, true);
            }
        }

        return matcher;
    }

    /// <summary>The entries of <paramref name="fileName"/> (for example <c>zh.negators.txt</c>), in file order.</summary>
    /// <exception cref="InvalidOperationException">The list is not embedded: a build mistake, not bad input.</exception>
    public static IReadOnlyList<string> ReadLines(string fileName)
    {
        var name = "PiiAnalyzers.Lexicons." + fileName;
        using var stream = typeof(LexiconResource).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The word list '{name}' is not embedded in {typeof(LexiconResource).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var entry = line.Trim();
            if (entry.Length > 0 && entry[0] != '#')
            {
                lines.Add(entry);
            }
        }

        return lines;
    }
}
