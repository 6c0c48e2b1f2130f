using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Cli.Scanning;

/// <summary>
/// One diagnostic as the command line reports it: where (path relative to the root, 1-based line and column, as
/// <c>dotnet build</c> prints them), what, what the baseline fingerprints it by, and the diagnostic's properties (PII0006's
/// suggested category and confidence), for tools that read the JSON or SARIF.
/// </summary>
internal sealed record Finding(
    string RuleId,
    DiagnosticSeverity Severity,
    string Message,
    string Path,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Symbol,
    string LineText,
    DiagnosticDescriptor Descriptor,
    ImmutableDictionary<string, string?>? Properties = null)
{
    /// <summary>The baseline fingerprint: rule, file, enclosing symbol and normalized line text, never the line number.</summary>
    public string Fingerprint => Fingerprints.Compute(RuleId, Path, Symbol, LineText);

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    /// <summary>Parses <c>info</c>, <c>warning</c> or <c>error</c>.</summary>
    public static bool TryParseSeverity(string? text, out DiagnosticSeverity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "info":
                severity = DiagnosticSeverity.Info;
                return true;
            case "warning":
                severity = DiagnosticSeverity.Warning;
                return true;
            case "error":
                severity = DiagnosticSeverity.Error;
                return true;
            default:
                severity = DiagnosticSeverity.Hidden;
                return false;
        }
    }

    /// <summary>The line <c>dotnet build</c> would print: <c>path(line,col): severity id: message</c>.</summary>
    public string ToText() =>
        string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): {3} {4}: {5}", Path, Line, Column, SeverityName(Severity), RuleId, Message);

    /// <summary>Source order: path, then position, then rule and message, so output never depends on threads.</summary>
    public static int Compare(Finding? left, Finding? right)
    {
        if (ReferenceEquals(left, right))
        {
            return 0;
        }

        if (left is null)
        {
            return -1;
        }

        if (right is null)
        {
            return 1;
        }

        var result = string.CompareOrdinal(left.Path, right.Path);
        result = result != 0 ? result : left.Line.CompareTo(right.Line);
        result = result != 0 ? result : left.Column.CompareTo(right.Column);
        result = result != 0 ? result : string.CompareOrdinal(left.RuleId, right.RuleId);
        return result != 0 ? result : string.CompareOrdinal(left.Message, right.Message);
    }

    /// <summary>Whether a severity reaches a threshold (errors reach every threshold).</summary>
    public static bool AtLeast(DiagnosticSeverity severity, DiagnosticSeverity threshold) => severity >= threshold;
}
