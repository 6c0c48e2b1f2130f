using System;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// What a project SDK gives every C# project built with it, as the SDK's own props files define it (checked against the
/// .NET 10 SDK's <c>Sdks/*/targets</c>): the namespaces <c>&lt;ImplicitUsings&gt;enable&lt;/ImplicitUsings&gt;</c> imports
/// (<c>Microsoft.NET.Sdk.CSharp.props</c>, the Web SDK's <c>Sdk.Server.props</c>, the Worker's and BlazorWebAssembly's
/// <c>Sdk.props</c>; Razor adds none of its own by default) and the shared frameworks it references implicitly.
/// </summary>
internal static class SdkDefaults
{
    /// <summary>Every SDK's implicit usings: those of Microsoft.NET.Sdk, which the others import.</summary>
    public static readonly ImmutableArray<string> BaseUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    /// <summary>The implicit usings an SDK adds to <see cref="BaseUsings"/>, by SDK name; an SDK not listed adds none.</summary>
    public static readonly ImmutableDictionary<string, ImmutableArray<string>> AddedUsings = new (string Sdk, string[] Usings)[]
    {
        ("Microsoft.NET.Sdk.Web",
        [
            "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
            "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
            "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
        ]),
        ("Microsoft.NET.Sdk.Worker",
        [
            "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting",
            "Microsoft.Extensions.Logging",
        ]),
        ("Microsoft.NET.Sdk.BlazorWebAssembly",
        [
            "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Logging",
        ]),
    }.ToImmutableDictionary(entry => entry.Sdk, entry => entry.Usings.ToImmutableArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The shared frameworks an SDK references without a <c>FrameworkReference</c> item, by SDK name.</summary>
    public static readonly ImmutableDictionary<string, ImmutableArray<string>> ImplicitFrameworks = new (string Sdk, string[] Frameworks)[]
    {
        ("Microsoft.NET.Sdk.Web", ["Microsoft.AspNetCore.App"]),
    }.ToImmutableDictionary(entry => entry.Sdk, entry => entry.Frameworks.ToImmutableArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The implicit usings of a project built with <paramref name="sdks"/> (its <c>Sdk</c> attribute's names, versions stripped).</summary>
    public static ImmutableArray<string> ImplicitUsings(ImmutableArray<string> sdks) =>
        BaseUsings.AddRange(sdks.SelectMany(sdk => AddedUsings.TryGetValue(sdk, out var usings) ? usings : ImmutableArray<string>.Empty)).Distinct(StringComparer.Ordinal).ToImmutableArray();

    /// <summary>The shared frameworks a project built with <paramref name="sdks"/> references implicitly.</summary>
    public static ImmutableArray<string> Frameworks(ImmutableArray<string> sdks) =>
        sdks.SelectMany(sdk => ImplicitFrameworks.TryGetValue(sdk, out var frameworks) ? frameworks : ImmutableArray<string>.Empty).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
}
