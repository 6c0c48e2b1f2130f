using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;
using PiiAnalyzers.Cli.Output;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>What <see cref="MSBuildLoader"/> loaded: a compilation per project, and the files of the test projects it left out.</summary>
internal sealed record MSBuildLoad(IReadOnlyList<LoadedCompilation> Compilations, IReadOnlyList<string> SkippedTestFiles);

/// <summary>
/// A project or solution loaded with MSBuild (MSBuildWorkspace, with the SDK Microsoft.Build.Locator finds): one
/// compilation per C# project, with the project's analyzer options and additional files. A project that was never
/// restored is named on standard error: its package references give no types, and the results are incomplete.
/// </summary>
internal static class MSBuildLoader
{
    /// <exception cref="InputException">MSBuild cannot load the project; the message gives MSBuild's reasons.</exception>
    public static async Task<IReadOnlyList<LoadedCompilation>> LoadAsync(string path, CommandConsole console, CancellationToken cancellationToken) =>
        (await LoadAsync(path, skipTestProjects: false, RestoreOption.NotOffered, console, cancellationToken)).Compilations;

    /// <summary>
    /// The project or solution at <paramref name="path"/>; with <paramref name="skipTestProjects"/>, without its test projects,
    /// which are not compiled. Documents larger than <c>maxFileBytes</c> on disk are removed before a project is compiled
    /// (<see cref="LoadedCompilation.OversizedFiles"/>).
    /// </summary>
    /// <exception cref="InputException">MSBuild cannot load the project; the message gives MSBuild's reasons.</exception>
    public static async Task<MSBuildLoad> LoadAsync(
        string path, bool skipTestProjects, RestoreOption restore, CommandConsole console, CancellationToken cancellationToken, long maxFileBytes = long.MaxValue)
    {
        RegisterMSBuild();
        return await LoadWithWorkspaceAsync(Path.GetFullPath(path), skipTestProjects, restore, console, maxFileBytes, cancellationToken);
    }

    private static void RegisterMSBuild()
    {
        if (MSBuildLocator.IsRegistered)
        {
            return;
        }

        try
        {
            MSBuildLocator.RegisterDefaults();
        }
        catch (InvalidOperationException exception)
        {
            throw new InputException($"No MSBuild to load the project with (is the .NET SDK installed?): {exception.Message}");
        }
    }

    // Kept apart from RegisterMSBuild so that no MSBuild type is loaded before the locator has chosen where from.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<MSBuildLoad> LoadWithWorkspaceAsync(
        string path, bool skipTestProjects, RestoreOption restore, CommandConsole console, long maxFileBytes, CancellationToken cancellationToken)
    {
        using var workspace = MSBuildWorkspace.Create();
        var failures = new List<string>();
        workspace.WorkspaceFailed += (_, failure) =>
        {
            if (failure.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                lock (failures)
                {
                    failures.Add(failure.Diagnostic.Message);
                }
            }
        };

        var progress = new Progress(console);
        var isSolution = path.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase);
        IReadOnlyList<Project> projects;
        try
        {
            if (isSolution)
            {
                console.Progress($"Loading solution {path}");
                var solution = await workspace.OpenSolutionAsync(path, progress: progress, cancellationToken: cancellationToken);
                projects = solution.Projects.Where(project => project.Language == LanguageNames.CSharp).ToList();
            }
            else
            {
                console.Progress($"Loading project {path}");
                projects = [await workspace.OpenProjectAsync(path, progress: progress, cancellationToken: cancellationToken)];
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new InputException(Describe($"{path} could not be loaded: {exception.Message}", failures));
        }

        if (projects.Count == 0 || (!isSolution && failures.Count > 0))
        {
            throw new InputException(Describe($"{path} could not be loaded.", failures));
        }

        foreach (var failure in failures)
        {
            console.Progress("warning: " + failure);
        }

        // A project that targets several frameworks is one Project per framework, with the same file.
        var projectFiles = projects.Select(project => project.FilePath).OfType<string>().Distinct(StringComparer.Ordinal)
            .ToDictionary(file => file, ProjectFile.TryRead, StringComparer.Ordinal);
        var testProjects = projects.Where(project => skipTestProjects && project.FilePath is { } file && projectFiles[file] is { IsTestProject: true }).ToList();
        var skippedTestFiles = testProjects.SelectMany(project => project.Documents).Select(document => document.FilePath).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in testProjects.Select(project => project.Name).Distinct(StringComparer.Ordinal))
        {
            console.Progress($"Skipping test project {name}");
        }

        projects = projects.Except(testProjects).ToList();
        foreach (var file in projects.Select(project => project.FilePath).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (projectFiles[file] is { IsRestored: false })
            {
                CompilationLoader.ReportNotRestored(file, restore, console);
            }
        }

        var compilations = new List<LoadedCompilation>();
        for (var i = 0; i < projects.Count; i++)
        {
            var project = projects[i];
            console.Progress($"Compiling project {i + 1} of {projects.Count}: {project.Name}");

            // Removed before compiling, so that they are never read or parsed.
            var oversized = project.Documents
                .Where(document => document.FilePath is { } file && CompilationLoader.SizeOf(file) > maxFileBytes)
                .ToList();
            project = project.RemoveDocuments([.. oversized.Select(document => document.Id)]);
            var compilation = await project.GetCompilationAsync(cancellationToken)
                ?? throw new InputException($"{project.FilePath} gives no compilation.");
            compilations.Add(new LoadedCompilation(compilation, project.AnalyzerOptions.AnalyzerConfigOptionsProvider, project.AnalyzerOptions.AdditionalFiles, project.Name)
            {
                OversizedFiles = oversized.Select(document => new OversizedFile(document.FilePath!, CompilationLoader.SizeOf(document.FilePath!))).OrderBy(file => file.Path, StringComparer.Ordinal).ToList(),
            });
        }

        return new MSBuildLoad(compilations, skippedTestFiles);
    }

    private static string Describe(string message, List<string> failures) =>
        failures.Count == 0 ? message : message + Environment.NewLine + string.Join(Environment.NewLine, failures.Select(failure => "  " + failure));

    private sealed class Progress(CommandConsole console) : IProgress<ProjectLoadProgress>
    {
        public void Report(ProjectLoadProgress value)
        {
            if (value.Operation == ProjectLoadOperation.Resolve)
            {
                var framework = value.TargetFramework is null ? string.Empty : $" ({value.TargetFramework})";
                console.Progress($"Loaded {Path.GetFileName(value.FilePath)}{framework}");
            }
        }
    }
}
