using System.Collections.Generic;

namespace PiiAnalyzers.Policy;

/// <summary>A range [Start, End) of a block's text.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>Splits a block's text into sentences and clauses, the scopes negation and claims work in.</summary>
internal static class TextSpans
{
    private static readonly string[] Abbreviations =
    {
        "e.g", "i.e", "etc", "inc", "ltd", "co", "corp", "mr", "mrs", "ms", "dr", "no", "vs", "st", "u.s", "approx", "incl",
    };

    /// <summary>
    /// Sentences end at 。！？；, at '!' '?' ';' not inside a web address, and at a '.' that ends a word other than an
    /// abbreviation.
    /// </summary>
    /// <remarks>Found one at a time as <c>foreach</c> asks, without a list: the reader splits every line of a policy.</remarks>
    public static SentenceEnumerator Sentences(string text) => new(text);

    /// <summary>The sentences of one text, left to right, each without the white space before it; empty ones skipped.</summary>
    public struct SentenceEnumerator : IEnumerable<TextSpan>
    {
        private readonly string _text;
        private int _start;
        private int _next;

        internal SentenceEnumerator(string text)
        {
            _text = text;
            _start = 0;
            _next = 0;
            Current = default;
        }

        public TextSpan Current { get; private set; }

        public readonly SentenceEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            // _next passes the end of the text once the last sentence, which needs no end mark, has been given.
            while (_next <= _text.Length)
            {
                var i = _next++;
                if (i < _text.Length && !IsSentenceEnd(_text, i))
                {
                    continue;
                }

                var start = _start;
                var end = i < _text.Length ? i + 1 : _text.Length;
                _start = end;
                while (start < end && char.IsWhiteSpace(_text[start]))
                {
                    start++;
                }

                if (end > start)
                {
                    Current = new TextSpan(start, end);
                    return true;
                }
            }

            return false;
        }

        readonly IEnumerator<TextSpan> IEnumerable<TextSpan>.GetEnumerator()
        {
            foreach (var sentence in this)
            {
                yield return sentence;
            }
        }

        readonly System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => ((IEnumerable<TextSpan>)this).GetEnumerator();
    }

    /// <summary>Whether the character separates clauses of one sentence (commas, colons).</summary>
    public static bool IsClauseBreak(char c) => c is '，' or ',' or '：' or ':';

    /// <summary>The clause of <paramref name="span"/> that holds <paramref name="position"/>: between the clause breaks around it.</summary>
    public static TextSpan ClauseAround(string text, TextSpan span, int position)
    {
        var start = position;
        while (start > span.Start && !IsClauseBreak(text[start - 1]))
        {
            start--;
        }

        var end = position;
        while (end < span.End && !IsClauseBreak(text[end]))
        {
            end++;
        }

        return new TextSpan(start, end);
    }

    /// <summary>Whether the span ends in a colon (a lead-in to a list), trailing white space aside.</summary>
    public static bool EndsWithColon(string text, TextSpan span)
    {
        var end = span.End;
        while (end > span.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > span.Start && text[end - 1] is '：' or ':';
    }

    private static bool IsSentenceEnd(string text, int i)
    {
        var c = text[i];
        if (c is '。' or '！' or '？' or '；')
        {
            return true;
        }

        if (c is '!' or '?' or ';')
        {
            // "help/doc?lid=1584&did=10959": a query string goes on with a letter or digit; a sentence does not.
            return i + 1 >= text.Length || !(IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] is '=' or '&' or '/');
        }

        if (c != '.' || (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])))
        {
            return false;
        }

        // The word before the period, at most a few letters back: "e.g." and "Inc." do not end sentences.
        var wordStart = i;
        while (wordStart > 0 && i - wordStart < 6 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        return wordStart == i || !IsAbbreviation(text, wordStart, i);
    }

    // Compared in place: a substring for every period of a policy added up.
    private static bool IsAbbreviation(string text, int start, int end)
    {
        foreach (var abbreviation in Abbreviations)
        {
            if (abbreviation.Length == end - start && string.Compare(text, start, abbreviation, 0, abbreviation.Length, System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text with each web and e-mail address in the sentence ("https://open.weixin.qq.com/…", "www.example.com",
    /// "help@qq.com") blanked out, the same length so that positions hold; the text itself when the sentence has none.
    /// </summary>
    public static string WithoutWebAddresses(string text, TextSpan sentence)
    {
        char[]? blanked = null;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (text[i] == '@' && i > sentence.Start && IsAsciiLetterOrDigit(text[i - 1]))
            {
                // "3473056656@qq.com": an e-mail address names a mailbox, not who gets data.
                i--;
                while (i > sentence.Start && (IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or '_' or '-'))
                {
                    i--;
                }
            }
            else if (!StartsWebAddress(text, i, sentence.End))
            {
                continue;
            }

            blanked ??= text.ToCharArray();
            while (i < sentence.End && text[i] > ' ' && text[i] < '\u007F' && text[i] is not ('|' or '<' or '>' or '"' or ')'))
            {
                blanked[i++] = ' ';
            }
        }

        return blanked is null ? text : new string(blanked);
    }

    private static bool StartsWebAddress(string text, int i, int end) =>
        (text[i] is 'h' or 'H' && (StartsWith(text, i, end, "http://") || StartsWith(text, i, end, "https://")))
        || (text[i] is 'w' or 'W' && StartsWith(text, i, end, "www.") && (i == 0 || !IsAsciiLetterOrDigit(text[i - 1])));

    private static bool StartsWith(string text, int i, int end, string prefix) =>
        i + prefix.Length <= end && string.Compare(text, i, prefix, 0, prefix.Length, System.StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsAsciiLetterOrDigit(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
}
