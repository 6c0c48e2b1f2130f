using System.Collections.Generic;
using System.Text;

namespace PiiAnalyzers.Policy;

/// <summary>What a block of the policy is, as its markup (or the lack of it) says.</summary>
internal enum PolicyLineKind
{
    Paragraph,

    /// <summary>A Markdown <c>#</c> heading, a setext heading or an HTML <c>h1</c>–<c>h6</c>.</summary>
    Heading,
    ListItem,
    TableRow,
}

/// <summary>
/// One block of policy text with its markup removed (a paragraph, heading, list item or table row), and the original line
/// every part of it came from, so that evidence points at the file a person opens.
/// </summary>
internal sealed class PolicyLine
{
    private readonly int[] _offsets;
    private readonly int[] _lines;

    public PolicyLine(string text, PolicyLineKind kind, int headingLevel, bool isEmphasized, int[] offsets, int[] lines)
    {
        Text = text;
        Kind = kind;
        HeadingLevel = headingLevel;
        IsEmphasized = isEmphasized;
        _offsets = offsets;
        _lines = lines;
    }

    public string Text { get; }

    public PolicyLineKind Kind { get; }

    /// <summary>1–6 for a heading its markup marks; 0 otherwise.</summary>
    public int HeadingLevel { get; }

    /// <summary>Whether the whole block is bold (<c>**…**</c>, <c>&lt;strong&gt;</c>): often a heading in disguise.</summary>
    public bool IsEmphasized { get; }

    public int FirstLine => _lines.Length == 0 ? 1 : _lines[0];

    public int LastLine => _lines.Length == 0 ? 1 : _lines[_lines.Length - 1];

    /// <summary>The original line of the character at <paramref name="offset"/> in <see cref="Text"/>.</summary>
    public int LineAt(int offset)
    {
        var low = 0;
        var high = _offsets.Length - 1;
        var found = 0;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (_offsets[middle] <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return _lines.Length == 0 ? 1 : _lines[found];
    }

    public override string ToString() => $"{FirstLine}: {Kind} {Text}";
}

/// <summary>Accumulates the text of one block and where each part of it came from.</summary>
internal sealed class PolicyLineBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = new();
    private readonly List<int> _lines = new();

    public int Length => _text.Length;

    public PolicyLineKind Kind { get; set; }

    public int HeadingLevel { get; set; }

    public bool IsEmphasized { get; set; }

    public char LastChar => _text.Length == 0 ? '\0' : _text[_text.Length - 1];

    public void Append(char c, int line)
    {
        Mark(line);
        _text.Append(c);
    }

    public void Append(string text, int line)
    {
        Mark(line);
        _text.Append(text);
    }

    public void Append(string text, int start, int length, int line)
    {
        Mark(line);
        _text.Append(text, start, length);
    }

    /// <summary>Ends the block; returns null when it holds only white space.</summary>
    public PolicyLine? Build()
    {
        var end = _text.Length;
        while (end > 0 && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        var start = 0;
        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        PolicyLine? line = null;
        if (end > start)
        {
            var offsets = new List<int>(_offsets.Count);
            var lines = new List<int>(_lines.Count);
            for (var i = 0; i < _offsets.Count; i++)
            {
                var shifted = _offsets[i] - start;
                if (shifted < end - start)
                {
                    // A part that started in the trimmed leading white space starts the text.
                    offsets.Add(shifted < 0 ? 0 : shifted);
                    lines.Add(_lines[i]);
                }
            }

            CollapseLeadingParts(offsets, lines);
            line = new PolicyLine(_text.ToString(start, end - start), Kind, HeadingLevel, IsEmphasized, offsets.ToArray(), lines.ToArray());
        }

        _text.Clear();
        _offsets.Clear();
        _lines.Clear();
        Kind = PolicyLineKind.Paragraph;
        HeadingLevel = 0;
        IsEmphasized = false;
        return line;
    }

    private void Mark(int line)
    {
        if (_lines.Count == 0 || _lines[_lines.Count - 1] != line)
        {
            if (_offsets.Count > 0 && _offsets[_offsets.Count - 1] == _text.Length)
            {
                // Nothing was appended since the last mark: the new line replaces it.
                _lines[_lines.Count - 1] = line;
                return;
            }

            _offsets.Add(_text.Length);
            _lines.Add(line);
        }
    }

    // Several parts clamped to offset 0 (white space trimmed away): only the last one starts the text.
    private static void CollapseLeadingParts(List<int> offsets, List<int> lines)
    {
        var firstKept = 0;
        while (firstKept + 1 < offsets.Count && offsets[firstKept + 1] == 0)
        {
            firstKept++;
        }

        if (firstKept > 0)
        {
            offsets.RemoveRange(0, firstKept);
            lines.RemoveRange(0, firstKept);
        }
    }
}
