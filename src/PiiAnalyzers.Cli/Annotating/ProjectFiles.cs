using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace PiiAnalyzers.Cli.Annotating;

/// <summary>
/// The project files a folder's sources belong to, read without MSBuild: a source file belongs to the projects in the
/// nearest folder at or above it that has a <c>.csproj</c> (the SDK's default globbing), and a project references the
/// PiiAnalyzers attributes when it, or a <c>Directory.Build.props</c> / <c>Directory.Build.targets</c> MSBuild imports
/// into it, has one of <see cref="AttributeReferences"/>. Properties and conditions are not evaluated: a reference
/// behind a condition counts. A folder compiled ad hoc always sees the attributes (the loader adds
/// them), so this is what tells whether the project that builds the file will.
/// </summary>
internal sealed class ProjectFiles
{
    /// <summary>The items that give a project the attributes: the package, the attributes project, or the library itself.</summary>
    private static readonly (string Item, string? Attribute, Func<string, bool> Matches)[] AttributeReferences =
    [
        ("PackageReference", "Include", value => value.Equals("PiiAnalyzers", StringComparison.OrdinalIgnoreCase)),
        ("PackageReference", "Update", value => value.Equals("PiiAnalyzers", StringComparison.OrdinalIgnoreCase)),
        ("ProjectReference", "Include", value => FileName(value).Equals("PiiAnalyzers.Attributes.csproj", StringComparison.OrdinalIgnoreCase)),
        ("Reference", "Include", value => FileName(value).StartsWith("PiiAnalyzers.Attributes", StringComparison.OrdinalIgnoreCase)),
        ("HintPath", null, value => FileName(value).Equals("PiiAnalyzers.Attributes.dll", StringComparison.OrdinalIgnoreCase)),
    ];

    private static readonly string[] ImportedFiles = ["Directory.Build.props", "Directory.Build.targets"];

    private readonly Dictionary<string, IReadOnlyList<string>> _projectsByFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _referencesByProject = new(StringComparer.Ordinal);

    /// <summary>The projects that compile <paramref name="sourceFile"/>: those of the nearest folder with a .csproj; none for a loose file.</summary>
    public IReadOnlyList<string> ProjectsOf(string sourceFile)
    {
        for (var folder = Path.GetDirectoryName(Path.GetFullPath(sourceFile)); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (!_projectsByFolder.TryGetValue(folder, out var projects))
            {
                projects = Directory.GetFiles(folder, "*.csproj").Order(StringComparer.Ordinal).ToList();
                _projectsByFolder[folder] = projects;
            }

            if (projects.Count > 0)
            {
                return projects;
            }
        }

        return [];
    }

    /// <summary>Whether <paramref name="project"/> references the PiiAnalyzers attributes, itself or through a Directory.Build file.</summary>
    public bool ReferencesAttributes(string project)
    {
        if (!_referencesByProject.TryGetValue(project, out var references))
        {
            references = FilesThatApplyTo(project).Any(HasAttributeReference);
            _referencesByProject[project] = references;
        }

        return references;
    }

    // The project, and the Directory.Build files MSBuild imports into it: the nearest of each name above it, and the one
    // above that when the nearer one imports it (<Import Project="$([MSBuild]::GetPathOfFileAbove(...))" />).
    private static IEnumerable<XDocument> FilesThatApplyTo(string project)
    {
        if (Load(project) is { } projectFile)
        {
            yield return projectFile;
        }

        foreach (var name in ImportedFiles)
        {
            for (var folder = Path.GetDirectoryName(project); folder is not null; folder = Path.GetDirectoryName(folder))
            {
                var path = Path.Combine(folder, name);
                if (!File.Exists(path))
                {
                    continue;
                }

                var file = Load(path);
                if (file is null)
                {
                    break;
                }

                yield return file;
                if (!file.Descendants().Any(element => element.Name.LocalName == "Import" && ((string?)element.Attribute("Project"))?.Contains(name, StringComparison.OrdinalIgnoreCase) == true))
                {
                    break;
                }
            }
        }
    }

    private static XDocument? Load(string file)
    {
        try
        {
            return XDocument.Load(file);
        }
        catch (Exception exception) when (exception is XmlException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool HasAttributeReference(XDocument document)
    {
        foreach (var element in document.Descendants())
        {
            foreach (var (item, attribute, matches) in AttributeReferences)
            {
                if (element.Name.LocalName != item)
                {
                    continue;
                }

                var value = attribute is null ? element.Value : (string?)element.Attribute(attribute);
                if (value is not null && matches(value.Trim()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string FileName(string path) => Path.GetFileName(path.Replace('\\', '/').TrimEnd('/'));
}
