using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using PiiAnalyzers.Cli.Scanning;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>A global using a project's build generates: <c>global using [static] [Alias =] global::Namespace;</c>.</summary>
internal sealed record GlobalUsing(string Namespace, string? Alias, bool IsStatic)
{
    public string ToSource() =>
        IsStatic ? $"global using static global::{Namespace};"
        : Alias is not null ? $"global using {Alias} = global::{Namespace};"
        : $"global using global::{Namespace};";
}

/// <summary>
/// A C# project file read as text, without MSBuild, for what a folder scan needs of it: the SDK, the global usings its
/// build would generate, the shared frameworks and packages it references, whether it is a test project and whether it
/// was restored. Its <c>Directory.Build.props</c> (the nearest above it, and those it imports from further up) and
/// <c>Directory.Build.targets</c> are read with it, in MSBuild's order. Conditions are not evaluated: a conditional
/// property, item or group is left out, so what holds only in some configuration is not assumed.
/// </summary>
internal sealed class ProjectFile
{
    private readonly string _assetsFile = string.Empty;
    private readonly Lazy<ProjectAssets?> _assets = new(() => null);

    private ProjectFile(string path, ImmutableArray<string> sdks)
    {
        FilePath = path;
        Sdks = sdks;
    }

    /// <summary>The full path of the .csproj.</summary>
    public string FilePath { get; }

    /// <summary>The folder the project file sits in.</summary>
    public string Folder => Path.GetDirectoryName(FilePath)!;

    /// <summary>The project's name: its file name without the extension.</summary>
    public string Name => Path.GetFileNameWithoutExtension(FilePath);

    /// <summary>The SDKs it names, versions stripped (<c>Microsoft.NET.Sdk.Web</c>).</summary>
    public ImmutableArray<string> Sdks { get; }

    /// <summary>The global usings its build generates: the SDK's implicit ones when enabled, and its <c>Using</c> items.</summary>
    public ImmutableArray<GlobalUsing> GlobalUsings { get; private set; } = [];

    /// <summary>The shared frameworks it references: the SDK's (the Web SDK's ASP.NET Core) and its <c>FrameworkReference</c> items.</summary>
    public ImmutableArray<string> Frameworks { get; private set; } = [];

    /// <summary>The ids of the packages it references.</summary>
    public ImmutableArray<string> PackageReferences { get; private set; } = [];

    /// <summary>Whether it is a test project (<see cref="TestCode.IsTestProject"/>).</summary>
    public bool IsTestProject { get; private set; }

    /// <summary>Where its restore writes <c>project.assets.json</c>: <c>obj/</c>, or the artifacts folder with <c>UseArtifactsOutput</c>.</summary>
    public string AssetsFile
    {
        get => _assetsFile;
        private init
        {
            _assetsFile = value;
            _assets = new(() => File.Exists(value) ? ProjectAssets.Read(value) : null);
        }
    }

    /// <summary>What its restore wrote, read once; null when it was never restored.</summary>
    public ProjectAssets? Assets => _assets.Value;

    /// <summary>Whether it was restored, and without errors.</summary>
    public bool IsRestored => Assets is { HasErrors: false };

    /// <summary>The project file at <paramref name="path"/>, or null when it cannot be read or is not XML.</summary>
    public static ProjectFile? TryRead(string path)
    {
        var project = TryLoad(path);
        if (project?.Root is not { } root)
        {
            return null;
        }

        var sdks = (root.Attribute("Sdk")?.Value ?? string.Empty).Split(';')
            .Concat(root.Elements().Where(element => element.Name.LocalName == "Sdk").Select(element => element.Attribute("Name")?.Value ?? string.Empty))
            .Select(sdk => sdk.Split('/')[0].Trim())
            .Where(sdk => sdk.Length > 0)
            .ToImmutableArray();
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var props = DirectoryBuildFiles(folder, "Directory.Build.props");
        var targets = DirectoryBuildFiles(folder, "Directory.Build.targets").Take(1).ToList();

        // MSBuild evaluates every property before any item: the SDK's usings depend on the final ImplicitUsings.
        var properties = new Dictionary<string, (string Value, string DefinedIn)>(StringComparer.OrdinalIgnoreCase);
        var documents = props.Select(file => (Path: file, Document: TryLoad(file)))
            .Append((Path: Path.GetFullPath(path), Document: project))
            .Concat(targets.Select(file => (Path: file, Document: TryLoad(file))))
            .Where(document => document.Document?.Root is not null)
            .ToList();
        foreach (var (file, document) in documents)
        {
            foreach (var property in Unconditional(document!.Root!, "PropertyGroup"))
            {
                properties[property.Name.LocalName] = (property.Value.Trim(), file);
            }
        }

        var implicitUsings = properties.TryGetValue("ImplicitUsings", out var enabled) && enabled.Value.ToLowerInvariant() is "enable" or "true";
        var usings = new List<GlobalUsing>();
        var frameworks = new List<string>(SdkDefaults.Frameworks(sdks));
        var packages = new List<string>();
        for (var i = 0; i < documents.Count; i++)
        {
            // The SDK's implicit usings come after Directory.Build.props (imported first) and before the project's own items.
            if (implicitUsings && documents[i].Path == Path.GetFullPath(path))
            {
                usings.AddRange(SdkDefaults.ImplicitUsings(sdks).Select(name => new GlobalUsing(name, null, false)));
            }

            foreach (var item in Unconditional(documents[i].Document!.Root!, "ItemGroup"))
            {
                ReadItem(item, usings, frameworks, packages);
            }
        }

        var name = Path.GetFileNameWithoutExtension(path);
        return new ProjectFile(Path.GetFullPath(path), sdks)
        {
            GlobalUsings = usings.Distinct().ToImmutableArray(),
            Frameworks = frameworks.Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray(),
            PackageReferences = packages.Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray(),
            IsTestProject = TestCode.IsTestProject(sdks, properties.TryGetValue("IsTestProject", out var isTest) ? isTest.Value : null, packages.ToImmutableArray()),
            AssetsFile = properties.TryGetValue("UseArtifactsOutput", out var artifacts) && artifacts.Value.Equals("true", StringComparison.OrdinalIgnoreCase)
                ? Path.Combine(Path.GetDirectoryName(artifacts.DefinedIn)!, "artifacts", "obj", name, "project.assets.json")
                : Path.Combine(folder, "obj", "project.assets.json"),
        };
    }

    private static void ReadItem(XElement item, List<GlobalUsing> usings, List<string> frameworks, List<string> packages)
    {
        var include = item.Attribute("Include")?.Value.Trim();
        switch (item.Name.LocalName)
        {
            case "Using" when item.Attribute("Remove")?.Value.Trim() is { Length: > 0 } removed:
                usings.RemoveAll(existing => removed.Split(';').Any(name => name.Trim() == existing.Namespace));
                break;
            case "Using" when include is { Length: > 0 }:
                var alias = Metadata(item, "Alias");
                var isStatic = Metadata(item, "Static")?.Equals("true", StringComparison.OrdinalIgnoreCase) == true;
                usings.AddRange(include.Split(';').Where(name => name.Trim().Length > 0).Select(name => new GlobalUsing(name.Trim(), alias, isStatic)));
                break;
            case "FrameworkReference" when include is { Length: > 0 }:
                frameworks.Add(include);
                break;
            case "PackageReference" when include is { Length: > 0 }:
                packages.AddRange(include.Split(';').Select(name => name.Trim()).Where(name => name.Length > 0));
                break;
        }
    }

    // Item metadata is an attribute or a child element: <Using Include="X" Static="true" /> or <Using Include="X"><Static>true</Static></Using>.
    private static string? Metadata(XElement item, string name) =>
        (item.Attribute(name)?.Value ?? item.Elements().FirstOrDefault(element => element.Name.LocalName == name)?.Value)?.Trim() is { Length: > 0 } value ? value : null;

    private static IEnumerable<XElement> Unconditional(XElement root, string group) =>
        root.Elements()
            .Where(element => element.Name.LocalName == group && element.Attribute("Condition") is null)
            .SelectMany(element => element.Elements())
            .Where(element => element.Attribute("Condition") is null);

    // The nearest file of that name at or above the project's folder, then those it imports from further up
    // (<Import Project="$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', ...))" />), outermost first.
    private static List<string> DirectoryBuildFiles(string folder, string fileName)
    {
        var files = new List<string>();
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, fileName);
            if (!File.Exists(candidate))
            {
                continue;
            }

            files.Insert(0, candidate);
            if (!ImportsTheOneAbove(candidate, fileName))
            {
                break;
            }
        }

        return files;
    }

    private static bool ImportsTheOneAbove(string file, string fileName) =>
        TryLoad(file)?.Root?.Elements().Any(element => element.Name.LocalName == "Import"
            && (element.Attribute("Project")?.Value ?? string.Empty) is var imported
            && imported.Contains("GetPathOfFileAbove", StringComparison.OrdinalIgnoreCase)
            && imported.Contains(fileName, StringComparison.OrdinalIgnoreCase)) == true;

    private static XDocument? TryLoad(string path)
    {
        try
        {
            return XDocument.Load(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or XmlException)
        {
            return null;
        }
    }
}
