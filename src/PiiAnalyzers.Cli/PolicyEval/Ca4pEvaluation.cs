using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Cli.PolicyEval;

/// <summary>How the reader found what a policy collects: under a collection heading, from collection sentences, or not at all.</summary>
internal enum Ca4pReading
{
    NotRead,
    CollectionSection,
    CollectionSentences,
}

/// <summary>
/// The reader against CA4P-483's labels. A policy is read when the reader finds what it collects (a collection section,
/// or collection sentences when it has none). Recall counts the labelled data mentions (<c>e_21</c>) on lines that hold a
/// labelled collect verb (<c>e_22</c>), leaving out mentions that name no kind of data
/// (<see cref="CategoryLexicon.NamesNoKind"/>); a mention is found when a category the reader declared has its evidence
/// on the mention's line, overlapping the mention's words ("您的位置" over "位置信息") or, where Markdown in the text keeps
/// the evidence from being found as written, inside them or holding them ("设备ID" in "设备 **ID** 、设备名称").
/// </summary>
internal sealed class Ca4pEvaluation
{
    private const int MostMissedShown = 30;

    private readonly List<(string Id, Ca4pReading Reading)> _policies = new();
    private readonly Dictionary<string, int> _missed = new(StringComparer.Ordinal);
    private int _noKind;

    public int Counted { get; private set; }

    public int Found { get; private set; }

    /// <summary>Found over counted; 1 when nothing is counted.</summary>
    public double Recall => Counted == 0 ? 1 : (double)Found / Counted;

    public int Read => _policies.Count(policy => policy.Reading != Ca4pReading.NotRead);

    public static Ca4pEvaluation Run(IEnumerable<Ca4pPolicy> policies)
    {
        var evaluation = new Ca4pEvaluation();
        foreach (var policy in policies)
        {
            evaluation.Add(policy, PolicyReader.Read(policy.Text, policy.Id));
        }

        return evaluation;
    }

    /// <summary>The report: policies read, recall, and the most-missed mentions with their counts.</summary>
    public string Format()
    {
        var report = new StringBuilder();
        var total = _policies.Count;
        var bySection = _policies.Count(policy => policy.Reading == Ca4pReading.CollectionSection);
        var bySentences = _policies.Count(policy => policy.Reading == Ca4pReading.CollectionSentences);
        report.Append(Invariant($"policies: {total}\n"));
        report.Append(Invariant($"read: {Read} of {total} ({Percent(Read, total)}): {bySection} by a collection section, {bySentences} by collection sentences\n"));
        var notRead = _policies.Where(policy => policy.Reading == Ca4pReading.NotRead).Select(policy => policy.Id).ToList();
        if (notRead.Count > 0)
        {
            report.Append("not read: ").Append(string.Join(", ", notRead)).Append('\n');
        }

        report.Append(Invariant($"labelled data mentions on lines with a labelled collect verb: {Counted + _noKind} ({_noKind} name no kind and are not counted)\n"));
        report.Append(Invariant($"found: {Found} of {Counted}, recall {Recall:0.000}\n"));
        if (_missed.Count > 0)
        {
            report.Append("most missed:\n");
            foreach (var (mention, count) in _missed.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(MostMissedShown).Select(pair => (pair.Key, pair.Value)))
            {
                report.Append(Invariant($"{count,6}  {mention}\n"));
            }
        }

        return report.ToString();
    }

    private void Add(Ca4pPolicy policy, PolicyDocument document)
    {
        var unusable = document.Problems.Any(problem => problem.Kind is PolicyProblemKind.Empty or PolicyProblemKind.NoCollectionSection);
        var reading = unusable ? Ca4pReading.NotRead : document.HasCollectionSection ? Ca4pReading.CollectionSection : Ca4pReading.CollectionSentences;
        _policies.Add((policy.Id, reading));

        var lineStarts = LineStarts(policy.Text);
        var verbLines = new HashSet<int>(policy.CollectVerbs.Select(verb => LineOf(lineStarts, verb.Start)));
        var evidenceByLine = document.Categories
            .SelectMany(category => category.Evidence)
            .Where(evidence => evidence.Text.Length > 0)
            .GroupBy(evidence => evidence.Line)
            .ToDictionary(group => group.Key, group => group.Select(evidence => evidence.Text).ToList());
        foreach (var mention in policy.DataMentions)
        {
            var first = LineOf(lineStarts, mention.Start);
            var last = LineOf(lineStarts, Math.Max(mention.Start, mention.End - 1));
            if (!verbLines.Contains(first))
            {
                continue;
            }

            if (CategoryLexicon.NamesNoKind(mention.Text))
            {
                _noKind++;
                continue;
            }

            Counted++;
            if (IsFound(policy.Text, lineStarts, mention, first, last, evidenceByLine))
            {
                Found++;
            }
            else
            {
                var key = mention.Text.Trim();
                _missed[key] = _missed.TryGetValue(key, out var count) ? count + 1 : 1;
            }
        }
    }

    private static bool IsFound(string text, List<int> lineStarts, Ca4pSpan mention, int firstLine, int lastLine, Dictionary<int, List<string>> evidenceByLine)
    {
        var normalized = CategoryLexicon.Normalize(mention.Text);
        for (var line = firstLine; line <= lastLine; line++)
        {
            if (!evidenceByLine.TryGetValue(line, out var evidence))
            {
                continue;
            }

            var lineStart = lineStarts[line - 1];
            var lineEnd = line < lineStarts.Count ? lineStarts[line] : text.Length;
            foreach (var words in evidence)
            {
                var found = false;
                for (var at = text.IndexOf(words, lineStart, lineEnd - lineStart, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + 1, lineEnd - at - 1, StringComparison.Ordinal))
                {
                    found = true;
                    if (at < mention.End && at + words.Length > mention.Start)
                    {
                        return true;
                    }
                }

                var normalizedWords = CategoryLexicon.Normalize(words);
                if (!found && normalizedWords.Length > 0 && (normalized.IndexOf(normalizedWords, StringComparison.Ordinal) >= 0 || normalizedWords.IndexOf(normalized, StringComparison.Ordinal) >= 0))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    // The 1-based line of an offset, as the reader numbers lines.
    private static int LineOf(List<int> lineStarts, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : ((double)part / whole).ToString("0.0%", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
