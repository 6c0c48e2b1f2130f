using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// The framework's reference assemblies for compiling a folder ad hoc, found offline: the Microsoft.NETCore.App reference
/// pack of the SDK this runtime belongs to, else the running runtime's own assemblies.
/// </summary>
internal static class FrameworkReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> All = new(Load);

    public static IReadOnlyList<MetadataReference> Get() => All.Value;

    private static IReadOnlyList<MetadataReference> Load()
    {
        var files = ReferencePackAssemblies() ?? RuntimeAssemblies();
        return files.Select(file => (MetadataReference)MetadataReference.CreateFromFile(file)).ToList();
    }

    // <dotnet>/shared/Microsoft.NETCore.App/10.0.x/ → <dotnet>/packs/Microsoft.NETCore.App.Ref/10.0.y/ref/net10.0/
    private static IEnumerable<string>? ReferencePackAssemblies()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var dotnetRoot = runtimeDirectory is null ? null : Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = dotnetRoot is null ? null : Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        if (packs is null || !Directory.Exists(packs))
        {
            return null;
        }

        var major = Environment.Version.Major;
        var folder = Directory.GetDirectories(packs)
            .Select(path => (Path: path, Version: Version.TryParse(Path.GetFileName(path).Split('-')[0], out var version) ? version : null))
            .Where(pack => pack.Version is not null && pack.Version.Major == major)
            .OrderByDescending(pack => pack.Version)
            .Select(pack => Path.Combine(pack.Path, "ref", $"net{major}.0"))
            .FirstOrDefault(Directory.Exists);
        return folder is null ? null : Directory.GetFiles(folder, "*.dll").OrderBy(file => file, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> RuntimeAssemblies() =>
        ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(file => Path.GetFileName(file).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(file) is "mscorlib.dll" or "netstandard.dll" or "Microsoft.Win32.Primitives.dll")
            .OrderBy(file => file, StringComparer.Ordinal);
}
