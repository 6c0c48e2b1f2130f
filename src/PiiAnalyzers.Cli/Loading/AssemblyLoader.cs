using System.IO;
using PiiAnalyzers.Cli.Output;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>A built assembly: the inventory its generator embedded, read from metadata without loading the assembly.</summary>
internal static class AssemblyLoader
{
    public static InventoryDocument Load(string path, CommandConsole console)
    {
        console.Progress($"Reading the embedded inventory of {Path.GetFullPath(path)}");
        using var stream = File.OpenRead(path);
        try
        {
            return AssemblyInventoryReader.Read(stream)
                ?? throw new InputException($"{path} has no embedded inventory: it was not built with the PiiAnalyzers package (or with a version before the inventory).");
        }
        catch (System.BadImageFormatException exception)
        {
            throw new InputException($"{path} is not a .NET assembly: {exception.Message}");
        }
        catch (System.FormatException exception)
        {
            throw new InputException($"{path} has an inventory this version cannot read: {exception.Message}");
        }
    }
}
