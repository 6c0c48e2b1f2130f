using System.Text;

namespace PiiAnalyzers.Cli.Tests.Policy;

/// <summary><c>pii policy</c> and <c>pii policy-eval</c> (issue 6), run in-process.</summary>
public class PolicyCommandTests
{
    private static string PolicyFile => Path.Combine(PolicyFixtures.CheckFolder, "PRIVACY.md");

    [Fact]
    public void Json_PrintsCategoriesWithEvidence_AndClaims()
    {
        var result = CliResult.Run("policy", PolicyFile, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            """
            {
              "categories": [
                {
                  "id": "contact.phone",
                  "evidence": [
                    {
                      "line": 5,
                      "text": "手机号码"
                    }
                  ]
                },
                {
                  "id": "contact.email",
                  "evidence": [
                    {
                      "line": 5,
                      "text": "电子邮箱地址"
                    }
                  ]
                }
              ],
              "claims": {
                "encryption": [
                  {
                    "categories": [
                      "contact.phone"
                    ],
                    "atRest": true,
                    "confidence": "clear",
                    "evidence": {
                      "line": 9,
                      "text": "我们对您的手机号码进行加密存储。"
                    }
                  }
                ],
                "retention": [],
                "sharing": [],
                "sensitive": [],
                "crossBorder": [],
                "necessity": []
              },
              "problems": []
            }

            """.ReplaceLineEndings("\n"),
            result.Output);
    }

    [Fact]
    public void Text_ListsEachCategoryWithItsLineAndWords_ThenTheClaims()
    {
        var result = CliResult.Run("policy", PolicyFile, "--format", "text");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            """
            PRIVACY.md (Markdown)
            Categories (2):
              contact.phone
                line 5: 手机号码
              contact.email
                line 5: 电子邮箱地址
            Claims:
              encrypted at rest [contact.phone]
                line 9: 我们对您的手机号码进行加密存储。

            """.ReplaceLineEndings("\n"),
            result.Output);
    }

    [Fact]
    public void DefaultFormat_IsJson()
    {
        Assert.Equal(CliResult.Run("policy", PolicyFile, "--format", "json").Output, CliResult.Run("policy", PolicyFile).Output);
    }

    [Fact]
    public void Gb18030Policy_IsDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = Path.Combine(TestFiles.TempFolder(), "policy.txt");
        File.WriteAllBytes(file, Encoding.GetEncoding("GB18030").GetBytes("隐私政策\n\n一、我们如何收集您的个人信息\n\n我们会收集您的手机号码。\n"));

        var result = CliResult.Run("policy", file, "--format", "text");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("  contact.phone\n    line 5: 手机号码\n", result.Output);
    }

    [Fact]
    public void StructuredDeclaration_IsAccepted()
    {
        var result = CliResult.Run("policy", Path.Combine(PolicyFixtures.CheckFolder, "clean-policy.json"), "--format", "text");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("clean-policy.json (StructuredJson)\nCategories (3):\n  contact.phone\n", result.Output);
        Assert.Contains("  identity.national-id\n", result.Output);
    }

    [Fact]
    public void EmptyPolicy_ExitsWith2_AndSaysWhy()
    {
        var file = Path.Combine(TestFiles.TempFolder(), "empty.md");
        File.WriteAllText(file, "  \n");

        var result = CliResult.Run("policy", file, "--format", "text");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal($"error: {file} is empty: there is no privacy policy in it to read or to check the code against.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void EmptyPolicy_GivenToCheck_ExitsWith2_BeforeReadingTheCode()
    {
        var file = Path.Combine(TestFiles.TempFolder(), "empty.md");
        File.WriteAllText(file, "\n\n");

        var result = CliResult.Run("check", PolicyFixtures.CheckFolder, "--policy", file);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal($"error: {file} is empty: there is no privacy policy in it to read or to check the code against.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void BinaryFile_ExitsWith2_WithTheDecodersMessage()
    {
        var file = Path.Combine(TestFiles.TempFolder(), "policy.md");
        File.WriteAllBytes(file, [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x9F, 0x80, 0x00, 0x00]);

        var result = CliResult.Run("policy", file);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.StartsWith("error: " + file + ": ", result.Error);
    }

    [Theory]
    [InlineData(new[] { "policy", "/no/such/policy.md" }, "error: /no/such/policy.md does not exist.")]
    [InlineData(new[] { "policy", "x.md", "--format", "xml" }, "error: Unknown format 'xml': use json or text.")]
    [InlineData(new[] { "policy-eval", "/no/such/folder" }, "error: /no/such/folder is not a folder.")]
    public void BadInput_ExitsWith2(string[] args, string message)
    {
        var result = CliResult.Run(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void PolicyEval_PrintsOneLinePerPolicy_ThenTheTotals()
    {
        var result = CliResult.Run("policy-eval", PolicyFixtures.CorpusFolder, "--min", "0.9");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var policies = Directory.GetFiles(PolicyFixtures.CorpusFolder).Count(file => !file.EndsWith(".labels", StringComparison.Ordinal));
        Assert.Equal(policies + 2, lines.Length);
        Assert.StartsWith("en-", lines[0]);
        Assert.Matches(@"^top level: precision (0\.9\d\d|1\.000) recall (0\.9\d\d|1\.000) \(tp \d+, fp \d+, fn \d+\)$", lines[^2]);
        Assert.StartsWith("leaf level: precision ", lines[^1]);
    }

    [Fact]
    public void PolicyEval_BelowTheMinimum_ExitsWith1()
    {
        var result = CliResult.Run("policy-eval", PolicyFixtures.CorpusFolder, "--min", "1.01");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("is below 1.01", result.Error);
    }
}

/// <summary>Where the policy tests' files are.</summary>
internal static class PolicyFixtures
{
    public static string CheckFolder => Path.Combine(TestFiles.Root, "tests", "PiiAnalyzers.Cli.Tests", "Fixtures", "Check");

    /// <summary>The reader's labelled corpus, in the library's tests.</summary>
    public static string CorpusFolder => Path.Combine(TestFiles.Root, "tests", "PiiAnalyzers.Tests", "Policy", "Corpus");
}
