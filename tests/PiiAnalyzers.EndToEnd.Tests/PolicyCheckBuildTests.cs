using PiiAnalyzers.EndToEnd.Tests.Infrastructure;

namespace PiiAnalyzers.EndToEnd.Tests;

/// <summary>
/// A consumer names its privacy policy with <c>&lt;PiiPolicy Include="PRIVACY.md" /&gt;</c>, and <c>dotnet build</c> holds
/// the code against it: the policy misses one category the code collects, over-promises encryption, and declares one the
/// code never collects.
/// </summary>
[Collection(PackageCollection.Name)]
public class PolicyCheckBuildTests
{
    // Compiles cleanly: the compiler runs no analyzer on a compilation with errors.
    private const string Customer = """
        using PiiAnalyzers;

        namespace Consumer;

        public sealed class Customer
        {
            [PersonalData(DataCategories.Contact.Phone)]
            public string? Phone { get; set; }

            [PersonalData(DataCategories.Contact.Email)]
            public string? Email { get; set; }
        }
        """;

    private const string Policy = """
        # 隐私政策

        ## 一、我们如何收集和使用您的个人信息

        注册时，我们会收集您的手机号码和收货地址。

        ## 二、我们如何存储和保护您的个人信息

        我们对您的手机号码进行加密存储。
        """;

    private readonly PackageFixture _package;

    public PolicyCheckBuildTests(PackageFixture package)
    {
        _package = package;
    }

    [Fact]
    public async Task Build_WithAPolicy_FailsOnTheMembersThatDisagree_AndPointsAtThePolicyLine()
    {
        var consumer = _package.CreateConsumer("policy-check");
        consumer.WriteProject("""
                <PiiPolicy Include="PRIVACY.md" />
            """);
        consumer.WriteFile("Customer.cs", Customer);
        consumer.WriteFile("PRIVACY.md", Policy);
        // PII0102 is Info, which dotnet build does not print; a global config (found by the SDK) raises it. Its location is
        // the policy file, not a C# file, so a [*.cs] section would not reach it.
        consumer.WriteFile(".globalconfig", "is_global = true\ndotnet_diagnostic.PII0102.severity = warning\n");

        var build = await consumer.BuildAsync();

        Assert.True(build.ExitCode != 0, $"Expected the build to fail on PII0101 and PII0103.{Environment.NewLine}{build}");
        AssertContains(build, $"Customer.cs{Position(Customer, "public string? Email", "Email")}: error PII0101: 'Customer.Email' collects 'contact.email', which the privacy policy 'PRIVACY.md' does not declare");
        AssertContains(build, $"Customer.cs{Position(Customer, "public string? Phone", "Phone")}: error PII0103: The privacy policy 'PRIVACY.md' promises that 'contact.phone' is stored encrypted (line 9), but 'Customer.Phone' is not marked [EncryptedAtRest]");
        AssertContains(build, $"PRIVACY.md{Position(Policy, "收货地址", "收货地址")}: warning PII0102: The privacy policy 'PRIVACY.md' declares 'contact.address' (\"收货地址\"), but no code in this project collects it");
        Assert.Equal("(5,17)", Position(Policy, "收货地址", "收货地址"));
        AssertDoesNotContain(build, "PII0110");
        AssertDoesNotContain(build, "PII0106");
        AssertDoesNotContain(build, "error CS");
        AssertDoesNotContain(build, "AD0001");
    }

    [Fact]
    public async Task Build_WithoutAPolicy_ReportsNoPolicyRule()
    {
        var consumer = _package.CreateConsumer("no-policy");
        consumer.WriteFile("Customer.cs", Customer);
        consumer.WriteFile("PRIVACY.md", Policy); // present on disk, but not a PiiPolicy item

        var build = await consumer.BuildAsync();

        Assert.True(build.ExitCode == 0, build.ToString());
        AssertDoesNotContain(build, "PII01");
    }

    /// <summary>"(line,column)", both 1-based, of <paramref name="word"/> on the first line of <paramref name="text"/> containing <paramref name="lineMarker"/>.</summary>
    private static string Position(string text, string lineMarker, string word)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var line = Array.FindIndex(lines, candidate => candidate.Contains(lineMarker, StringComparison.Ordinal));
        var column = lines[line].IndexOf(word, StringComparison.Ordinal);
        return $"({line + 1},{column + 1})";
    }

    private static void AssertContains(ProcessResult result, string expected) =>
        Assert.True(result.Output.Contains(expected, StringComparison.Ordinal), $"Expected the output to contain:{Environment.NewLine}  {expected}{Environment.NewLine}{result}");

    private static void AssertDoesNotContain(ProcessResult result, string unexpected) =>
        Assert.False(result.Output.Contains(unexpected, StringComparison.Ordinal), $"Expected the output not to contain:{Environment.NewLine}  {unexpected}{Environment.NewLine}{result}");
}
