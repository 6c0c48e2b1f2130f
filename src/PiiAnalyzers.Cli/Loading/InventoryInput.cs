using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Cli.Output;
using PiiAnalyzers.Cli.Scanning;
using PiiAnalyzers.Generation;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>What a command is pointed at: a folder, a project, a solution or a built assembly, told apart by the path.</summary>
internal static class InventoryInput
{
    public static async Task<InventoryDocument> LoadAsync(string path, bool folderFallback, CommandConsole console, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            return FolderInventory(Path.GetFullPath(path), console, cancellationToken);
        }

        if (!File.Exists(path))
        {
            throw new InputException($"{path} does not exist.");
        }

        var extension = Path.GetExtension(path);
        if (extension.Equals(".dll", StringComparison.OrdinalIgnoreCase) || extension.Equals(".exe", StringComparison.OrdinalIgnoreCase))
        {
            return AssemblyLoader.Load(path, console);
        }

        if (extension.Equals(".csproj", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".sln", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".slnx", StringComparison.OrdinalIgnoreCase))
        {
            // A solution's inventory is that of all its C# projects, paths relative to the solution's folder.
            var fullPath = Path.GetFullPath(path);
            var baseDirectory = Path.GetDirectoryName(fullPath)!;
            IReadOnlyList<LoadedCompilation> projects;
            try
            {
                projects = await MSBuildLoader.LoadAsync(path, console, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                if (!folderFallback)
                {
                    throw FolderFallback.Failure(fullPath, exception);
                }

                console.Progress(FolderFallback.Note(fullPath, baseDirectory, exception));
                return FolderInventory(baseDirectory, console, cancellationToken);
            }

            var documents = projects
                .Select(project => InventoryBuilder.Build(project.Compilation, project.Options, baseDirectory, cancellationToken))
                .ToList();
            return InventoryDocument.Create(documents.SelectMany(document => document.Elements), documents.SelectMany(document => document.CustomCategories)) with
            {
                DetectedRecipients = new EquatableArray<ThirdPartyRecipient>(projects.SelectMany(project => Detected(project, baseDirectory, cancellationToken))),
            };
        }

        throw new InputException($"{path} is not a folder, a .csproj, a .sln or a built .dll.");
    }

    private static InventoryDocument FolderInventory(string root, CommandConsole console, CancellationToken cancellationToken)
    {
        var folder = CompilationLoader.LoadFolder(root, PathFilter.Default, console, cancellationToken);
        return InventoryBuilder.Build(folder.Compilation, folder.Options, root, cancellationToken) with
        {
            DetectedRecipients = Detected(folder, root, cancellationToken),
        };
    }

    // The SDK catalog's recipients the code sends personal data to or embeds; the built assembly's inventory has none.
    private static EquatableArray<ThirdPartyRecipient> Detected(LoadedCompilation loaded, string baseDirectory, CancellationToken cancellationToken) =>
        DetectedThirdParties.Find(loaded.Compilation, new AnalyzerOptions(loaded.AdditionalFiles, loaded.Options), baseDirectory, cancellationToken);
}
