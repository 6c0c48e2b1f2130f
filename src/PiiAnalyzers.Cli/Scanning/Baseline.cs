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

    /// <summary>Reads a baseline file; an <see cref="InputException"/> saying what is wrong when it is missing or not a baseline.</summary>
    public static Baseline Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException($"The baseline {path} is a folder; --baseline takes the file --write-baseline wrote.");
        }

        if (!File.Exists(path))
        {
            throw new InputException($"The baseline {path} does not exist (write one with --write-baseline).");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException exception)
        {
            throw NotABaseline(path, $"it is not JSON ({exception.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("findings", out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                throw NotABaseline(path, "it has no \"findings\" array");
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var index = 0;
            foreach (var entry in entries.EnumerateArray())
            {
                index++;
                if (entry.ValueKind != JsonValueKind.Object
                    || !entry.TryGetProperty("fingerprint", out var value)
                    || value.ValueKind != JsonValueKind.String
                    || value.GetString() is not { Length: > 0 } fingerprint)
                {
                    throw NotABaseline(path, $"finding {index} has no \"fingerprint\" string");
                }

                counts[fingerprint] = counts.GetValueOrDefault(fingerprint) + 1;
            }

            return new Baseline(counts);
        }
    }

    private static InputException NotABaseline(string path, string reason) =>
        new($"{path} is not a pii baseline: {reason}. A baseline is the file 'pii scan --write-baseline' writes.");

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
