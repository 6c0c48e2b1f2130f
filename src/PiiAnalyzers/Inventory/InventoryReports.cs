using System;
using System.Collections.Generic;

namespace PiiAnalyzers.Inventory;

/// <summary>Writes an inventory in a format and a language: one entry point for the CLI and the build task.</summary>
public static class InventoryReports
{
    /// <summary>The format names the command line and <c>PiiInventoryReport</c> accept, with the file extension each is written to.</summary>
    public static IReadOnlyList<(string Name, ReportFormat Format, string Extension)> Formats { get; } = new[]
    {
        ("json", ReportFormat.Json, ".json"),
        ("md", ReportFormat.Markdown, ".md"),
        ("csv", ReportFormat.Csv, ".csv"),
        ("html", ReportFormat.Html, ".html"),
    };

    public static string Write(InventoryDocument document, ReportFormat format, ReportLanguage language) =>
        format switch
        {
            ReportFormat.Json => InventoryJson.Write(document),
            ReportFormat.Markdown => MarkdownReport.Write(document, language),
            ReportFormat.Csv => CsvReport.Write(document, language),
            ReportFormat.Html => HtmlReport.Write(document, language),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };

    /// <summary>Parses <c>json</c>, <c>md</c> (or <c>markdown</c>), <c>csv</c>, <c>html</c>, in any casing.</summary>
    public static bool TryParseFormat(string? name, out ReportFormat format)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        foreach (var known in Formats)
        {
            if (string.Equals(known.Name, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                format = known.Format;
                return true;
            }
        }

        format = ReportFormat.Markdown;
        return string.Equals(trimmed, "markdown", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses <c>zh</c> (also <c>zh-CN</c>, <c>zh-Hans</c>) and <c>en</c>, in any casing.</summary>
    public static bool TryParseLanguage(string? name, out ReportLanguage language)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            language = ReportLanguage.Chinese;
            return true;
        }

        language = ReportLanguage.English;
        return trimmed.StartsWith("en", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The file extension a format is written to (<c>.md</c>).</summary>
    public static string ExtensionOf(ReportFormat format)
    {
        foreach (var known in Formats)
        {
            if (known.Format == format)
            {
                return known.Extension;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(format));
    }
}
