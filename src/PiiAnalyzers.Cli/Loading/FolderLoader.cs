using System;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PiiAnalyzers.Cli.Output;
using PiiAnalyzers.Generation;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// A folder compiled ad hoc: its .cs files (not those under bin/, obj/ or hidden folders) with the framework's reference
/// assemblies and the attributes library. Types the folder uses from packages do not resolve; the inventory needs only
/// the attributes.
/// </summary>
internal static class FolderLoader
{
    public static InventoryDocument Load(string folder, CommandConsole console, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(folder);
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsExcluded(Path.GetRelativePath(root, file)))
            .OrderBy(file => Path.GetRelativePath(root, file).Replace('\\', '/'), StringComparer.Ordinal)
            .ToList();
        console.Progress($"Compiling {files.Count} C# file(s) in {root}");

        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = files.Select((file, index) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return CSharpSyntaxTree.ParseText(File.ReadAllText(file), parseOptions, file, System.Text.Encoding.UTF8, cancellationToken);
        });
        var compilation = CSharpCompilation.Create(
            Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar)),
            trees,
            FrameworkReferences.Get().Append(MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        return InventoryBuilder.Build(compilation, options: null, root, cancellationToken);
    }

    private static bool IsExcluded(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/');
        return parts.Take(parts.Length - 1).Any(part =>
            part.Equals("bin", StringComparison.OrdinalIgnoreCase)
            || part.Equals("obj", StringComparison.OrdinalIgnoreCase)
            || part.StartsWith('.'));
    }
}
