using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Cli.Output;
using PiiAnalyzers.Cli.Scanning;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// One compilation to analyze, with the project's or folder's analyzer options (its <c>.editorconfig</c> files) and the
/// project's additional files (its <c>PiiPolicy</c>), when it has any.
/// </summary>
internal sealed record LoadedCompilation(Compilation Compilation, AnalyzerConfigOptionsProvider Options, ImmutableArray<AdditionalText> AdditionalFiles, string Name);

/// <summary>What <see cref="CompilationLoader"/> loaded: the compilations and the folder paths are reported relative to.</summary>
internal sealed record LoadedCode(string Root, IReadOnlyList<LoadedCompilation> Compilations);

/// <summary>
/// The code a command reads: a folder compiled ad hoc from its .cs files with the framework's reference assemblies and
/// the attributes library (types it uses from unrestored packages do not resolve) and its .editorconfig files' settings
/// (<see cref="FolderEditorConfig"/>), or a project or solution loaded with
/// <see cref="MSBuildLoader"/>. <c>pii check</c> and <c>pii scan</c> fall back to the folder when MSBuild cannot load it,
/// with a note on standard error.
/// </summary>
internal static class CompilationLoader
{
    /// <summary>
    /// A folder and all its subfolders, but those this user may not read (a scan of the rest beats no scan). Hidden files
    /// count (<c>.editorconfig</c> is one on Unix); <see cref="PathFilter"/> decides about hidden folders.
    /// </summary>
    public static readonly EnumerationOptions EveryFolderBelow = new() { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };

    public static async Task<LoadedCode> LoadAsync(string path, PathFilter filter, CommandConsole console, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            var root = Path.GetFullPath(path);
            return new LoadedCode(root, [LoadFolder(root, filter, console, cancellationToken)]);
        }

        if (!File.Exists(path))
        {
            throw new InputException($"{path} does not exist.");
        }

        var extension = Path.GetExtension(path);
        if (!extension.Equals(".csproj", StringComparison.OrdinalIgnoreCase)
            && !extension.Equals(".sln", StringComparison.OrdinalIgnoreCase)
            && !extension.Equals(".slnx", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException($"{path} is not a folder, a .csproj or a .sln.");
        }

        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath)!;
        try
        {
            return new LoadedCode(folder, await MSBuildLoader.LoadAsync(fullPath, console, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            console.Progress($"note: {fullPath} could not be loaded with MSBuild ({FirstLine(exception.Message)}); compiling the .cs files of {folder} instead.");
            return new LoadedCode(folder, [LoadFolder(folder, filter, console, cancellationToken)]);
        }
    }

    /// <summary>The .cs files of <paramref name="root"/> that <paramref name="filter"/> keeps, in one compilation with the framework and the attributes.</summary>
    public static LoadedCompilation LoadFolder(string root, PathFilter filter, CommandConsole console, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(root, "*.cs", EveryFolderBelow)
            .Select(file => (File: file, Relative: Path.GetRelativePath(root, file).Replace('\\', '/')))
            .Where(file => filter.Includes(file.Relative))
            .OrderBy(file => file.Relative, StringComparer.Ordinal)
            .ToList();
        console.Progress($"Parsing {files.Count} C# file(s) in {root}");

        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new SyntaxTree[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            trees[i] = CSharpSyntaxTree.ParseText(File.ReadAllText(files[i].File), parseOptions, files[i].File, System.Text.Encoding.UTF8, cancellationToken);
        });
        console.Progress($"Parsed {files.Count} file(s).");

        var compilation = CSharpCompilation.Create(
            Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar)),
            trees,
            FrameworkReferences.Get().Append(MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var standIns = PackageStandIns.For(compilation);
        if (standIns.Count > 0)
        {
            console.Progress($"Unresolved logging APIs stood in for by {string.Join(", ", standIns.Select(reference => reference.Display))}.");
            compilation = compilation.AddReferences(standIns);
        }

        var editorConfig = FolderEditorConfig.Read(root, filter, console);
        if (editorConfig.FileCount > 0)
        {
            console.Progress($"Applying {editorConfig.FileCount} .editorconfig file(s).");
        }

        var (configured, options) = editorConfig.Apply(compilation);
        return new LoadedCompilation(configured, options, ImmutableArray<AdditionalText>.Empty, compilation.AssemblyName ?? "folder");
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }
}
