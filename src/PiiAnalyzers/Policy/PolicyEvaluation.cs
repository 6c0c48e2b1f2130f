using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PiiAnalyzers.Policy;

/// <summary>
/// What a labelled policy's collection section really declares, as a person read it. The label file format is
/// <c>top: contact, device</c> and <c>leaf: contact.phone, device.id</c> lines; '#' starts a comment.
/// </summary>
public sealed class PolicyLabel
{
    private PolicyLabel(ImmutableArray<string> topLevel, ImmutableArray<string> leaves)
    {
        TopLevel = topLevel;
        Leaves = leaves;
    }

    /// <summary>The top-level ids declared, directly or through one of their children.</summary>
    public ImmutableArray<string> TopLevel { get; }

    /// <summary>The leaf ids the text names explicitly.</summary>
    public ImmutableArray<string> Leaves { get; }

    public static PolicyLabel Parse(string text)
    {
        var top = ImmutableArray.CreateBuilder<string>();
        var leaves = ImmutableArray.CreateBuilder<string>();
        foreach (var rawLine in text.Split('\n'))
        {
            var hash = rawLine.IndexOf('#');
            var line = (hash >= 0 ? rawLine.Substring(0, hash) : rawLine).Trim();
            var colon = line.IndexOf(':');
            if (colon < 0)
            {
                continue;
            }

            var target = line.Substring(0, colon).Trim().ToLowerInvariant() switch
            {
                "top" => top,
                "leaf" => leaves,
                _ => null,
            };
            target?.AddRange(line.Substring(colon + 1).Split(',').Select(id => id.Trim()).Where(id => id.Length > 0));
        }

        return new PolicyLabel(top.Distinct().ToImmutableArray(), leaves.Distinct().ToImmutableArray());
    }
}

/// <summary>Counts of a comparison between what the reader found and what the label says.</summary>
public readonly record struct PrecisionRecall(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>The share of found ids that are right; 1 when nothing was found.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>The share of labelled ids that were found; 1 when nothing was labelled.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public static PrecisionRecall operator +(PrecisionRecall left, PrecisionRecall right) =>
        new(left.TruePositives + right.TruePositives, left.FalsePositives + right.FalsePositives, left.FalseNegatives + right.FalseNegatives);

    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "precision {0:0.000} recall {1:0.000} (tp {2}, fp {3}, fn {4})", Precision, Recall, TruePositives, FalsePositives, FalseNegatives);
}

/// <summary>How one policy was read compared with its label.</summary>
public sealed class PolicyEvaluationResult
{
    internal PolicyEvaluationResult(string name, PrecisionRecall topLevel, PrecisionRecall leaf, ImmutableArray<string> missed, ImmutableArray<string> unexpected)
    {
        Name = name;
        TopLevel = topLevel;
        Leaf = leaf;
        Missed = missed;
        Unexpected = unexpected;
    }

    public string Name { get; }

    public PrecisionRecall TopLevel { get; }

    public PrecisionRecall Leaf { get; }

    /// <summary>Labelled ids (top-level and leaf) the reader did not find.</summary>
    public ImmutableArray<string> Missed { get; }

    /// <summary>Ids (top-level and leaf) the reader found that the label does not have.</summary>
    public ImmutableArray<string> Unexpected { get; }
}

/// <summary>
/// Measures the reader against labelled policies: precision and recall of the declared categories at the top level of
/// the taxonomy (a declared <c>contact.phone</c> or <c>contact</c> counts as <c>contact</c>) and at the leaf level.
/// </summary>
public static class PolicyEvaluation
{
    public static PolicyEvaluationResult Evaluate(string name, PolicyDocument document, PolicyLabel label)
    {
        var foundTop = document.Categories.Select(category => TopLevelOf(category.Id)).Distinct(StringComparer.Ordinal).ToList();
        var foundLeaves = document.Categories.Select(category => category.Id).Where(id => id.IndexOf('.') >= 0).Distinct(StringComparer.Ordinal).ToList();
        var top = Compare(foundTop, label.TopLevel, out var missedTop, out var unexpectedTop);
        var leaf = Compare(foundLeaves, label.Leaves, out var missedLeaves, out var unexpectedLeaves);
        return new PolicyEvaluationResult(name, top, leaf, missedTop.Concat(missedLeaves).ToImmutableArray(), unexpectedTop.Concat(unexpectedLeaves).ToImmutableArray());
    }

    /// <summary>The figures summed over all results (micro-averaged).</summary>
    public static (PrecisionRecall TopLevel, PrecisionRecall Leaf) Total(IEnumerable<PolicyEvaluationResult> results)
    {
        var top = default(PrecisionRecall);
        var leaf = default(PrecisionRecall);
        foreach (var result in results)
        {
            top += result.TopLevel;
            leaf += result.Leaf;
        }

        return (top, leaf);
    }

    /// <summary>A report for people: one line per policy with what it missed and added, then the totals.</summary>
    public static string Format(IReadOnlyCollection<PolicyEvaluationResult> results)
    {
        var report = new StringBuilder();
        foreach (var result in results)
        {
            report.Append(string.Format(CultureInfo.InvariantCulture, "{0,-24} top P {1:0.00} R {2:0.00}  leaf P {3:0.00} R {4:0.00}", result.Name, result.TopLevel.Precision, result.TopLevel.Recall, result.Leaf.Precision, result.Leaf.Recall));
            if (!result.Missed.IsEmpty)
            {
                report.Append("  missed: ").Append(string.Join(", ", result.Missed));
            }

            if (!result.Unexpected.IsEmpty)
            {
                report.Append("  unexpected: ").Append(string.Join(", ", result.Unexpected));
            }

            report.AppendLine();
        }

        var (top, leaf) = Total(results);
        report.AppendLine("top level: " + top);
        report.AppendLine("leaf level: " + leaf);
        return report.ToString();
    }

    private static string TopLevelOf(string id)
    {
        var dot = id.IndexOf('.');
        return dot < 0 ? id : id.Substring(0, dot);
    }

    private static PrecisionRecall Compare(IReadOnlyCollection<string> found, ImmutableArray<string> expected, out List<string> missed, out List<string> unexpected)
    {
        var expectedSet = new HashSet<string>(expected, StringComparer.Ordinal);
        var foundSet = new HashSet<string>(found, StringComparer.Ordinal);
        missed = expected.Where(id => !foundSet.Contains(id)).ToList();
        unexpected = found.Where(id => !expectedSet.Contains(id)).ToList();
        return new PrecisionRecall(found.Count - unexpected.Count, unexpected.Count, missed.Count);
    }
}
