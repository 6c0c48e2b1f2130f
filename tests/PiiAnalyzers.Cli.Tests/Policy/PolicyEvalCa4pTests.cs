namespace PiiAnalyzers.Cli.Tests.Policy;

/// <summary>
/// <c>pii policy-eval</c> on CA4P-483's layout (issue 16), over a fixture of three short policies written for these tests
/// in the corpus's shape: annotation_data/NNNN.json spans indexing the decoded text of raw_data/NNNN.html's &lt;pre&gt;.
/// </summary>
public class PolicyEvalCa4pTests
{
    private static string Ca4pFolder => Path.Combine(TestFiles.Root, "tests", "PiiAnalyzers.Cli.Tests", "Fixtures", "Ca4p");

    [Fact]
    public void Prints_policies_read_recall_and_the_most_missed_mentions()
    {
        var result = CliResult.Run("policy-eval", Ca4pFolder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(ExpectedReport, result.Output);
    }

    [Fact]
    public void The_format_can_be_named_and_ids_filter_the_policies()
    {
        var result = CliResult.Run("policy-eval", Ca4pFolder, "--format", "ca4p", "--ids", "0003");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            """
            policies: 1
            read: 1 of 1 (100.0%): 1 by a collection section, 0 by collection sentences
            labelled data mentions on lines with a labelled collect verb: 1 (0 name no kind and are not counted)
            found: 1 of 1, recall 1.000

            """.ReplaceLineEndings("\n"),
            result.Output);
    }

    [Fact]
    public void Recall_below_the_minimum_exits_with_1()
    {
        var result = CliResult.Run("policy-eval", Ca4pFolder, "--min", "0.95");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(ExpectedReport, result.Output);
        Assert.Equal(ExpectedMinimumError, result.Error);
    }

    [Theory]
    [InlineData("--ids", "0496-", "error: --ids '0496-' is neither an id (0512) nor a range of ids (0496-0749).")]
    [InlineData("--ids", "0749-0496", "error: --ids '0749-0496' is neither an id (0512) nor a range of ids (0496-0749).")]
    [InlineData("--ids", "0900-0999", "has no CA4P-483 policy with an id in 0900-0999.")]
    [InlineData("--format", "xml", "error: Unknown format 'xml': use labels or ca4p.")]
    public void Bad_options_exit_with_2(string option, string value, string message)
    {
        var result = CliResult.Run("policy-eval", Ca4pFolder, option, value);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void A_folder_without_the_layout_is_bad_input_for_the_ca4p_format()
    {
        var result = CliResult.Run("policy-eval", PolicyFixtures.CheckFolder, "--format", "ca4p");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("is not in the CA4P-483 layout: it needs an annotation_data and a raw_data folder.", result.Error);
    }

    [Fact]
    public void An_annotation_outside_the_text_is_bad_input()
    {
        var folder = TestFiles.TempFolder();
        TestFiles.CopyFolder(Ca4pFolder, folder);
        File.WriteAllText(Path.Combine(folder, "annotation_data", "0003.json"), """[{"classId": "e_21", "text": "电子邮箱", "start": 900, "end": 904}]""");

        var result = CliResult.Run("policy-eval", folder);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("0003.json: the span 900-904 is outside the policy's text of ", result.Error);
    }

    private const string ExpectedMinimumError = "error: labelled-mention recall 0.900 is below 0.95.\n";

    // 0002 has no collection heading: it is read from its collection sentences. 相关信息 names no kind; 有效期 (a card's
    // expiry date) is the one mention the reader does not find.
    private static string ExpectedReport => """
        policies: 3
        read: 3 of 3 (100.0%): 2 by a collection section, 1 by collection sentences
        labelled data mentions on lines with a labelled collect verb: 11 (1 name no kind and are not counted)
        found: 9 of 10, recall 0.900
        most missed:
             1  有效期

        """.ReplaceLineEndings("\n");
}
