using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Tests.Diff;

/// <summary>
/// <c>--fail-on</c>: exit code 1 and a line on standard error for each listed kind the diff has, the report written all
/// the same; 0 when the diff has none of them; 2 for a value it does not know.
/// </summary>
public class FailOnTests
{
    public static TheoryData<string, string> EachValue => new()
    {
        { "new-sensitive", "error: --fail-on new-sensitive: 2 new sensitive elements: Shop.Customer.人脸照片, Shop.Order.City\n" },
        { "new-category", "error: --fail-on new-category: 2 new categories: biometric.face, location.precise\n" },
        { "new-recipient", "error: --fail-on new-recipient: 3 new recipients: 友盟+, 旷视FaceID, 腾讯云短信\n" },
    };

    private static readonly string[] Values = ["new-sensitive", "new-category", "new-recipient"];

    [Theory]
    [MemberData(nameof(EachValue))]
    public void EachValue_ADiffWithIt_ExitsWith1_SayingWhich_AndStillWritesTheReport(string value, string line)
    {
        var result = CliResult.Run("inventory", "diff", DiffFixtures.Base, DiffFixtures.Head, "--fail-on", value);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.EndsWith(line, result.Error, StringComparison.Ordinal);
        Assert.Equal(CliResult.Run("inventory", "diff", DiffFixtures.Base, DiffFixtures.Head).Output, result.Output);
    }

    [Theory]
    [InlineData("new-sensitive")]
    [InlineData("new-category")]
    [InlineData("new-recipient")]
    public void EachValue_ADiffWithOnlyTheOtherKinds_ExitsWith0(string value)
    {
        // The base with the other two kinds of change, and not this one.
        var head = DiffFixtures.Changed(DiffFixtures.Base, element => element.Id switch
        {
            "Shop.Customer.Email" when value != "new-sensitive" => element with { Sensitive = true },
            "Shop.Customer.Nickname" when value != "new-category" => element with { Category = "profile.avatar" },
            "Shop.Customer.Phone" when value != "new-recipient" => element with { SharedWith = new(element.SharedWith.Append(new InventoryRecipient("腾讯云短信", "短信通知"))) },
            _ => element,
        });

        var result = CliResult.Run("inventory", "diff", DiffFixtures.Base, head, "--fail-on", value);
        var withEveryValue = CliResult.Run("inventory", "diff", DiffFixtures.Base, head, "--fail-on", "new-sensitive,new-category,new-recipient");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("--fail-on", result.Error, StringComparison.Ordinal);
        Assert.StartsWith("<!-- pii-inventory-diff -->\n", result.Output, StringComparison.Ordinal);
        Assert.True(withEveryValue.ExitCode == 1, withEveryValue.ToString());
        foreach (var other in Values)
        {
            Assert.Equal(other != value, withEveryValue.Error.Contains($"error: --fail-on {other}:", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("new-sensitive,new-category,new-recipient")]
    [InlineData("new-recipient, new-sensitive ,new-category")]
    public void CommaSeparatedValues_ReportEveryKind_InAFixedOrder(string values)
    {
        var result = CliResult.Run("inventory", "diff", DiffFixtures.Base, DiffFixtures.Head, "--fail-on", values);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.EndsWith(string.Concat(EachValue.Select(row => (string)row[1])), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedOption_CountsEveryValue()
    {
        var result = CliResult.Run("inventory", "diff", DiffFixtures.Base, DiffFixtures.Head, "--fail-on", "new-recipient", "--fail-on", "new-category");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.EndsWith(
            "error: --fail-on new-category: 2 new categories: biometric.face, location.precise\n"
            + "error: --fail-on new-recipient: 3 new recipients: 友盟+, 旷视FaceID, 腾讯云短信\n",
            result.Error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutFailOn_ADiffWithChanges_ExitsWith0()
    {
        var result = CliResult.Run("inventory", "diff", DiffFixtures.Base, DiffFixtures.Head);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Theory]
    [InlineData("new-purpose")]
    [InlineData("new-sensitive,sensitive")]
    public void UnknownValue_ExitsWith2_BeforeReadingAnything(string values)
    {
        var result = CliResult.Run("inventory", "diff", DiffFixtures.Base, DiffFixtures.Head, "--fail-on", values);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal($"error: Unknown --fail-on value '{values.Split(',').Last()}': use new-sensitive, new-category, new-recipient.\n", result.Error);
    }
}
