namespace PiiAnalyzers.Cli.Tests.Check;

/// <summary>
/// <c>pii check</c> on third parties: a recipient abroad against a policy that keeps data in the country (PII0107), an SDK
/// the policy lists that the code never uses (PII0108), and the home country from the folder's <c>.editorconfig</c>.
/// </summary>
public class ThirdPartyCheckTests
{
    private const string Customer = """
        using PiiAnalyzers;

        namespace App;

        public class Customer
        {
            [PersonalData(DataCategories.Contact.Phone)]
            [SharedWith("Twilio", Company = "Twilio Inc.", Country = "US")]
            public string Phone { get; set; } = "";
        }

        """;

    private const string Policy = """
        # 隐私政策

        ## 一、我们如何收集和使用您的个人信息

        我们会收集您的手机号码。

        ## 二、我们如何共享您的个人信息

        | SDK名称 | 公司 | 个人信息 |
        |---|---|---|
        | Twilio短信SDK | Twilio Inc. | 手机号码 |
        | 个推推送SDK | 每日互动股份有限公司 | 手机号码 |

        ## 三、我们如何存储您的个人信息

        我们在中华人民共和国境内收集的个人信息，将存储在中华人民共和国境内。

        """;

    [Fact]
    public void ARecipientAbroad_AgainstAPolicyThatKeepsDataInTheCountry_IsAnError_AndAnUnusedSdkIsInformation()
    {
        var folder = Write(editorConfig: null);

        var result = CliResult.Run("check", folder, "--policy", Path.Combine(folder, "PRIVACY.md"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            """
            Customer.cs(9,19): error PII0107: 'Customer.Phone' goes to 'Twilio' in US, but the privacy policy 'PRIVACY.md' says personal data stays in the country (line 16)
            PRIVACY.md(12,3): info PII0108: The privacy policy 'PRIVACY.md' names '个推推送SDK, 每日互动股份有限公司' as a recipient of personal data, but the code shares nothing with it

            """.ReplaceLineEndings("\n"),
            result.Output);
    }

    [Fact]
    public void TheHomeCountry_ComesFromTheFoldersEditorConfig()
    {
        var folder = Write(editorConfig: "root = true\n\n[*.cs]\npii_home_country = us\n");

        var result = CliResult.Run("check", folder, "--policy", Path.Combine(folder, "PRIVACY.md"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("PII0107", result.Output);
        Assert.Contains(" info PII0108: ", result.Output);
    }

    private static string Write(string? editorConfig)
    {
        var folder = TestFiles.TempFolder();
        File.WriteAllText(Path.Combine(folder, "Customer.cs"), Customer);
        File.WriteAllText(Path.Combine(folder, "PRIVACY.md"), Policy);
        if (editorConfig is not null)
        {
            File.WriteAllText(Path.Combine(folder, ".editorconfig"), editorConfig);
        }

        return folder;
    }
}
