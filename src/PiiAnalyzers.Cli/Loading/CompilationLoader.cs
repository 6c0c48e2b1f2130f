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
internal sealed record LoadedCompilation(Compilation Compilation, AnalyzerConfigOptionsProvider Options, ImmutableArray<AdditionalText> AdditionalFiles, string Name)
{
    /// <summary>The files left out unread for being larger than the loader was allowed to read (the scan reports each).</summary>
    public IReadOnlyList<OversizedFile> OversizedFiles { get; init; } = [];
}

/// <summary>A source file left out before it was read or parsed, for being larger than the limit: its full path and its size on disk.</summary>
internal sealed record OversizedFile(string Path, long Bytes);

/// <summary>What <see cref="CompilationLoader"/> loaded: the compilations and the folder paths are reported relative to.</summary>
internal sealed record LoadedCode(string Root, IReadOnlyList<LoadedCompilation> Compilations);

/// <summary>Whether the command offers <c>--restore</c> (the note on an unrestored project then names it), and whether it was passed.</summary>
internal enum RestoreOption
{
    NotOffered,
    Offered,
    Requested,
}

/// <summary>
/// The code a command reads: a folder compiled ad hoc from its .cs files as their project files would build them, so far
/// as that goes without MSBuild (<see cref="FolderCompilation"/>; types from unrestored packages do not resolve), with its
/// .editorconfig files' settings (<see cref="FolderEditorConfig"/>), or a project or solution loaded with
/// <see cref="MSBuildLoader"/>. When MSBuild cannot load it, that is bad input, unless the command was asked to fall back to
/// the folder (<see cref="FolderFallback"/>).
/// </summary>
internal static class CompilationLoader
{
    /// <summary>
    /// A folder and all its subfolders, but those this user may not read (a scan of the rest beats no scan). Hidden files
    /// count (<c>.editorconfig</c> is one on Unix); <see cref="PathFilter"/> decides about hidden folders.
    /// </summary>
    public static readonly EnumerationOptions EveryFolderBelow = new() { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };

    /// <summary>The code at <paramref name="path"/>, for a command without <c>--restore</c>.</summary>
    public static Task<LoadedCode> LoadAsync(string path, PathFilter filter, bool folderFallback, CommandConsole console, CancellationToken cancellationToken) =>
        LoadAsync(path, filter, RestoreOption.NotOffered, folderFallback, console, cancellationToken);

    /// <summary>
    /// The code at <paramref name="path"/>; with <see cref="RestoreOption.Requested"/>, <c>dotnet restore</c> runs on the project or
    /// solution (or the project files of the folder) first. A project that was never restored is named on standard error,
    /// its results incomplete; with <see cref="PathFilter.SkipsTests"/>, test projects and files are left out and counted there.
    /// Files larger than <c>maxFileBytes</c> on disk are left out unread (<see cref="LoadedCompilation.OversizedFiles"/>):
    /// parsing a hostile 5 MB file costs seconds and hundreds of megabytes before any budget could leave it out.
    /// </summary>
    public static async Task<LoadedCode> LoadAsync(
        string path, PathFilter filter, RestoreOption restore, bool folderFallback, CommandConsole console, CancellationToken cancellationToken, long maxFileBytes = long.MaxValue)
    {
        if (Directory.Exists(path))
        {
            var root = Path.GetFullPath(path);
            if (restore == RestoreOption.Requested)
            {
                await RestoreFolderAsync(root, console, cancellationToken);
            }

            return new LoadedCode(root, [LoadFolder(root, filter, console, cancellationToken, restore, maxFileBytes)]);
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
        if (restore == RestoreOption.Requested)
        {
            await ProjectRestore.RunAsync(fullPath, console, cancellationToken);
        }

        MSBuildLoad loaded;
        try
        {
            loaded = await MSBuildLoader.LoadAsync(fullPath, filter.SkipsTests, restore, console, cancellationToken, maxFileBytes);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            if (!folderFallback)
            {
                throw FolderFallback.Failure(fullPath, exception);
            }

            console.Progress(FolderFallback.Note(fullPath, folder, exception));
            return new LoadedCode(folder, [LoadFolder(folder, filter, console, cancellationToken, restore, maxFileBytes)]);
        }

        // The test projects' files that would have been scanned (not their generated ones), and the test files of the others.
        var testFiles = loaded.SkippedTestFiles.Count(file => filter.IncludesButForTests(AnalysisEngine.Relative(folder, file)))
            + loaded.Compilations
                .SelectMany(compilation => compilation.Compilation.SyntaxTrees)
                .Select(tree => tree.FilePath)
                .Distinct(StringComparer.Ordinal)
                .Count(file => filter.IsSkippedAsTest(AnalysisEngine.Relative(folder, file)));
        ReportSkippedTests(testFiles, console);
        return new LoadedCode(folder, loaded.Compilations);
    }

    /// <summary>
    /// The filter to scan <paramref name="path"/> with: <paramref name="filter"/>, but keeping test code when what is named
    /// is test code itself (a test project, a folder holding one, a folder named as test code), so that
    /// <c>pii scan tests/App.Tests</c> scans it. Test code is left out only below what is named.
    /// </summary>
    public static PathFilter ForTarget(string path, PathFilter filter, CommandConsole console)
    {
        if (!filter.SkipsTests || (!Directory.Exists(path) && !File.Exists(path)))
        {
            return filter;
        }

        var fullPath = Path.GetFullPath(path);
        var isTest = Directory.Exists(fullPath)
            ? TestCode.IsTestFolderName(Path.GetFileName(fullPath.TrimEnd(Path.DirectorySeparatorChar)))
                || SafeProjectFiles(fullPath).Any(project => ProjectFile.TryRead(project) is { IsTestProject: true })
            : fullPath.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) && File.Exists(fullPath) && ProjectFile.TryRead(fullPath) is { IsTestProject: true };
        if (!isTest)
        {
            return filter;
        }

        console.Progress($"note: {fullPath} is test code; it is scanned whole (tests are left out only below what is named).");
        return filter.KeepingTests();
    }

    private static string[] SafeProjectFiles(string folder)
    {
        try
        {
            return Directory.GetFiles(folder, "*.csproj");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>
    /// The .cs files of <paramref name="root"/> that <paramref name="filter"/> keeps, in one compilation with the framework
    /// and the attributes, and what their project files give a build (<see cref="FolderCompilation"/>).
    /// </summary>
    public static LoadedCompilation LoadFolder(
        string root, PathFilter filter, CommandConsole console, CancellationToken cancellationToken, RestoreOption restore = RestoreOption.NotOffered, long maxFileBytes = long.MaxValue)
    {
        var projects = new FolderProjects();
        var skippedTests = 0;
        var files = new List<(string File, string Relative, ProjectFile? Project)>();
        var oversized = new List<OversizedFile>();
        var found = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", EveryFolderBelow))
        {
            found++;
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (!filter.Includes(relative))
            {
                skippedTests += filter.IsSkippedAsTest(relative) ? 1 : 0;
                continue;
            }

            var project = projects.Owner(file);
            if (filter.SkipsTests && project is { IsTestProject: true } && IsBelow(project.Folder, root))
            {
                skippedTests++;
                continue;
            }

            if (SizeOf(file) is var bytes && bytes > maxFileBytes)
            {
                oversized.Add(new OversizedFile(file, bytes));
                continue;
            }

            files.Add((file, relative, project));
        }

        // A folder without C# code is most likely the wrong path (a CI job scanning nothing would pass for ever).
        if (found == 0)
        {
            throw new InputException($"{root} holds no C# files (*.cs), in it or below it.");
        }

        files.Sort((a, b) => StringComparer.Ordinal.Compare(a.Relative, b.Relative));
        ReportSkippedTests(skippedTests, console);
        if (files.Count == 0 && oversized.Count == 0)
        {
            console.Progress($"note: every C# file of {root} was left out ({found} file(s): tests, generated code, bin/obj or --exclude); nothing is analyzed.");
        }

        console.Progress(oversized.Count == 0
            ? $"Parsing {files.Count} C# file(s) in {root}"
            : $"Parsing {files.Count} C# file(s) in {root}; {oversized.Count} larger than {maxFileBytes / 1024:N0} KB left out unread");

        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new SyntaxTree[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            trees[i] = CSharpSyntaxTree.ParseText(File.ReadAllText(files[i].File), parseOptions, files[i].File, System.Text.Encoding.UTF8, cancellationToken);
        });
        console.Progress($"Parsed {files.Count} file(s).");
        ReportUnreadableCharacters(trees, console);

        var owners = files.Select(file => file.Project).OfType<ProjectFile>().Distinct().OrderBy(project => project.FilePath, StringComparer.Ordinal).ToList();
        foreach (var project in owners.Where(project => !project.IsRestored && Path.GetDirectoryName(project.FilePath) == root.TrimEnd(Path.DirectorySeparatorChar)))
        {
            ReportNotRestored(project.FilePath, restore, console);
        }

        var compilation = FolderCompilation.Create(Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar)), root, trees, owners, parseOptions, console);
        var editorConfig = FolderEditorConfig.Read(root, filter, console);
        if (editorConfig.FileCount > 0)
        {
            console.Progress($"Applying {editorConfig.FileCount} .editorconfig file(s).");
        }

        var (configured, options) = editorConfig.Apply(compilation);
        return new LoadedCompilation(configured, options, ImmutableArray<AdditionalText>.Empty, compilation.AssemblyName ?? "folder")
        {
            OversizedFiles = oversized.OrderBy(file => file.Path, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>A file's size on disk; 0 when it cannot be read (reading it later says why).</summary>
    public static long SizeOf(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    // What the user names is scanned: a test project counts as test code only inside the folder scanned.
    private static bool IsBelow(string folder, string root)
    {
        var relative = Path.GetRelativePath(root, folder);
        return relative != "." && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    /// <summary>The note for a project that was never restored: without its packages the scan misses what they define.</summary>
    public static void ReportNotRestored(string project, RestoreOption restore, CommandConsole console) =>
        console.Progress(restore == RestoreOption.NotOffered
            ? $"{project}: not restored: results are incomplete (run 'dotnet restore')"
            : $"{project}: not restored: results are incomplete (run 'dotnet restore' or pass --restore)");

    // A character the compiler cannot read in code (bytes that are not UTF-8, which decode to U+FFFD, or an escape of an
    // unpaired surrogate such as \uD800 in a name) breaks the declaration around it: its members are neither analyzed nor
    // in the inventory. A build stops on the compiler's CS1056; a folder compiled with errors allowed would drop them
    // silently, so each file says where, once.
    private static void ReportUnreadableCharacters(SyntaxTree[] trees, CommandConsole console)
    {
        foreach (var tree in trees)
        {
            if (tree.GetDiagnostics().FirstOrDefault(diagnostic => diagnostic.Id == "CS1056") is { } unreadable)
            {
                var position = unreadable.Location.GetLineSpan().StartLinePosition;
                console.Progress(
                    $"note: {tree.FilePath}({position.Line + 1},{position.Character + 1}): {unreadable.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}; "
                    + "the declaration there does not parse, so its members are not analyzed and not in the inventory.");
            }
        }
    }

    private static void ReportSkippedTests(int count, CommandConsole console)
    {
        if (count > 0)
        {
            console.Progress($"Skipped {count} file(s) as tests (test projects and folders, *Tests.cs, fixtures, seeders); --include-tests keeps them.");
        }
    }

    // A folder is restored through the project files it holds itself: those below it are the projects' own business.
    private static async Task RestoreFolderAsync(string root, CommandConsole console, CancellationToken cancellationToken)
    {
        var targets = Directory.GetFiles(root, "*.sln").Concat(Directory.GetFiles(root, "*.slnx")).ToList();
        if (targets.Count == 0)
        {
            targets = Directory.GetFiles(root, "*.csproj").ToList();
        }

        if (targets.Count == 0)
        {
            console.Progress($"note: --restore: {root} holds no project or solution file to restore.");
        }

        foreach (var target in targets.Order(StringComparer.Ordinal))
        {
            await ProjectRestore.RunAsync(target, console, cancellationToken);
        }
    }
}
