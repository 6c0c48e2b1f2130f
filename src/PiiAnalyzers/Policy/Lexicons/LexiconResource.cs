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
