using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PiiAnalyzers.Cli.Output;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// A revision extracted from git has no restore output (<c>obj/</c> is not committed): MSBuild would resolve none of its
/// packages (the <c>PiiAnalyzers</c> package's attributes among them) and a folder compilation none of their assemblies,
/// and the base would differ from the head for that alone. So each project of the revision that the working tree has
/// restored gets the working tree's restore output: the base is read with the head's packages, as if restored with them.
/// A project whose package references the change adds or removes is named in a note: the SDK catalog finds a third party
/// by its client library being referenced, so one a package added (or removed) brings is then on both sides, not new
/// (<see cref="RevisionCheckout.PackagesAdded"/> puts those of packages added right).
/// </summary>
internal static class RestoreOutputs
{
    // What `dotnet restore` writes beside project.assets.json; MSBuild imports the props and targets of the packages through them.
    private static readonly string[] Files = ["project.assets.json", "*.nuget.g.props", "*.nuget.g.targets", "*.nuget.dgspec.json", "project.nuget.cache"];

    /// <summary>
    /// Copies the restore output of the working tree's projects into the revision's tree; returns how many projects got
    /// one, and the ids of the packages the working tree's projects reference that the revision's do not.
    /// </summary>
    /// <param name="workingTree">The repository's working tree.</param>
    /// <param name="revisionTree">The folder the revision was extracted to.</param>
    /// <param name="revision">The revision, as notes name it.</param>
    /// <param name="console">Where notes go.</param>
    public static (int Projects, IReadOnlyList<string> PackagesAdded) Copy(string workingTree, string revisionTree, string revision, CommandConsole console)
    {
        var copied = 0;
        var packagesAdded = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var project in Directory.EnumerateFiles(revisionTree, "*.csproj", CompilationLoader.EveryFolderBelow))
        {
            var working = Path.Combine(workingTree, Path.GetRelativePath(revisionTree, project));
            if (!File.Exists(working) || ProjectFile.TryRead(working) is not { } projectFile || !File.Exists(projectFile.AssetsFile))
            {
                continue;
            }

            // Only a restore output inside the repository has a place in the revision's tree.
            var from = Path.GetDirectoryName(projectFile.AssetsFile)!;
            var inTree = Path.GetRelativePath(workingTree, from);
            var to = Path.Combine(revisionTree, inTree);
            if (inTree.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(inTree) || File.Exists(Path.Combine(to, "project.assets.json")))
            {
                continue;
            }

            packagesAdded.UnionWith(NotePackageChanges(Path.GetRelativePath(revisionTree, project).Replace('\\', '/'), ProjectFile.TryRead(project), projectFile, revision, console));
            Directory.CreateDirectory(to);
            foreach (var pattern in Files)
            {
                foreach (var file in Directory.EnumerateFiles(from, pattern))
                {
                    File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
                }
            }

            copied++;
        }

        return (copied, [.. packagesAdded]);
    }

    // The packages the working tree's project references and the revision's does not.
    private static List<string> NotePackageChanges(string project, ProjectFile? atRevision, ProjectFile working, string revision, CommandConsole console)
    {
        var before = atRevision?.PackageReferences ?? [];
        var added = working.PackageReferences.Except(before, StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var removed = before.Except(working.PackageReferences, StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (added.Count > 0 || removed.Count > 0)
        {
            console.Progress(
                $"note: {project} references other packages at {revision} than in the working tree (added: {Names(added)}; removed: {Names(removed)}); "
                + "both sides are read with the working tree's packages: a third party of the SDK catalog that a package added brings is counted as new, one that a package removed brings is not seen on either side.");
        }

        return added;
    }

    private static string Names(List<string> packages) => packages.Count == 0 ? "none" : string.Join(", ", packages);
}
