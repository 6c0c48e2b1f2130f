using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// The framework's reference assemblies for compiling a folder ad hoc, found offline: the Microsoft.NETCore.App reference
/// pack of the SDK this runtime belongs to, else the running runtime's own assemblies; and, for a project that references
/// another shared framework (the Web SDK's Microsoft.AspNetCore.App), that framework's reference pack when the SDK has it.
/// </summary>
internal static class FrameworkReferences
{
    private const string NetCoreApp = "Microsoft.NETCore.App";

    private static readonly Lazy<IReadOnlyList<MetadataReference>> All = new(Load);

    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<MetadataReference>>> Others = new(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<MetadataReference> Get() => All.Value;

    /// <summary>The reference assemblies of the shared framework <paramref name="framework"/>; none when the SDK lacks its pack.</summary>
    public static IReadOnlyList<MetadataReference> Get(string framework) =>
        framework.Equals(NetCoreApp, StringComparison.OrdinalIgnoreCase)
            ? []
            : Others.GetOrAdd(framework, name => new(() => (ReferencePackAssemblies(name) ?? []).Select(Reference).ToList())).Value;

    private static IReadOnlyList<MetadataReference> Load() => (ReferencePackAssemblies(NetCoreApp) ?? RuntimeAssemblies()).Select(Reference).ToList();

    private static MetadataReference Reference(string file) => MetadataReference.CreateFromFile(file);

    // <dotnet>/shared/Microsoft.NETCore.App/10.0.x/ → <dotnet>/packs/Microsoft.NETCore.App.Ref/10.0.y/ref/net10.0/
    private static IEnumerable<string>? ReferencePackAssemblies(string framework)
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var dotnetRoot = runtimeDirectory is null ? null : Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = dotnetRoot is null ? null : Path.Combine(dotnetRoot, "packs", framework + ".Ref");
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
