using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Tasks;

/// <summary>
/// Writes the inventory reports of a built assembly (<c>PiiInventoryReport</c>): the inventory the generator embedded,
/// read from the assembly's metadata without loading it, in each format asked for.
/// </summary>
public sealed class WritePiiInventoryReports : ITask
{
    public IBuildEngine BuildEngine { get; set; } = null!;

    public ITaskHost HostObject { get; set; } = null!;

    /// <summary>The built assembly.</summary>
    [Required]
    public string Assembly { get; set; } = string.Empty;

    /// <summary>The formats, separated by ';' or ',': json, md, csv, html.</summary>
    [Required]
    public string Formats { get; set; } = string.Empty;

    /// <summary>zh (the default) or en.</summary>
    public string? Language { get; set; }

    /// <summary>The folder the reports are written to.</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>The reports' file name without extension.</summary>
    [Required]
    public string ReportName { get; set; } = string.Empty;

    /// <summary>The files written.</summary>
    [Output]
    public string[] Reports { get; private set; } = Array.Empty<string>();

    public bool Execute()
    {
        var formats = new List<ReportFormat>();
        foreach (var name in Formats.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            if (!InventoryReports.TryParseFormat(name, out var format))
            {
                Error("PIIR001", $"PiiInventoryReport: unknown format '{name.Trim()}'; use json, md, csv or html.");
                return false;
            }

            if (!formats.Contains(format))
            {
                formats.Add(format);
            }
        }

        var language = ReportLanguage.Chinese;
        if (!string.IsNullOrWhiteSpace(Language) && !InventoryReports.TryParseLanguage(Language, out language))
        {
            Error("PIIR001", $"PiiInventoryReportLanguage: unknown language '{Language}'; use zh or en.");
            return false;
        }

        InventoryDocument? document;
        try
        {
            using var stream = File.OpenRead(Assembly);
            document = AssemblyInventoryReader.Read(stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or BadImageFormatException or FormatException)
        {
            Error("PIIR002", $"PiiInventoryReport: cannot read the inventory of {Assembly}: {exception.Message}");
            return false;
        }

        if (document is null)
        {
            Error("PIIR003", $"PiiInventoryReport: {Assembly} has no embedded inventory (does the project reference PiiAnalyzers.Attributes through the PiiAnalyzers package?).");
            return false;
        }

        Directory.CreateDirectory(OutputDirectory);
        var written = new List<string>();
        foreach (var format in formats)
        {
            var path = Path.GetFullPath(Path.Combine(OutputDirectory, ReportName + InventoryReports.ExtensionOf(format)));
            File.WriteAllText(path, InventoryReports.Write(document, format, language), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            written.Add(path);
            BuildEngine.LogMessageEvent(new BuildMessageEventArgs($"PiiAnalyzers: wrote the personal data inventory to {path}", null, nameof(WritePiiInventoryReports), MessageImportance.High));
        }

        Reports = written.ToArray();
        return true;
    }

    private void Error(string code, string message) =>
        BuildEngine.LogErrorEvent(new BuildErrorEventArgs(null, code, Assembly, 0, 0, 0, 0, message, null, nameof(WritePiiInventoryReports)));
}
