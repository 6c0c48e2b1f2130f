namespace PiiAnalyzers.Cli.Tests.Policy;

/// <summary><c>pii policy</c> says how it read a policy without a collection heading (issue 16), and exits 0.</summary>
public class PolicyNoteTests
{
    [Fact]
    public void A_policy_read_from_its_collection_sentences_gets_a_note_on_standard_error()
    {
        var folder = TestFiles.TempFolder();
        var policy = Path.Combine(folder, "PRIVACY.txt");
        File.WriteAllText(policy, "示例天气隐私政策\n\n使用天气服务时，我们会获取您的经纬度。\n");

        var result = CliResult.Run("policy", policy, "--format", "text");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("PRIVACY.txt (PlainText)\nCategories (1):\n  location.precise\n    line 3: 经纬度\nClaims:\n  (none)\n", result.Output);
        Assert.Equal($"note: {policy}: The policy has no heading that says what is collected: its categories come from the sentences that say data is collected (收集, 获取, 使用, \"we collect\"...), wherever they are.\n", result.Error);
    }
}
