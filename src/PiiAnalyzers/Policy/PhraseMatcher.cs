using System.Collections.Generic;

namespace PiiAnalyzers.Policy;

/// <summary>A phrase found in a text: where it starts, how long it is, and what it stands for.</summary>
internal readonly record struct PhraseMatch<T>(int Start, int Length, T Value);

/// <summary>
/// Finds phrases in a text, the longest first, in one pass: a trie over case-folded characters. Phrases that begin or end
/// with a Latin letter or digit match whole words only (a plural "s" may follow); Chinese phrases match anywhere.
/// </summary>
/// <remarks>Each position walks the trie at most as deep as the longest phrase, so matching is linear in the text.</remarks>
internal sealed class PhraseMatcher<T>
{
    private readonly List<Dictionary<char, int>?> _children = new() { null };
    private readonly List<bool> _isTerminal = new() { false };
    private readonly List<T> _values = new() { default! };

    // Which folded characters begin some phrase: most positions of a text begin none, and an array answers that fastest.
    private readonly bool[] _canStart = new bool[char.MaxValue + 1];

    /// <summary>Adds a phrase; a phrase added twice keeps its first value.</summary>
    public void Add(string phrase, T value)
    {
        var node = 0;
        var added = false;
        if (phrase.Length > 0)
        {
            _canStart[Fold(phrase[0])] = true;
        }

        foreach (var c in phrase)
        {
            var folded = Fold(c);
            var children = _children[node] ??= new Dictionary<char, int>();
            if (!children.TryGetValue(folded, out var child))
            {
                child = _children.Count;
                children.Add(folded, child);
                _children.Add(null);
                _isTerminal.Add(false);
                _values.Add(default!);
                added = true;
            }

            node = child;
        }

        if (node != 0 && (added || !_isTerminal[node]))
        {
            _isTerminal[node] = true;
            _values[node] = value;
        }
    }

    /// <summary>Every non-overlapping match from left to right, each the longest phrase at its position.</summary>
    public List<PhraseMatch<T>> FindAll(string text, int start = 0, int end = -1)
    {
        var matches = new List<PhraseMatch<T>>();
        foreach (var match in Matches(text, start, end))
        {
            matches.Add(match);
        }

        return matches;
    }

    /// <summary>
    /// The matches of <see cref="FindAll"/>, the first <paramref name="maxMatches"/> at most, found one at a time as they
    /// are asked for: the reader calls matchers for every sentence, and a list for each call was much of what it allocated.
    /// </summary>
    public MatchEnumerator Matches(string text, int start = 0, int end = -1, int maxMatches = int.MaxValue) =>
        new(this, text, start, end < 0 ? text.Length : end, maxMatches);

    /// <summary>The first match of <see cref="FindAll"/>, without finding the others.</summary>
    public bool TryFindFirst(string text, int start, int end, out PhraseMatch<T> match)
    {
        for (var i = start; i < end; i++)
        {
            if (TryMatchAt(text, i, end, out match))
            {
                return true;
            }
        }

        match = default;
        return false;
    }

    /// <summary>Whether any phrase matches in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public bool Any(string text, int start, int end) => TryFindFirst(text, start, end, out _);

    /// <summary>The longest phrase that starts exactly at <paramref name="position"/> and respects word boundaries.</summary>
    public bool TryMatchAt(string text, int position, int limit, out PhraseMatch<T> match)
    {
        match = default;
        if (!_canStart[Fold(text[position])] || (IsWordChar(text[position]) && position > 0 && IsWordChar(text[position - 1])))
        {
            return false;
        }

        var node = 0;
        var bestEnd = -1;
        var bestNode = 0;
        for (var i = position; i < limit; i++)
        {
            var children = _children[node];
            if (children is null || !children.TryGetValue(Fold(text[i]), out node))
            {
                break;
            }

            if (_isTerminal[node])
            {
                var end = EndOfWord(text, i + 1, limit);
                if (end >= 0)
                {
                    bestEnd = end;
                    bestNode = node;
                }
            }
        }

        if (bestEnd < 0)
        {
            return false;
        }

        match = new PhraseMatch<T>(position, bestEnd - position, _values[bestNode]);
        return true;
    }

    /// <summary>Adds the values of every phrase (not only the longest) that starts at <paramref name="position"/>.</summary>
    public void CollectAt(string text, int position, int limit, List<T> values)
    {
        if (!_canStart[Fold(text[position])] || (IsWordChar(text[position]) && position > 0 && IsWordChar(text[position - 1])))
        {
            return;
        }

        var node = 0;
        for (var i = position; i < limit; i++)
        {
            var children = _children[node];
            if (children is null || !children.TryGetValue(Fold(text[i]), out node))
            {
                return;
            }

            if (_isTerminal[node] && EndOfWord(text, i + 1, limit) >= 0)
            {
                values.Add(_values[node]);
            }
        }
    }

    /// <summary>Walks the matches of one text left to right; a struct, so that <c>foreach</c> allocates nothing.</summary>
    public struct MatchEnumerator
    {
        private readonly PhraseMatcher<T> _matcher;
        private readonly string _text;
        private readonly int _limit;
        private int _next;
        private int _matchesLeft;

        internal MatchEnumerator(PhraseMatcher<T> matcher, string text, int start, int limit, int maxMatches)
        {
            _matcher = matcher;
            _text = text;
            _next = start;
            _limit = limit;
            _matchesLeft = maxMatches;
            Current = default;
        }

        public PhraseMatch<T> Current { get; private set; }

        public readonly MatchEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_next < _limit && _matchesLeft > 0)
            {
                if (_matcher.TryMatchAt(_text, _next, _limit, out var match))
                {
                    Current = match;
                    _next += match.Length;
                    _matchesLeft--;
                    return true;
                }

                _next++;
            }

            return false;
        }
    }

    /// <summary>Folds case, full-width Latin letters and curly apostrophes, so that "ＩＭＥＩ", "imei" and "IMEI" are one phrase.</summary>
    internal static char Fold(char c)
    {
        // Fast paths: ASCII, and Chinese, which has no case.
        if (c < '\u0080')
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (c is >= '\u3000' and <= '\u9FFF')
        {
            return c;
        }

        if (c is >= '\uFF01' and <= '\uFF5E' && !(c is '\uFF08' or '\uFF09' or '\uFF0C' or '\uFF1A' or '\uFF1B' or '\uFF01' or '\uFF1F'))
        {
            c = (char)(c - 0xFEE0);
        }

        return c switch
        {
            '\u2019' or '\u2018' => '\'',
            '\u00A0' => ' ',
            _ => char.ToLowerInvariant(c),
        };
    }

    internal static bool IsWordChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';

    // Where a match ending at 'end' really ends: there when a word ends there, after an English plural "s", else -1.
    private static int EndOfWord(string text, int end, int limit)
    {
        if (end >= limit || !IsWordChar(text[end - 1]) || !IsWordChar(text[end]))
        {
            return end;
        }

        if (text[end] is 's' or 'S' && (end + 1 >= limit || !IsWordChar(text[end + 1])))
        {
            return end + 1;
        }

        return -1;
    }
}
