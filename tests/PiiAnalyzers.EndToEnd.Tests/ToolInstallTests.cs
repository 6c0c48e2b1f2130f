using System.IO.Compression;
using PiiAnalyzers.EndToEnd.Tests.Infrastructure;

namespace PiiAnalyzers.EndToEnd.Tests;

/// <summary>
/// The `pii` command installs the way the README says: the tool package packed from src/PiiAnalyzers.Cli, installed with
/// <c>dotnet tool install --add-source</c> (here into a tool path, which changes nothing outside the test's folder), runs.
/// </summary>
public sealed class ToolInstallTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly string _workRoot = Path.Combine(Path.GetTempPath(), "PiiAnalyzers.EndToEnd", "tool-" + Guid.NewGuid().ToString("N"));

    private string Feed => Path.Combine(_workRoot, "feed");

    private string PackagePath => Path.Combine(Feed, $"PiiAnalyzers.Cli.{Repository.PackageVersion}.nupkg");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        // `dotnet test` of the solution has just built the tool (Release): packing that build takes seconds, where a pack
        // of its own (run alone, this test's project does not build the tool) compiles it again in a folder of its own.
        var built = File.Exists(Path.Combine(Repository.Root, "src", "PiiAnalyzers.Cli", "bin", "Release", "net10.0", "pii.dll"));
        string[] build = built ? ["--no-build"] : ["--artifacts-path", Path.Combine(_workRoot, "artifacts")];
        var pack = await DotNetCli.RunAsync(
            Repository.Root,
            ["pack", Repository.CliProject, "--configuration", "Release", .. build, "--output", Feed, "-tl:off"],
            Timeout);
        Assert.True(pack.ExitCode == 0 && File.Exists(PackagePath), pack.ToString());
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("PII_E2E_KEEP") != "1" && Directory.Exists(_workRoot))
        {
            Directory.Delete(_workRoot, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task ToolPackage_InstallsIntoAToolManifest_AndRunsAsDotnetPii()
    {
        // Its own package folder and CLI home: a version restored into the machine's global folder would be reused by
        // later runs however the tool changed, and the CLI's cache of where local tools live would point at earlier runs'
        // folders, long deleted.
        var environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(_workRoot, "packages"),
            ["DOTNET_CLI_HOME"] = Path.Combine(_workRoot, "home"),
        };
        var repository = Path.Combine(_workRoot, "repository");
        Directory.CreateDirectory(repository);

        var manifest = await DotNetCli.RunAsync(repository, ["new", "tool-manifest"], Timeout, environment);
        Assert.True(manifest.ExitCode == 0, manifest.ToString());
        var install = await DotNetCli.RunAsync(
            repository,
            ["tool", "install", "PiiAnalyzers.Cli", "--version", Repository.PackageVersion, "--add-source", Feed],
            Timeout,
            environment);
        Assert.True(install.ExitCode == 0, install.ToString());
        var help = await DotNetCli.RunAsync(repository, ["pii", "--help"], Timeout, environment);

        Assert.True(help.ExitCode == 0, help.ToString());
        foreach (var command in new[] { "inventory", "scan", "check", "policy", "annotate" })
        {
            Assert.Contains("\n  " + command + " ", help.StandardOutput.ReplaceLineEndings("\n"));
        }
    }

    [Fact]
    public void ToolPackage_CarriesItsReadme()
    {
        using var archive = ZipFile.OpenRead(PackagePath);
        var nuspec = archive.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var reader = new StreamReader(nuspec.Open());

        Assert.Contains("<readme>README.md</readme>", reader.ReadToEnd());
        Assert.NotNull(archive.GetEntry("README.md"));
    }
}
