using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace PiiAnalyzers.Discovery;

/// <summary>
/// Splits an identifier into lowercase words the way people write them in code: PascalCase and camelCase
/// (<c>PhoneNumber</c>), snake_case and kebab-case (<c>mobile_no</c>), digits (<c>AddressLine2</c>), and acronyms
/// (<c>IDCardNo</c> is <c>id card no</c>, <c>UserIDs</c> is <c>user ids</c>). A Chinese character is a word of its own.
/// </summary>
public static class NameSplitter
{
    /// <summary>The words of an identifier, lowercase, in order; empty for an identifier with no letters or digits.</summary>
    public static ImmutableArray<string> Split(string? identifier)
    {
        if (string.IsNullOrEmpty(identifier))
        {
            return ImmutableArray<string>.Empty;
        }

        var text = identifier!;
        var words = ImmutableArray.CreateBuilder<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(words, current);
                continue;
            }

            if (IsIdeograph(c))
            {
                Flush(words, current);
                words.Add(c.ToString());
                continue;
            }

            if (current.Length > 0 && StartsWord(text, i))
            {
                Flush(words, current);
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush(words, current);
        return words.ToImmutable();
    }

    // Whether text[i] begins a new word; text[i - 1] is a letter or digit of the current word.
    private static bool StartsWord(string text, int i)
    {
        var c = text[i];
        var previous = text[i - 1];
        if (char.IsDigit(c) != char.IsDigit(previous))
        {
            return true;
        }

        if (char.IsUpper(c) && char.IsLower(previous))
        {
            return true;
        }

        // The last capital of an acronym starts the next word (IDCard: ID, Card), unless it is the acronym's plural (IDs).
        if (char.IsUpper(c) && char.IsUpper(previous) && i + 1 < text.Length && char.IsLower(text[i + 1]))
        {
            var isPlural = text[i + 1] == 's' && (i + 2 == text.Length || !char.IsLower(text[i + 2]));
            return !isPlural;
        }

        return false;
    }

    private static void Flush(ImmutableArray<string>.Builder words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }

    private static bool IsIdeograph(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c >= '\u2E80';
}
