using PiiAnalyzers.EndToEnd.Tests.Infrastructure;

namespace PiiAnalyzers.EndToEnd.Tests;

/// <summary>
/// samples/GettingStarted builds and prints exactly the warnings its README shows. (`dotnet test` of the solution
/// builds test projects only, so this is what keeps the sample and its README honest.)
/// </summary>
[Collection(PackageCollection.Name)]
public class SampleBuildTests
{
    private readonly PackageFixture _package;

    public SampleBuildTests(PackageFixture package)
    {
        _package = package;
    }

    [Fact]
    public async Task GettingStarted_Builds_AndPrintsTheWarningsItsReadmeShows()
    {
        var sample = Path.Combine(Repository.Root, "samples", "GettingStarted");
        var documented = File.ReadAllLines(Path.Combine(sample, "README.md"))
            .Where(line => line.Contains(": warning PII", StringComparison.Ordinal))
            .ToList();
        Assert.True(documented.Count > 0, "samples/GettingStarted/README.md shows no warning line.");

        // The pack's artifacts path: the repository's projects are already built there, and its bin/ and obj/ stay untouched.
        var build = await DotNetCli.RunAsync(
            Repository.Root,
            ["build", Path.Combine(sample, "GettingStarted.csproj"), "--configuration", "Release", "--artifacts-path", _package.ArtifactsPath, "-tl:off"],
            PackageFixture.PackTimeout);

        Assert.True(build.ExitCode == 0, build.ToString());
        var printed = build.Output.ReplaceLineEndings("\n").Split('\n')
            .Where(line => line.Contains(": warning ", StringComparison.Ordinal) || line.Contains(": error ", StringComparison.Ordinal))
            .Select(line => line.Trim())
            .Distinct()
            .ToList();
        foreach (var line in documented)
        {
            Assert.True(
                printed.Any(diagnostic => diagnostic.Contains(Path.DirectorySeparatorChar + line + " [", StringComparison.Ordinal)),
                $"The README shows a warning the build does not print:{Environment.NewLine}  {line}{Environment.NewLine}{build}");
        }

        Assert.True(printed.Count == documented.Count, $"The build prints {printed.Count} distinct diagnostics, the README shows {documented.Count}.{Environment.NewLine}{build}");
    }
}
