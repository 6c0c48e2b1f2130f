using System.Security;

namespace PiiAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A new net10.0 class library outside the repository that references the packed PiiAnalyzers package by version, as a
/// user's project would. Nothing of the repository or of the machine's package cache reaches it: empty Directory.*
/// files and a root .editorconfig stop the search for those of folders above, its NuGet.config lists only the pack
/// folder and nuget.org, and it restores into a packages folder of its own, so that no older copy of the same version
/// can stand in for the one just packed.
/// </summary>
public sealed class ConsumerProject
{
    public const string ProjectFileName = "Consumer.csproj";
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);

    private readonly PackageFixture _package;

    internal ConsumerProject(PackageFixture package, string directory)
    {
        _package = package;
        Directory = directory;
        PackagesFolder = Path.Combine(directory, "packages");
        System.IO.Directory.CreateDirectory(directory);

        WriteFile("Directory.Build.props", "<Project />\n");
        WriteFile("Directory.Build.targets", "<Project />\n");
        WriteFile("Directory.Packages.props", "<Project />\n");
        WriteFile("NuGet.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{SecurityElement.Escape(package.PackageSource)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <!-- PiiAnalyzers only ever from the pack folder, whatever nuget.org may hold under that name. -->
              <packageSourceMapping>
                <packageSource key="local">
                  <package pattern="PiiAnalyzers" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        WriteEditorConfig();
        WriteProject();
    }

    public string Directory { get; }

    /// <summary>This consumer's own global packages folder (RestorePackagesPath and NUGET_PACKAGES).</summary>
    public string PackagesFolder { get; }

    /// <summary>Writes the project file; <paramref name="items"/> is extra MSBuild XML inside an ItemGroup.</summary>
    public void WriteProject(string items = "") =>
        WriteFile(ProjectFileName, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <RestorePackagesPath>{SecurityElement.Escape(PackagesFolder)}</RestorePackagesPath>
                <!-- The vulnerability audit would ask nuget.org on every restore; the one package comes from the pack folder. -->
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PiiAnalyzers" Version="{_package.Version}" />
            {items}
              </ItemGroup>
            </Project>
            """);

    /// <summary>A root .editorconfig, with the given lines in its [*.cs] section.</summary>
    public void WriteEditorConfig(params string[] csharpSettings) =>
        WriteFile(".editorconfig", "root = true\n\n[*.cs]\n" + string.Concat(csharpSettings.Select(line => line + "\n")));

    public string WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return path;
    }

    public Task<ProcessResult> BuildAsync(IReadOnlyDictionary<string, string>? environment = null) =>
        RunAsync(["build", ProjectFileName, "-tl:off"], environment);

    public Task<ProcessResult> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var variables = new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            variables[name] = value;
        }

        return DotNetCli.RunAsync(Directory, arguments, CommandTimeout, variables);
    }
}
