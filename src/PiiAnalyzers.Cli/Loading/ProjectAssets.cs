using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// What a restore wrote in a project's <c>project.assets.json</c> that a folder compilation can use: the compile-time
/// assemblies of its packages (from the package folders, for its first target framework) and the shared frameworks it
/// references; and whether the restore that wrote it failed (NuGet writes the file all the same, its errors logged in it).
/// A file that cannot be read gives nothing: the folder is then compiled as if it were not restored.
/// </summary>
internal sealed record ProjectAssets(IReadOnlyList<string> CompileAssemblies, IReadOnlyList<string> Frameworks, bool HasErrors)
{
    public static ProjectAssets Empty { get; } = new([], [], HasErrors: true);

    public static ProjectAssets Read(string assetsFile)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(assetsFile));
            var root = document.RootElement;
            if (!root.TryGetProperty("targets", out var targets) || targets.ValueKind != JsonValueKind.Object)
            {
                return Empty;
            }

            // "net10.0" rather than "net10.0/linux-x64": the reference assemblies, not a runtime's.
            var target = targets.EnumerateObject().OrderBy(candidate => candidate.Name.Contains('/', StringComparison.Ordinal)).FirstOrDefault();
            if (target.Value.ValueKind != JsonValueKind.Object)
            {
                return Empty;
            }

            var packageFolders = root.TryGetProperty("packageFolders", out var folders) && folders.ValueKind == JsonValueKind.Object
                ? folders.EnumerateObject().Select(folder => folder.Name).ToList()
                : [];
            var libraries = root.TryGetProperty("libraries", out var libraryTable) && libraryTable.ValueKind == JsonValueKind.Object ? libraryTable : default;
            var assemblies = new List<string>();
            foreach (var library in target.Value.EnumerateObject())
            {
                if (library.Value.ValueKind != JsonValueKind.Object
                    || !library.Value.TryGetProperty("type", out var type) || type.GetString() != "package"
                    || !library.Value.TryGetProperty("compile", out var compile) || compile.ValueKind != JsonValueKind.Object
                    || libraries.ValueKind != JsonValueKind.Object
                    || !libraries.TryGetProperty(library.Name, out var entry) || !entry.TryGetProperty("path", out var path))
                {
                    continue;
                }

                foreach (var asset in compile.EnumerateObject().Select(asset => asset.Name).Where(asset => asset.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
                {
                    var file = packageFolders.Select(folder => Path.Combine(folder, path.GetString() ?? string.Empty, asset)).FirstOrDefault(File.Exists);
                    if (file is not null)
                    {
                        assemblies.Add(file);
                    }
                }
            }

            return new ProjectAssets(assemblies, FrameworkReferences(root, target.Name.Split('/')[0]), HasErrorLogs(root));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return Empty;
        }
    }

    // "logs": [{ "code": "NU1101", "level": "Error", ... }]
    private static bool HasErrorLogs(JsonElement root) =>
        root.TryGetProperty("logs", out var logs) && logs.ValueKind == JsonValueKind.Array
        && logs.EnumerateArray().Any(log => log.ValueKind == JsonValueKind.Object && log.TryGetProperty("level", out var level) && level.GetString() == "Error");

    private static List<string> FrameworkReferences(JsonElement root, string targetFramework) =>
        root.TryGetProperty("project", out var project) && project.TryGetProperty("frameworks", out var frameworks) && frameworks.ValueKind == JsonValueKind.Object
            ? frameworks.EnumerateObject()
                .OrderBy(framework => framework.Name.Equals(targetFramework, StringComparison.OrdinalIgnoreCase)
                    || (framework.Value.TryGetProperty("targetAlias", out var alias) && alias.GetString() == targetFramework) ? 0 : 1)
                .Take(1)
                .SelectMany(framework => framework.Value.TryGetProperty("frameworkReferences", out var references) && references.ValueKind == JsonValueKind.Object
                    ? references.EnumerateObject().Select(reference => reference.Name)
                    : [])
                .ToList()
            : [];
}
