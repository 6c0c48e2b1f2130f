using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>
/// SDK lists written as labelled lines rather than a table: "SDK名称：友盟SDK" (or the name alone on the line before),
/// "公司名称：…", "使用目的：…", "收集个人信息类型：设备信息". Each row's company, purpose and data are bound to that row, and a row whose data lines
/// never come is an unclear claim about no data, not a claim that the SDK receives all data.
/// </summary>
internal sealed class SdkRows
{
    private static readonly PhraseMatcher<LabelKind> AllLabels = CreateLabels();

    // "微信/QQ/微博分享", "umeng（友盟）": longer, a line is a sentence rather than a name.
    private const int MaxNameLineLength = 30;
    private const int MaxOtherChineseInNameLine = 4;

    private static readonly char[] SentencePunctuation = { '。', '，', '：', ':', '；', ';', ',' };

    private readonly SharingClaims _sharing;
    private Row? _row;

    // The sentence just before, unlabelled: when it is a line holding only a name, a row without a name label may follow it
    // (asked only then, since most sentences are followed by none).
    private ClaimSentence? _nameLine;

    public SdkRows(SharingClaims sharing)
    {
        _sharing = sharing;
    }

    /// <summary>Whether the sentence holds a row's labelled parts (taken here, so it makes no claim of its own).</summary>
    /// <remarks>A row's lines often run into one paragraph ("SDK名称：友盟SDK 公司名称：… 使用目的：…"): each label's value runs to the next label.</remarks>
    public bool Take(ClaimSentence sentence)
    {
        var candidate = _nameLine;
        _nameLine = null;
        var text = sentence.Text;
        var labels = Labels(text, sentence.Span);
        if (labels is null)
        {
            // The rest of a data line lists more data; a sentence there that shares ("我们不会将您的个人敏感信息与合作方
            // 共享") makes its own claim.
            if (_row is not null && ReferenceEquals(sentence.Line, _row.DataLine) && !sentence.Cues.Has(Cue.Share))
            {
                AddCategories(sentence, sentence.Span);
                return true;
            }

            Flush();
            _nameLine = sentence;
            return false;
        }

        if (_row is null && labels[0].Kind != LabelKind.Name)
        {
            // "umeng（友盟）" on a line of its own, then "使用目的：…", "共享的个人信息类型：…": the line names the row.
            if (candidate is null || !IsNameLine(candidate))
            {
                return false;
            }

            // The name line made whatever claim it could alone ("微信/QQ/微博分享": shared, all data); the row says it better.
            _sharing.Withdraw(candidate.Evidence);
            _row = new Row(candidate.Evidence);
            AddNames(candidate.Text, candidate.Span);
        }

        for (var i = 0; i < labels.Count; i++)
        {
            var value = new TextSpan(labels[i].ValueStart, i + 1 < labels.Count ? labels[i + 1].Start : sentence.Span.End);
            switch (labels[i].Kind)
            {
                case LabelKind.Name:
                    Flush();
                    _row = new Row(sentence.Evidence);
                    AddNames(text, value);
                    break;
                case LabelKind.Company:
                    AddNames(text, value);
                    break;
                case LabelKind.Purpose:
                    _row!.Purpose = text.Substring(value.Start, value.Length).Trim().TrimEnd('；', ';', '。', '，', ',');
                    break;
                default:
                    _row!.DataLine = sentence.Line;
                    AddCategories(sentence, value);
                    break;
            }
        }

        return true;
    }

    // A line that is only a short name a recipient is known by, with no label and no sentence of its own.
    private static bool IsNameLine(ClaimSentence sentence) =>
        sentence.Span.Length <= MaxNameLineLength
        && sentence.Text.IndexOfAny(SentencePunctuation, sentence.Span.Start, sentence.Span.Length) < 0
        && IsWholeLine(sentence.Text, sentence.Span)
        && RecipientNames.Find(sentence.Text, sentence.Span) is { IsEmpty: false } names
        && OtherChineseCharacters(sentence, names) <= MaxOtherChineseInNameLine;

    private static bool IsWholeLine(string text, TextSpan span)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if ((i < span.Start || i >= span.End) && !char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // "微信/QQ/微博分享" is names and a word; "华为会如何使用您的个人数据" is a sentence about one.
    private static int OtherChineseCharacters(ClaimSentence sentence, ImmutableArray<string> names)
    {
        var line = sentence.Text.Substring(sentence.Span.Start, sentence.Span.Length);
        foreach (var name in names)
        {
            line = line.Replace(name, string.Empty);
        }

        return line.Count(TextLineReader.IsCjk);
    }

    /// <summary>Ends the row being read, making its claim.</summary>
    public void Flush()
    {
        if (_row is { Recipients.Count: > 0 } row)
        {
            var unclear = row.Categories.Count == 0 ? "names no data the recipient receives" : null;
            _sharing.Add(new SharingClaim(
                SharingClaimKind.SharedWith,
                hasExceptions: false,
                row.Recipients.ToImmutableArray(),
                ImmutableArray<string>.Empty,
                row.Categories.ToImmutableArray(),
                row.Evidence,
                row.Purpose,
                unclear));
        }

        _row = null;
    }

    private void AddNames(string text, TextSpan value)
    {
        var found = RecipientNames.Find(text, value);
        var names = found.IsEmpty ? ImmutableArray.Create(text.Substring(value.Start, value.Length).Trim().TrimEnd('；', ';', '。')) : found;
        foreach (var name in names)
        {
            if (name.Length > 1 && !_row!.Recipients.Contains(name))
            {
                _row.Recipients.Add(name);
            }
        }
    }

    // Every label followed by a colon in the sentence, in order; null when there is none, as in most sentences, which
    // then allocate nothing here.
    private static List<(int Start, int ValueStart, LabelKind Kind)>? Labels(string text, TextSpan sentence)
    {
        List<(int Start, int ValueStart, LabelKind Kind)>? labels = null;
        foreach (var label in AllLabels.Matches(text, sentence.Start, sentence.End))
        {
            var colon = label.Start + label.Length;
            if (colon < sentence.End && text[colon] is '：' or ':')
            {
                (labels ??= new()).Add((label.Start, colon + 1, label.Value));
            }
        }

        return labels;
    }

    private void AddCategories(ClaimSentence sentence, TextSpan value)
    {
        foreach (var mention in sentence.Mentions)
        {
            if (mention.Start >= value.Start && mention.Start < value.End && !_row!.Categories.Contains(mention.CategoryId))
            {
                _row.Categories.Add(mention.CategoryId);
            }
        }
    }

    private static PhraseMatcher<LabelKind> CreateLabels()
    {
        var matcher = new PhraseMatcher<LabelKind>();
        foreach (var (group, kind) in new[] { ("name-label", LabelKind.Name), ("company-label", LabelKind.Company), ("purpose-label", LabelKind.Purpose), ("data-label", LabelKind.Data) })
        {
            foreach (var label in ClaimWords.Group("sdk-lists", group))
            {
                matcher.Add(label, kind);
            }
        }

        return matcher;
    }

    private enum LabelKind
    {
        Name,
        Company,
        Purpose,
        Data,
    }

    private sealed class Row
    {
        public Row(PolicyEvidence evidence)
        {
            Evidence = evidence;
        }

        public PolicyEvidence Evidence { get; }

        public List<string> Recipients { get; } = new();

        public List<string> Categories { get; } = new();

        public string? Purpose { get; set; }

        public PolicyLine? DataLine { get; set; }
    }
}
