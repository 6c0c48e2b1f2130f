using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Cli.Scanning;

namespace PiiAnalyzers.Cli.Sarif;

/// <summary>
/// SARIF 2.1.0 written by hand (no SARIF library is available): one run whose tool driver lists the rules (id, name,
/// short and full description, help link, default level) and whose results point at the root-relative files through
/// the <c>%SRCROOT%</c> base id.
/// </summary>
internal static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private const string SourceRoot = "%SRCROOT%";

    private static readonly Lazy<Dictionary<string, string>> RuleNames = new(() =>
        typeof(RuleIdentifiers).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .GroupBy(field => (string)field.GetRawConstantValue()!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().Name, StringComparer.Ordinal));

    /// <param name="root">The folder the results' paths are relative to.</param>
    /// <param name="rules">Every rule the run could report (results of other rules get theirs added).</param>
    /// <param name="findings">The results, in order.</param>
    public static string Write(string root, IReadOnlyCollection<DiagnosticDescriptor> rules, IReadOnlyCollection<Finding> findings)
    {
        var allRules = rules
            .Concat(findings.Select(finding => finding.Descriptor))
            .GroupBy(rule => rule.Id, StringComparer.Ordinal)
            .Select(group => group.First())
            .OrderBy(rule => rule.Id, StringComparer.Ordinal)
            .ToList();
        var ruleIndex = allRules.Select((rule, index) => (rule.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        var version = typeof(SarifWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

        return JsonOutput.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();

            writer.WriteStartObject("tool");
            writer.WriteStartObject("driver");
            writer.WriteString("name", "pii");
            writer.WriteString("fullName", "PiiAnalyzers command line (pii)");
            writer.WriteString("version", version);
            writer.WriteString("semanticVersion", version);
            writer.WriteString("informationUri", "https://github.com/PiiAnalyzers/PiiAnalyzers");
            writer.WriteStartArray("rules");
            foreach (var rule in allRules)
            {
                WriteRule(writer, rule);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();

            writer.WriteStartObject("originalUriBaseIds");
            writer.WriteStartObject(SourceRoot);
            writer.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar).AbsoluteUri);
            writer.WriteEndObject();
            writer.WriteEndObject();

            writer.WriteStartArray("results");
            foreach (var finding in findings)
            {
                WriteResult(writer, finding, ruleIndex[finding.RuleId]);
            }

            writer.WriteEndArray();
            writer.WriteString("columnKind", "utf16CodeUnits");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>The SARIF level of a severity: error, warning, note (info) or none.</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    private static void WriteRule(Utf8JsonWriter writer, DiagnosticDescriptor rule)
    {
        var title = rule.Title.ToString(CultureInfo.InvariantCulture);
        var description = rule.Description.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("name", RuleNames.Value.TryGetValue(rule.Id, out var name) ? name : ToName(title));
        writer.WriteStartObject("shortDescription");
        writer.WriteString("text", title);
        writer.WriteEndObject();
        writer.WriteStartObject("fullDescription");
        writer.WriteString("text", string.IsNullOrEmpty(description) ? title : description);
        writer.WriteEndObject();
        if (!string.IsNullOrEmpty(rule.HelpLinkUri))
        {
            writer.WriteString("helpUri", rule.HelpLinkUri);
        }

        writer.WriteStartObject("defaultConfiguration");
        writer.WriteBoolean("enabled", rule.IsEnabledByDefault);
        writer.WriteString("level", Level(rule.DefaultSeverity));
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteString("category", rule.Category);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, Finding finding, int ruleIndex)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", Level(finding.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", finding.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        if (Path.IsPathRooted(finding.Path))
        {
            writer.WriteString("uri", new Uri(finding.Path).AbsoluteUri);
        }
        else
        {
            writer.WriteString("uri", string.Join('/', finding.Path.Split('/').Select(Uri.EscapeDataString)));
            writer.WriteString("uriBaseId", SourceRoot);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", finding.Line);
        writer.WriteNumber("startColumn", finding.Column);
        writer.WriteNumber("endLine", finding.EndLine);
        writer.WriteNumber("endColumn", finding.EndColumn);
        writer.WriteEndObject();
        writer.WriteEndObject();
        if (finding.Symbol.Length > 0)
        {
            writer.WriteStartArray("logicalLocations");
            writer.WriteStartObject();
            writer.WriteString("fullyQualifiedName", finding.Symbol);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("partialFingerprints");
        writer.WriteString("piiFingerprint/v1", finding.Fingerprint);
        writer.WriteEndObject();
        FindingReports.WriteProperties(writer, finding);
        writer.WriteEndObject();
    }

    private static string ToName(string title) =>
        string.Concat(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + word[1..]))
            .Where(char.IsLetterOrDigit).Aggregate(string.Empty, (name, c) => name + c);
}
