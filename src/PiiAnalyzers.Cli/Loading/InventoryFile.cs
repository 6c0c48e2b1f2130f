using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using PiiAnalyzers.Cli.Output;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// A side of <c>pii inventory diff</c>: an inventory JSON file (what <c>pii inventory --format json</c> or the build's
/// <c>PiiInventoryReport</c> wrote), or anything <see cref="InventoryInput"/> reads: a folder, a project, a solution or a
/// built assembly.
/// </summary>
internal static class InventoryFile
{
    public static async Task<InventoryDocument> LoadAsync(string path, bool folderFallback, CommandConsole console, CancellationToken cancellationToken)
    {
        if (!File.Exists(path) || !Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return await InventoryInput.LoadAsync(path, folderFallback, console, cancellationToken);
        }

        console.Progress($"Reading the inventory {Path.GetFullPath(path)}");
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path} cannot be read: {exception.Message}");
        }

        try
        {
            return InventoryJson.Read(json);
        }
        catch (FormatException exception)
        {
            throw new InputException($"{path} is not an inventory as 'pii inventory --format json' writes it: {exception.Message}");
        }
    }
}
