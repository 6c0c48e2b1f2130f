using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PiiAnalyzers.Cli.Loading;

namespace PiiAnalyzers.Cli.Scanning;

/// <summary>
/// The findings a team accepted when it switched the analyzers on: one fingerprint per finding (<see cref="Fingerprints"/>).
/// A scan with a baseline reports only findings beyond it; a fingerprint recorded twice hides two findings.
/// </summary>
internal sealed class Baseline
{
    private readonly Dictionary<string, int> _counts;

    private Baseline(Dictionary<string, int> counts)
    {
        _counts = counts;
    }

    /// <summary>Reads a baseline file; an <see cref="InputException"/> when it is missing or not a baseline.</summary>
    public static Baseline Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"The baseline {path} does not exist.");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entry in document.RootElement.GetProperty("findings").EnumerateArray())
            {
                var fingerprint = entry.GetProperty("fingerprint").GetString() ?? throw new FormatException("a finding without a fingerprint");
                counts[fingerprint] = counts.GetValueOrDefault(fingerprint) + 1;
            }

            return new Baseline(counts);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InputException($"{path} is not a pii baseline: {exception.Message}");
        }
    }

    /// <summary>The findings the baseline does not cover, and how many it covered.</summary>
    public (IReadOnlyList<Finding> New, int Baselined) Filter(IEnumerable<Finding> findings)
    {
        var remaining = new Dictionary<string, int>(_counts, StringComparer.Ordinal);
        var fresh = new List<Finding>();
        var baselined = 0;
        foreach (var finding in findings)
        {
            var fingerprint = finding.Fingerprint;
            if (remaining.TryGetValue(fingerprint, out var count) && count > 0)
            {
                remaining[fingerprint] = count - 1;
                baselined++;
            }
            else
            {
                fresh.Add(finding);
            }
        }

        return (fresh, baselined);
    }

    /// <summary>The baseline file for <paramref name="findings"/>: fingerprints with what they were computed from, for people reviewing it.</summary>
    public static string Write(IEnumerable<Finding> findings) => JsonOutput.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", 1);
        writer.WriteStartArray("findings");
        foreach (var finding in findings.OrderBy(finding => finding.Path, StringComparer.Ordinal).ThenBy(finding => finding.Fingerprint, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("fingerprint", finding.Fingerprint);
            writer.WriteString("ruleId", finding.RuleId);
            writer.WriteString("path", finding.Path);
            writer.WriteString("symbol", finding.Symbol);
            writer.WriteString("code", Fingerprints.NormalizeLine(finding.LineText));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
