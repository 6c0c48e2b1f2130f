using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// The project files of a folder compiled ad hoc, found lazily: each .cs file belongs to the nearest project file at or
/// above its folder, as in a build with the SDK's default <c>Compile</c> glob (a folder holding two project files gives
/// its files to the first by name). Projects above the scanned folder count too: scanning a project's subfolder still
/// compiles it with the project's global usings.
/// </summary>
internal sealed class FolderProjects
{
    private readonly Dictionary<string, ProjectFile?> _byFolder = new(StringComparer.Ordinal);

    /// <summary>The project <paramref name="file"/> belongs to, or null when no project file is at or above its folder.</summary>
    public ProjectFile? Owner(string file)
    {
        var visited = new List<string>();
        ProjectFile? owner = null;
        for (var folder = Path.GetDirectoryName(file); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (_byFolder.TryGetValue(folder, out owner))
            {
                break;
            }

            visited.Add(folder);
            owner = ProjectIn(folder);
            if (owner is not null)
            {
                break;
            }
        }

        foreach (var folder in visited)
        {
            _byFolder[folder] = owner;
        }

        return owner;
    }

    // Unreadable project files are passed over: their folder's files then belong to the next one up, or to none.
    private static ProjectFile? ProjectIn(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*.csproj")
                .Order(StringComparer.Ordinal)
                .Select(ProjectFile.TryRead)
                .FirstOrDefault(project => project is not null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
