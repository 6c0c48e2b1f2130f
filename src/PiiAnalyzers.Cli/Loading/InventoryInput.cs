using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using PiiAnalyzers.Cli.Output;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>What a command is pointed at: a folder, a project, a solution or a built assembly, told apart by the path.</summary>
internal static class InventoryInput
{
    public static Task<InventoryDocument> LoadAsync(string path, CommandConsole console, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            return Task.FromResult(FolderLoader.Load(path, console, cancellationToken));
        }

        if (!File.Exists(path))
        {
            throw new InputException($"{path} does not exist.");
        }

        var extension = Path.GetExtension(path);
        if (extension.Equals(".dll", StringComparison.OrdinalIgnoreCase) || extension.Equals(".exe", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AssemblyLoader.Load(path, console));
        }

        if (extension.Equals(".csproj", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".sln", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".slnx", StringComparison.OrdinalIgnoreCase))
        {
            return MSBuildLoader.LoadAsync(path, console, cancellationToken);
        }

        throw new InputException($"{path} is not a folder, a .csproj, a .sln or a built .dll.");
    }
}
