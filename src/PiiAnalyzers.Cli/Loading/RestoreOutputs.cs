using System;
using System.IO;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// A revision extracted from git has no restore output (<c>obj/</c> is not committed): MSBuild would resolve none of its
/// packages (the <c>PiiAnalyzers</c> package's attributes among them) and a folder compilation none of their assemblies,
/// and the base would differ from the head for that alone. So each project of the revision that the working tree has
/// restored gets the working tree's restore output: the base is read with the head's packages, as if restored with them.
/// </summary>
internal static class RestoreOutputs
{
    // What `dotnet restore` writes beside project.assets.json; MSBuild imports the props and targets of the packages through them.
    private static readonly string[] Files = ["project.assets.json", "*.nuget.g.props", "*.nuget.g.targets", "*.nuget.dgspec.json", "project.nuget.cache"];

    /// <summary>Copies the restore output of the working tree's projects into the revision's tree; returns how many projects got one.</summary>
    public static int Copy(string workingTree, string revisionTree)
    {
        var copied = 0;
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

        return copied;
    }
}
