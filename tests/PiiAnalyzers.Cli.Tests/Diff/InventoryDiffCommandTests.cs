using System.Text.Json;

namespace PiiAnalyzers.Cli.Tests.Diff;

/// <summary><c>pii inventory diff</c> over two inventory JSON files: every format and language, the output file, the summaries on standard error.</summary>
public class InventoryDiffCommandTests
{
    public static TheoryData<string, string> FormatsAndLanguages => new()
    {
        { "md", "zh" },
        { "md", "en" },
        { "text", "zh" },
        { "text", "en" },
        { "json", "zh" },
    };

    [Theory]
    [MemberData(nameof(FormatsAndLanguages))]
    public void TwoInventories_EveryFormatAndLanguage_MatchTheGoldenFile(string format, string language)
    {
        var result = CliResult.Run("inventory", "diff", DiffFixtures.Base, DiffFixtures.Head, "--format", format, "--lang", language);

        Assert.True(result.ExitCode == 0, result.ToString());
        TestFiles.MatchGolden(result.Output, format == "json" ? "diff.json" : $"diff.{language}.{format}");
    }

    [Fact]
    public void DefaultFormat_IsMarkdown_InChinese()
    {
        var result = CliResult.Run("inventory", "diff", DiffFixtures.Base, DiffFixtures.Head);

        Assert.Equal(CliResult.Run("inventory", "diff", DiffFixtures.Base, DiffFixtures.Head, "--format", "md", "--lang", "zh").Output, result.Output);
    }

    [Fact]
    public void Json_IsTheSameInEveryLanguage()
    {
        var chinese = CliResult.Run("inventory", "diff", DiffFixtures.Base, DiffFixtures.Head, "--format", "json", "--lang", "zh");
        var english = CliResult.Run("inventory", "diff", DiffFixtures.Base, DiffFixtures.Head, "--format", "json", "--lang", "en");

        Assert.Equal(chinese.Output, english.Output);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(english.Output).RootElement.ValueKind);
    }

    [Theory]
    [InlineData("md", "zh", "<!-- pii-inventory-diff -->\n## 个人信息清单变更\n\n个人信息清单没有变化。\n")]
    [InlineData("md", "en", "<!-- pii-inventory-diff -->\n## Personal data inventory changes\n\nNo change to the personal data inventory.\n")]
    [InlineData("text", "en", "Personal data inventory changes\nNo change to the personal data inventory.\n")]
    public void SameInventory_OnBothSides_SaysNoChange(string format, string language, string expected)
    {
        var result = CliResult.Run("inventory", "diff", DiffFixtures.Head, DiffFixtures.Head, "--format", format, "--lang", language, "--fail-on", "new-sensitive,new-category,new-recipient");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(expected, result.Output);
        Assert.Contains("No change to the personal data inventory.\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SameInventory_AsJson_HasNoChanges()
    {
        var result = CliResult.Run("inventory", "diff", DiffFixtures.Base, DiffFixtures.Base, "--format", "json");

        Assert.Equal(
            """
            {
              "schemaVersion": 1,
              "changed": false,
              "summary": {
                "elementsAdded": 0,
                "elementsRemoved": 0,
                "elementsChanged": 0,
                "thirdPartiesAdded": 0,
                "thirdPartiesRemoved": 0,
                "thirdPartiesChanged": 0
              },
              "newCategories": [],
              "newSensitiveElements": [],
              "newRecipients": [],
              "elements": [],
              "thirdParties": []
            }

            """.ReplaceLineEndings("\n"),
            result.Output);
    }

    [Fact]
    public void Output_WritesTheFile_AndNothingToStandardOutput()
    {
        var file = Path.Combine(TestFiles.TempFolder(), "review", "inventory-diff.md");

        var result = CliResult.Run("inventory", "diff", DiffFixtures.Base, DiffFixtures.Head, "--lang", "en", "--output", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(File.ReadAllText(Path.Combine(TestFiles.GoldenFolder, "diff.en.md")), File.ReadAllText(file));
    }

    [Fact]
    public void Progress_NamesBothSides_AndCountsTheChanges_OnStandardError()
    {
        var result = CliResult.Run("inventory", "diff", DiffFixtures.Base, DiffFixtures.Head, "--format", "json");

        Assert.Equal(
            $"Base: {DiffFixtures.Base}\nReading the inventory {DiffFixtures.Base}\nBase: 8 personal data element(s).\n"
            + $"Head: {DiffFixtures.Head}\nReading the inventory {DiffFixtures.Head}\nHead: 8 personal data element(s).\n"
            + "12 change(s) to elements, 5 to the third-party list.\n",
            result.Error);
    }

    [Fact]
    public void InventoryOfAPath_StillWorks_BesideTheDiffSubcommand()
    {
        var result = CliResult.Run("inventory", TestFiles.ShopFolder, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        TestFiles.MatchGolden(result.Output, "shop.zh.json");
    }
}
