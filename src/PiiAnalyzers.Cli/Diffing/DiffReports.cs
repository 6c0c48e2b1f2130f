using System;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Diffing;

/// <summary>The formats <c>pii inventory diff</c> writes.</summary>
internal enum DiffFormat
{
    /// <summary>A pull request comment (the default).</summary>
    Markdown,

    Json,

    Text,
}

/// <summary>Writes a diff in a format and a language (JSON has none).</summary>
internal static class DiffReports
{
    public static string Write(InventoryDiff diff, DiffFormat format, ReportLanguage language) => format switch
    {
        DiffFormat.Markdown => DiffMarkdownReport.Write(diff, language),
        DiffFormat.Json => DiffJsonReport.Write(diff),
        DiffFormat.Text => DiffTextReport.Write(diff, language),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Parses <c>md</c> (or <c>markdown</c>), <c>json</c> and <c>text</c>, in any casing.</summary>
    public static bool TryParseFormat(string? name, out DiffFormat format)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "md" or "markdown":
                format = DiffFormat.Markdown;
                return true;
            case "json":
                format = DiffFormat.Json;
                return true;
            case "text":
                format = DiffFormat.Text;
                return true;
            default:
                format = DiffFormat.Markdown;
                return false;
        }
    }
}
