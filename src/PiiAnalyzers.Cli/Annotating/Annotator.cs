using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Cli.Loading;
using PiiAnalyzers.Cli.Scanning;
using PiiAnalyzers.Discovery;

namespace PiiAnalyzers.Cli.Annotating;

/// <summary>What <c>pii annotate</c> would change, and why it may not.</summary>
/// <param name="Members">The members annotated, in path, line and column order.</param>
/// <param name="Files">The files changed, with their new text and how to write it.</param>
/// <param name="BelowConfidence">How many more members look like personal data, with less confidence than asked for.</param>
/// <param name="ProjectsWithoutAttributes">The projects (full paths of their files, or their names) whose files would change but that do not reference the attributes.</param>
/// <param name="Notes">Files left alone and why, and files no project builds.</param>
internal sealed record AnnotationPlan(
    IReadOnlyList<AnnotatedMember> Members,
    IReadOnlyList<(SourceFile File, string Text)> Files,
    int BelowConfidence,
    IReadOnlyList<string> ProjectsWithoutAttributes,
    IReadOnlyList<string> Notes);

/// <summary>
/// Plans <c>pii annotate</c>: finds the members PII0006 reports (<see cref="PersonalDataCandidates"/>) at the confidence
/// asked for, applies the IDE's Fix All to them (<see cref="AnnotationWorkspace"/>), and checks that the result can be
/// written back unchanged otherwise (<see cref="SourceFile"/>) and can build: every project whose files change must
/// reference the PiiAnalyzers attributes. MSBuild says so for a project it loaded; for a folder compiled ad hoc, which
/// always sees the attributes, the project files on disk say so (<see cref="ProjectFiles"/>).
/// </summary>
internal static class Annotator
{
    public static async Task<AnnotationPlan> PlanAsync(LoadedCode code, DiscoveryConfidence minimum, CancellationToken cancellationToken, DiagnosticAnalyzer? analyzer = null)
    {
        var candidates = await PersonalDataCandidates.FindAsync(code, PathFilter.Default, cancellationToken, analyzer);
        var notes = new List<string>();
        var sources = new Dictionary<string, SourceFile?>(StringComparer.Ordinal);
        var members = new List<AnnotatedMember>();
        var files = new Dictionary<string, (SourceFile File, string Text)>(StringComparer.Ordinal);
        var projects = new ProjectFiles();
        var withoutAttributes = new SortedSet<string>(StringComparer.Ordinal);
        var loose = new SortedSet<string>(StringComparer.Ordinal);
        string Relative(string path) => AnalysisEngine.Relative(code.Root, path);

        foreach (var compilation in candidates)
        {
            var chosen = new List<Diagnostic>();
            foreach (var diagnostic in compilation.Diagnostics.Where(diagnostic => ConfidenceFilter.Meets(diagnostic, minimum)))
            {
                // A file annotated for an earlier target framework of the same project is done.
                var tree = diagnostic.Location.SourceTree!;
                if (!files.ContainsKey(tree.FilePath) && Readable(tree, sources, notes, Relative, cancellationToken))
                {
                    chosen.Add(diagnostic);
                }
            }

            if (chosen.Count == 0)
            {
                continue;
            }

            var (annotated, changed) = await AnnotationWorkspace.FixAsync(compilation.Compilation, chosen, Relative, cancellationToken);
            members.AddRange(annotated);
            foreach (var file in changed)
            {
                files[file.Path] = (sources[file.Path]!, file.Text);
                CheckAttributes(compilation, file.Path, projects, withoutAttributes, loose, Relative);
            }
        }

        if (loose.Count > 0)
        {
            notes.Add($"note: no project file (.csproj) was found for {Describe(loose)}; whatever builds them needs the PiiAnalyzers package.");
        }

        var annotatedMembers = members
            .Distinct()
            .OrderBy(member => member.Path, StringComparer.Ordinal)
            .ThenBy(member => member.Line)
            .ThenBy(member => member.Column)
            .ToList();
        var below = candidates.SelectMany(compilation => compilation.Diagnostics)
            .Where(diagnostic => !ConfidenceFilter.Meets(diagnostic, minimum))
            .Select(diagnostic => (diagnostic.Location.SourceTree!.FilePath, diagnostic.Location.SourceSpan))
            .Distinct()
            .Count();
        return new AnnotationPlan(
            annotatedMembers,
            files.OrderBy(file => file.Key, StringComparer.Ordinal).Select(file => file.Value).ToList(),
            below,
            withoutAttributes.ToList(),
            notes);
    }

    // Whether the file on disk is the text analyzed, in an encoding it can be written back in.
    private static bool Readable(SyntaxTree tree, Dictionary<string, SourceFile?> sources, List<string> notes, Func<string, string> relative, CancellationToken cancellationToken)
    {
        if (sources.TryGetValue(tree.FilePath, out var known))
        {
            return known is not null;
        }

        SourceFile? source = null;
        string? problem = null;
        try
        {
            source = File.Exists(tree.FilePath) ? SourceFile.Read(tree.FilePath) : null;
            problem = source is null ? "is not UTF-8 and has no byte order mark, or is not on disk"
                : source.Text != tree.GetText(cancellationToken).ToString() ? "changed while it was being read"
                : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = "cannot be read: " + exception.Message;
        }

        if (problem is not null)
        {
            notes.Add($"note: {relative(tree.FilePath)} {problem}; it is left unchanged.");
            source = null;
        }

        sources[tree.FilePath] = source;
        return source is not null;
    }

    private static void CheckAttributes(
        CompilationCandidates compilation,
        string path,
        ProjectFiles projects,
        SortedSet<string> withoutAttributes,
        SortedSet<string> loose,
        Func<string, string> relative)
    {
        var owners = projects.ProjectsOf(path);
        switch (compilation.Attributes)
        {
            case AttributesSource.Missing:
                withoutAttributes.Add(owners.Count > 0 ? owners[0] : compilation.Loaded.Name);
                break;
            case AttributesSource.AddedByLoader when owners.Count == 0:
                loose.Add(relative(path));
                break;
            case AttributesSource.AddedByLoader:
                foreach (var owner in owners.Where(owner => !projects.ReferencesAttributes(owner)))
                {
                    withoutAttributes.Add(owner);
                }

                break;
        }
    }

    private static string Describe(IReadOnlyCollection<string> paths) =>
        paths.Count == 1 ? paths.First() : $"{paths.First()} and {paths.Count - 1} more file(s)";
}
