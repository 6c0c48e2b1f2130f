using PiiAnalyzers.Cli.Tests.Policy;

namespace PiiAnalyzers.Cli.Tests.Commands;

/// <summary>
/// A project file MSBuild cannot load is bad input for every command that reads code (exit code 2, MSBuild's reason and
/// the way out on standard error, nothing on standard output); <c>--folder-fallback</c> compiles its folder instead.
/// </summary>
public class FolderFallbackTests
{
    public static TheoryData<string> Commands => ["scan", "check", "inventory"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void BrokenProjectFile_ExitsWith2_AndSaysHowToFallBack(string command)
    {
        var project = BrokenProject();

        var result = CliResult.Run(Arguments(command, project));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("Broken.csproj could not be loaded", result.Error, StringComparison.Ordinal);
        Assert.Contains("Pass --folder-fallback to compile the .cs files of its folder instead.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void BrokenProjectFile_WithFolderFallback_ReadsTheFolder_WithANote(string command)
    {
        var project = BrokenProject();

        var result = CliResult.Run([.. Arguments(command, project), "--folder-fallback"]);

        Assert.True(result.ExitCode != 2, result.ToString());
        Assert.Contains("Parsing 1 C# file(s)", result.Error, StringComparison.Ordinal);
        Assert.Contains("Broken.csproj could not be loaded with MSBuild", result.Error, StringComparison.Ordinal);
        Assert.Contains("instead (--folder-fallback).", result.Error, StringComparison.Ordinal);
    }

    // The check fixture's code and policy, next to a project file cut off in the middle.
    private static string BrokenProject()
    {
        var folder = TestFiles.TempFolder();
        TestFiles.CopyFolder(PolicyFixtures.CheckFolder, folder);
        var project = Path.Combine(folder, "Broken.csproj");
        File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");
        return project;
    }

    private static string[] Arguments(string command, string project) =>
        command == "check"
            ? [command, project, "--policy", Path.Combine(Path.GetDirectoryName(project)!, "PRIVACY.md")]
            : [command, project];
}
