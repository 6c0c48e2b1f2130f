using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Cli.Annotating;

/// <summary>
/// The ASP.NET Core shared framework's reference assemblies (the SDK's Microsoft.AspNetCore.App.Ref pack), which a
/// folder compiled ad hoc lacks. A web project's members may carry ASP.NET Core Identity's <c>[PersonalData]</c>: unbound,
/// discovery would not see that marker and the fix would add a second one under a name the real build finds ambiguous.
/// With these, the marker binds and the fix qualifies the names it writes where Identity's are in scope.
/// </summary>
internal static class AspNetCoreReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> All = new(Load);

    /// <summary>The pack's assemblies; none when the SDK has no ASP.NET Core pack for this runtime's major version.</summary>
    public static IReadOnlyList<MetadataReference> Get() => All.Value;

    // <dotnet>/shared/Microsoft.NETCore.App/10.0.x/ → <dotnet>/packs/Microsoft.AspNetCore.App.Ref/10.0.y/ref/net10.0/
    private static IReadOnlyList<MetadataReference> Load()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var packs = runtimeDirectory is null ? null : Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", "..", "packs", "Microsoft.AspNetCore.App.Ref"));
        if (packs is null || !Directory.Exists(packs))
        {
            return [];
        }

        var major = Environment.Version.Major;
        var folder = Directory.GetDirectories(packs)
            .Select(path => (Path: path, Version: Version.TryParse(Path.GetFileName(path).Split('-')[0], out var version) ? version : null))
            .Where(pack => pack.Version is not null && pack.Version.Major == major)
            .OrderByDescending(pack => pack.Version)
            .Select(pack => Path.Combine(pack.Path, "ref", $"net{major}.0"))
            .FirstOrDefault(Directory.Exists);
        return folder is null
            ? []
            : Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal).Select(file => (MetadataReference)MetadataReference.CreateFromFile(file)).ToList();
    }
}
