namespace PiiAnalyzers.Cli.Tests.Diff;

/// <summary>
/// <c>pii inventory diff --help</c> shows diff's own usage, arguments and options, not the inventory's path, which diff
/// does not take; <c>pii inventory --help</c> still shows that path. Out of process: the usage line names the command
/// as a user runs it (<c>pii</c>), and standard output is a pipe, so nothing wraps at a terminal's width.
/// </summary>
public class InventoryDiffHelpTests
{
    private const string DiffHelp = """
        Description:
          Compare two inventories: what a change starts or stops collecting, what became sensitive, new recipients, retention and encryption changes.

        Usage:
          pii inventory diff <paths>... [options]

        Arguments:
          <paths>  The base and the head, each an inventory JSON file, a built assembly, a folder, a project or a solution; with --base-ref, the head only.

        Options:
          --base-ref <base-ref>  Compare the path as it is on disk with the same path at this git revision (origin/main, HEAD~1, a tag or a commit).
          -f, --format <format>  md (a pull request comment), json or text. [default: md]
          -l, --lang <lang>      The language of md and text: zh or en. [default: zh]
          -o, --output <output>  Write the report to this file instead of standard output.
          --fail-on <fail-on>    Exit with code 1 when the change has one of these, comma-separated or repeated: new-sensitive, new-category, new-recipient.
          --folder-fallback      When MSBuild cannot load the project or solution, compile the .cs files of its folder instead (with a note) rather than fail.
          -?, -h, --help         Show help and usage information


        """;

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public async Task DiffHelp_ShowsDiffsOwnUsageArgumentsAndOptions_AndExitsWith0(string help)
    {
        var (exitCode, output, error) = await Scan.OutOfProcess.RunAsync("inventory", "diff", help);

        Assert.True(exitCode == 0, new CliResult(exitCode, output, error).ToString());
        Assert.Equal(DiffHelp, output);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public async Task InventoryHelp_StillShowsItsPath_AndDiffAsACommand()
    {
        var (exitCode, output, error) = await Scan.OutOfProcess.RunAsync("inventory", "--help");

        Assert.True(exitCode == 0, new CliResult(exitCode, output, error).ToString());
        Assert.Contains(
            """
            Usage:
              pii inventory <path> [command] [options]

            Arguments:
              <path>  A project (.csproj), a solution (.sln), a folder of .cs files, or an assembly built with the PiiAnalyzers package.

            """,
            output,
            StringComparison.Ordinal);
        Assert.Contains("\nCommands:\n  diff <paths>  Compare two inventories:", output, StringComparison.Ordinal);
    }
}
