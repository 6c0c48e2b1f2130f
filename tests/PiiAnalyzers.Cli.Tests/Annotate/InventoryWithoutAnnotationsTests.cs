namespace PiiAnalyzers.Cli.Tests.Annotate;

/// <summary><c>pii inventory</c> over code nobody annotated says how much of it looks like personal data.</summary>
public class InventoryWithoutAnnotationsTests
{
    [Fact]
    public void NothingMarked_SaysHowManyMembersLookLikePersonalData_AndWhatToRun()
    {
        var result = CliResult.Run("inventory", AnnotateCommandTests.CopyFixture(), "--format", "md", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("No member of the code is marked as personal data.", result.Output);
        Assert.EndsWith(
            "No member is marked as personal data; 5 members look like personal data (run 'pii scan --severity info' to list them, 'pii annotate' to mark them).\n",
            result.Error);
        Assert.DoesNotContain("Found 0", result.Error);
    }

    [Fact]
    public void NothingMarked_AndNothingLooksLikeIt_SaysSo()
    {
        var folder = TestFiles.TempFolder();
        File.WriteAllText(Path.Combine(folder, "MailTemplates.cs"), "public sealed class MailTemplates { public string WelcomeTemplate { get; set; } = \"\"; }\n");

        var result = CliResult.Run("inventory", folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith("No member is marked as personal data, and none looks like personal data.\n", result.Error);
    }

    [Fact]
    public void NothingMarked_OneMemberLooksLikePersonalData_IsSingular()
    {
        var folder = TestFiles.TempFolder();
        File.WriteAllText(Path.Combine(folder, "Member.cs"), "public sealed class Member { public string? ShouJiHao { get; set; } }\n");

        var result = CliResult.Run("inventory", folder);

        Assert.EndsWith(
            "No member is marked as personal data; 1 member looks like personal data (run 'pii scan --severity info' to list it, 'pii annotate' to mark it).\n",
            result.Error);
    }

    [Fact]
    public void AfterAnnotate_TheInventoryListsTheMembers()
    {
        var folder = AnnotateCommandTests.CopyFixture();
        Assert.Equal(0, CliResult.Run("annotate", folder).ExitCode);

        var result = CliResult.Run("inventory", folder, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Found 5 personal data element(s).", result.Error);
    }
}
