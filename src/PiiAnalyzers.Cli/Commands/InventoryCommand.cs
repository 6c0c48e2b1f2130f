using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using PiiAnalyzers.Cli.Annotating;
using PiiAnalyzers.Cli.Loading;
using PiiAnalyzers.Cli.Output;
using PiiAnalyzers.Cli.Scanning;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Commands;

/// <summary>
/// <c>pii inventory &lt;project.csproj | solution.sln | folder | assembly.dll&gt; [--format json|md|csv|html] [--lang zh|en] [--output FILE]</c>:
/// the personal data inventory, built with the generator's own parser, or read from what the generator embedded.
/// <c>pii inventory diff</c> (<see cref="InventoryDiffCommand"/>) compares two.
/// </summary>
internal sealed class InventoryCommand : IPiiCommand
{
    public Command Create(CommandConsole console)
    {
        var path = new Argument<string>("path")
        {
            Description = "A project (.csproj), a solution (.sln), a folder of .cs files, or an assembly built with the PiiAnalyzers package.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "json, md, csv or html.",
            DefaultValueFactory = _ => "json",
        };
        var language = new Option<string>("--lang", "-l")
        {
            Description = "The language of the report: zh or en.",
            DefaultValueFactory = _ => "zh",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file instead of standard output.",
        };

        var folderFallback = FolderFallback.CreateOption();
        var command = new Command("inventory", "List the personal data the code collects: the collection list and the third-party sharing list.")
        {
            path,
            format,
            language,
            output,
            folderFallback,
            new InventoryDiffCommand().Create(console),
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            console,
            parsed.GetValue(path)!,
            parsed.GetValue(format),
            parsed.GetValue(language),
            parsed.GetValue(output),
            parsed.GetValue(folderFallback),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CommandConsole console, string path, string? formatName, string? languageName, string? outputFile, bool folderFallback, CancellationToken cancellationToken)
    {
        if (!InventoryReports.TryParseFormat(formatName, out var format))
        {
            return console.BadInput($"Unknown format '{formatName}': use json, md, csv or html.");
        }

        if (!InventoryReports.TryParseLanguage(languageName, out var language))
        {
            return console.BadInput($"Unknown language '{languageName}': use zh or en.");
        }

        InventoryDocument document;
        try
        {
            document = await InventoryInput.LoadAsync(path, folderFallback, console, cancellationToken);
        }
        catch (InputException exception)
        {
            return console.BadInput(exception.Message);
        }
        catch (Exception exception) when (CommandConsole.IsInputProblem(exception))
        {
            return console.BadInput($"{path}: {exception.Message}");
        }

        console.Progress(document.Elements.Count == 0 && !IsAssembly(path)
            ? await NothingMarkedAsync(path, folderFallback, cancellationToken)
            : $"Found {document.Elements.Count} personal data element(s).");
        try
        {
            console.WriteResult(InventoryReports.Write(document, format, language), outputFile);
        }
        catch (InputException exception)
        {
            return console.BadInput(exception.Message);
        }

        return ExitCodes.Success;
    }

    private static bool IsAssembly(string path) =>
        !Directory.Exists(path) && Path.GetExtension(path).ToLowerInvariant() is ".dll" or ".exe";

    // Code nobody annotated yet: say how much of it looks like personal data (PII0006), and what to do about it. The
    // code is loaded again, quietly, for the analyzer: only when the inventory is empty.
    private static async Task<string> NothingMarkedAsync(string path, bool folderFallback, CancellationToken cancellationToken)
    {
        int count;
        try
        {
            var code = await CompilationLoader.LoadAsync(path, PathFilter.Default, folderFallback, new CommandConsole(TextWriter.Null, TextWriter.Null), cancellationToken);
            count = PersonalDataCandidates.CountMembers(await PersonalDataCandidates.FindAsync(code, PathFilter.Default, cancellationToken));
        }
        catch (Exception exception) when (exception is InputException || CommandConsole.IsInputProblem(exception))
        {
            return "No member is marked as personal data.";
        }

        return count switch
        {
            0 => "No member is marked as personal data, and none looks like personal data.",
            1 => "No member is marked as personal data; 1 member looks like personal data (run 'pii scan --severity info' to list it, 'pii annotate' to mark it).",
            _ => $"No member is marked as personal data; {count} members look like personal data (run 'pii scan --severity info' to list them, 'pii annotate' to mark them).",
        };
    }
}
