using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace PiiAnalyzers.Cli.Scanning;

/// <summary>The text and JSON reports of <c>pii check</c> and <c>pii scan</c>.</summary>
internal static class FindingReports
{
    /// <summary>One <c>path(line,col): severity id: message</c> line per finding, as <c>dotnet build</c> prints them.</summary>
    public static string Text(IEnumerable<Finding> findings)
    {
        var text = new StringBuilder();
        foreach (var finding in findings)
        {
            text.Append(finding.ToText()).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// <c>{"schemaVersion":1,"root":...,"findings":[{"ruleId","severity","message","path","line","column","endLine",
    /// "endColumn","symbol","fingerprint","helpUri","properties"}],"baselined":N}</c>; <c>properties</c> (the diagnostic's,
    /// such as PII0006's <c>Category</c> and <c>Confidence</c>) only when it has any.
    /// </summary>
    public static string Json(string root, IReadOnlyCollection<Finding> findings, int baselined) => JsonOutput.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", 1);
        writer.WriteString("root", root.Replace('\\', '/'));
        writer.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", finding.RuleId);
            writer.WriteString("severity", Finding.SeverityName(finding.Severity));
            writer.WriteString("message", finding.Message);
            writer.WriteString("path", finding.Path);
            writer.WriteNumber("line", finding.Line);
            writer.WriteNumber("column", finding.Column);
            writer.WriteNumber("endLine", finding.EndLine);
            writer.WriteNumber("endColumn", finding.EndColumn);
            writer.WriteString("symbol", finding.Symbol);
            writer.WriteString("fingerprint", finding.Fingerprint);
            if (!string.IsNullOrEmpty(finding.Descriptor.HelpLinkUri))
            {
                writer.WriteString("helpUri", finding.Descriptor.HelpLinkUri);
            }

            WriteProperties(writer, finding);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("baselined", baselined);
        writer.WriteStartObject("counts");
        foreach (var group in findings.GroupBy(finding => Finding.SeverityName(finding.Severity)).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            writer.WriteNumber(group.Key, group.Count());
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    /// <summary>The diagnostic's properties as a JSON object, keys in order; nothing when it has none.</summary>
    public static void WriteProperties(Utf8JsonWriter writer, Finding finding)
    {
        if (finding.Properties is not { Count: > 0 } properties)
        {
            return;
        }

        writer.WriteStartObject("properties");
        foreach (var property in properties.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.WriteString(property.Key, property.Value);
        }

        writer.WriteEndObject();
    }
}
