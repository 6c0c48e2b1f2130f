using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PiiAnalyzers.Cli.Diffing;
using PiiAnalyzers.Cli.Loading;
using PiiAnalyzers.Cli.Output;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Commands;

/// <summary>
/// <c>pii inventory diff &lt;base&gt; &lt;head&gt; | --base-ref REF &lt;head&gt; [--format md|json|text] [--lang zh|en]
/// [--output FILE] [--fail-on new-sensitive,new-category,new-recipient]</c>: what a change starts or stops collecting,
/// what became sensitive, which recipients are new, retention and encryption changes; a subcommand of <c>inventory</c>.
/// Exit code 1 when the diff has a change <c>--fail-on</c> names, 0 otherwise, 2 on bad input (docs/inventory-diff.md).
/// </summary>
internal sealed class InventoryDiffCommand : IPiiCommand
{
    public Command Create(CommandConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "The base and the head, each an inventory JSON file, a built assembly, a folder, a project or a solution; with --base-ref, the head only.",
            Arity = new ArgumentArity(1, 2),
        };
        var baseRef = new Option<string?>("--base-ref")
        {
            Description = "Compare the path as it is on disk with the same path at this git revision (origin/main, HEAD~1, a tag or a commit).",
        };
        var format = new Option<string>("--format", "-f") { Description = "md (a pull request comment), json or text.", DefaultValueFactory = _ => "md" };
        var language = new Option<string>("--lang", "-l") { Description = "The language of md and text: zh or en.", DefaultValueFactory = _ => "zh" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var failOn = new Option<string[]>("--fail-on")
        {
            Description = "Exit with code 1 when the change has one of these, comma-separated or repeated: new-sensitive, new-category, new-recipient.",
            AllowMultipleArgumentsPerToken = false,
        };
        var folderFallback = FolderFallback.CreateOption();
        var command = new Command("diff", "Compare two inventories: what a change starts or stops collecting, what became sensitive, new recipients, retention and encryption changes.")
        {
            paths,
            baseRef,
            format,
            language,
            output,
            failOn,
            folderFallback,
        };
        // The library lets a parent's argument precede a subcommand, so 'pii inventory Shop.csproj diff a.json b.json'
        // parses; diff takes no inventory path, and would ignore it: refused instead.
        command.Validators.Add(result =>
        {
            if (result.Parent is CommandResult inventory
                && inventory.Children.OfType<ArgumentResult>().SelectMany(argument => argument.Tokens).FirstOrDefault() is { } token)
            {
                result.AddError($"'{token.Value}' before 'diff' is not used: give the base and the head after it (pii inventory diff base.json head.json).");
            }
        });
        command.SetAction((parsed, cancellationToken) => RunAsync(
            console,
            new DiffRequest(
                parsed.GetValue(paths) ?? [],
                parsed.GetValue(baseRef),
                parsed.GetValue(format),
                parsed.GetValue(language),
                parsed.GetValue(output),
                parsed.GetValue(failOn) ?? [],
                parsed.GetValue(folderFallback)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CommandConsole console, DiffRequest request, CancellationToken cancellationToken)
    {
        if (!DiffReports.TryParseFormat(request.Format, out var format))
        {
            return console.BadInput($"Unknown format '{request.Format}': use md, json or text.");
        }

        if (!InventoryReports.TryParseLanguage(request.Language, out var language))
        {
            return console.BadInput($"Unknown language '{request.Language}': use zh or en.");
        }

        if (!FailOnCondition.TryParse(request.FailOn, out var conditions, out var unknown))
        {
            return console.BadInput($"Unknown --fail-on value '{unknown}': use {string.Join(", ", FailOnCondition.All.Select(condition => condition.Name))}.");
        }

        if (request.BaseRef is not null && request.Paths.Count != 1)
        {
            return console.BadInput("With --base-ref, give one path, the head as it is on disk: pii inventory diff --base-ref origin/main src/Shop/Shop.csproj");
        }

        if (request.BaseRef is null && request.Paths.Count != 2)
        {
            return console.BadInput("Give the base and the head (pii inventory diff base.json head.json), or one path with --base-ref.");
        }

        InventoryDiff diff;
        try
        {
            diff = await CompareAsync(console, request, cancellationToken);
        }
        catch (InputException exception)
        {
            return console.BadInput(exception.Message);
        }
        catch (Exception exception) when (CommandConsole.IsInputProblem(exception))
        {
            return console.BadInput(exception.Message);
        }

        console.Progress(diff.IsEmpty
            ? "No change to the personal data inventory."
            : $"{diff.ElementChanges.Count} change(s) to elements, {diff.RecipientChanges.Count} to the third-party list.");
        try
        {
            console.WriteResult(DiffReports.Write(diff, format, language), request.Output);
        }
        catch (InputException exception)
        {
            return console.BadInput(exception.Message);
        }

        var failures = conditions.Select(condition => condition.Failure(diff)).OfType<string>().ToList();
        foreach (var failure in failures)
        {
            console.Error(failure);
        }

        return failures.Count == 0 ? ExitCodes.Success : ExitCodes.Findings;
    }

    private static async Task<InventoryDiff> CompareAsync(CommandConsole console, DiffRequest request, CancellationToken cancellationToken)
    {
        if (request.BaseRef is { } revision)
        {
            var head = request.Paths[0];
            using var checkout = await RevisionCheckout.CreateAsync(head, revision, console, cancellationToken);
            var baseDocument = checkout.WithoutSdksOfPackagesAdded(
                await LoadAsync("Base", $"{head} at {revision}", checkout.Path, console, request.FolderFallback, cancellationToken));
            var headDocument = await LoadAsync("Head", head, head, console, request.FolderFallback, cancellationToken);
            return InventoryComparer.Compare(baseDocument, headDocument);
        }

        return InventoryComparer.Compare(
            await LoadAsync("Base", request.Paths[0], request.Paths[0], console, request.FolderFallback, cancellationToken),
            await LoadAsync("Head", request.Paths[1], request.Paths[1], console, request.FolderFallback, cancellationToken));
    }

    private static async Task<InventoryDocument> LoadAsync(string side, string name, string path, CommandConsole console, bool folderFallback, CancellationToken cancellationToken)
    {
        console.Progress($"{side}: {name}");
        var document = await InventoryFile.LoadAsync(path, folderFallback, console, cancellationToken);
        console.Progress($"{side}: {document.Elements.Count} personal data element(s).");
        return document;
    }

    private sealed record DiffRequest(
        IReadOnlyList<string> Paths,
        string? BaseRef,
        string? Format,
        string? Language,
        string? Output,
        IReadOnlyList<string> FailOn,
        bool FolderFallback);
}
