using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Cli.Tests.Policy;

namespace PiiAnalyzers.Cli.Tests.Scan;

/// <summary>
/// <c>pii scan</c> and <c>pii check</c> print what <c>dotnet build</c> prints for a project that builds, with the
/// analyzers and the policy given to the compiler the way the package gives them.
/// </summary>
public partial class BuildParityTests
{
    [Fact]
    public async Task ScanAndCheck_OfABuildableProject_PrintTheDiagnosticsDotnetBuildPrints()
    {
        var folder = TestFiles.TempFolder();
        TestFiles.CopyFolder(PolicyFixtures.CheckFolder, folder);
        File.Copy(Path.Combine(TestFiles.Root, "tests", "PiiAnalyzers.Cli.Tests", "Fixtures", "Scan", "Legacy", "Customer.cs"), Path.Combine(folder, "Customer.cs"));
        var project = Path.Combine(folder, "Parity.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{typeof(PersonalDataAttribute).Assembly.Location}" />
                <Analyzer Include="{typeof(PrivacyPolicyAnalyzer).Assembly.Location}" />
                <AdditionalFiles Include="PRIVACY.md" PiiKind="Policy" />
                <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="PiiKind" />
              </ItemGroup>
            </Project>
            """);

        var build = BuildDiagnostics(folder, await BuildAsync(project));
        var scan = CliResult.Run("scan", project);
        var check = CliResult.Run("check", project, "--policy", Path.Combine(folder, "PRIVACY.md"));

        Assert.Contains(build, line => line.Contains(" PII0004: ", StringComparison.Ordinal));
        Assert.Contains(build, line => line.Contains(" PII0103: ", StringComparison.Ordinal));
        Assert.Equal(string.Join('\n', build), string.Join('\n', Lines(scan.Output)));
        Assert.Equal(string.Join('\n', build.Where(line => line.Contains(" PII01", StringComparison.Ordinal))), string.Join('\n', Lines(check.Output)));
    }

    private static List<string> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();

    // "/tmp/x/App/Member.cs(8,19): error PII0103: message (help link) [/tmp/x/Parity.csproj]": the compiler adds the link.
    private static List<string> BuildDiagnostics(string folder, string output) =>
        output.Split('\n')
            .Select(line => BuildLine().Match(line.TrimEnd('\r')))
            .Where(match => match.Success)
            .Select(match => $"{Path.GetRelativePath(folder, match.Groups["path"].Value).Replace('\\', '/')}{match.Groups["rest"].Value}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static async Task<string> BuildAsync(string project)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetDirectoryName(project)!,
        };
        foreach (var argument in new[] { "build", project, "-nologo", "-clp:NoSummary", "-p:TreatWarningsAsErrors=false" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(key => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(4));
        return await stdout + await stderr;
    }

    [GeneratedRegex(@"^\s*(?<path>[^\s(][^(]*)(?<rest>\(\d+,\d+\): (error|warning) PII\d{4}: .*?)( \(https://[^ )]*\))? \[[^\]]*\]$")]
    private static partial Regex BuildLine();
}
