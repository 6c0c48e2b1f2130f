using Microsoft.CodeAnalysis;
using VerifyPolicy = PiiAnalyzers.Tests.PolicyChecks.PolicyAnalyzerVerifier;

namespace PiiAnalyzers.Tests.PolicyChecks;

/// <summary>
/// The policy check of third parties: a recipient the policy names nowhere (PII0105), a recipient abroad (PII0107), and a
/// third party the policy names that the code never shares with (PII0108); exact ids, places, severities and messages.
/// </summary>
public class ThirdPartyPolicyTests
{
    // Line 11 names Twilio, line 12 Umeng; line 16 keeps the data in the country.
    private const string ZhPolicyInCountry = """
        # 隐私政策

        ## 一、我们如何收集和使用您的个人信息

        我们会收集您的手机号码和设备标识符。

        ## 二、我们如何共享您的个人信息

        | SDK名称 | 公司 | 个人信息 |
        |---|---|---|
        | Twilio短信SDK | Twilio Inc. | 手机号码 |
        | 友盟统计SDK | 友盟同欣（北京）科技有限公司 | 设备标识符 |

        ## 三、我们如何存储您的个人信息

        我们在中华人民共和国境内收集的个人信息，将存储在中华人民共和国境内。
        """;

    private const string EnPolicyWithoutTransfers = """
        # Privacy Policy

        ## Information we collect

        We collect your phone number.

        ## How we share your information

        We share your phone number with Twilio Inc. to send text messages.
        """;

    private const string TwilioAndUmeng = """
        using PiiAnalyzers;

        public class Customer
        {
            [PersonalData(DataCategories.Contact.Phone)]
            [SharedWith("Twilio", Company = "Twilio Inc.", Country = "US")]
            public string? {|#0:Phone|} { get; set; }

            [PersonalData(DataCategories.Device.Id)]
            [SharedWith("友盟", Country = "CN")]
            public string? {|#1:DeviceId|} { get; set; }
        }
        """;

    private const string TwilioOnly = """
        using PiiAnalyzers;

        public class Customer
        {
            [PersonalData(DataCategories.Contact.Phone)]
            [SharedWith("Twilio", Country = "US")]
            public string? {|#0:Phone|} { get; set; }
        }
        """;

    // ---- PII0105: named nowhere ----

    [Fact]
    public Task PII0105_EnPolicy_NamesTheRecipientNowhere_IsAnError() =>
        VerifyPolicy.VerifyAsync(
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                [SharedWith("Twilio")]
                [SharedWith("Mailgun")]
                public string? {|#0:Phone|} { get; set; }
            }
            """,
            "# Privacy Policy\n\n## Information we collect\n\nWe collect your phone number.\n\n## How we share your information\n\nWe share your information with Twilio Inc.\n",
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.SharedWithUnlistedRecipient)
                .WithLocation(0)
                .WithArguments("Customer.Phone", "Mailgun", "PRIVACY.md")
                .WithMessage("'Customer.Phone' is shared with 'Mailgun', which the privacy policy 'PRIVACY.md' does not name in its sharing or SDK sections"));

    [Fact]
    public Task PII0105_ZhPolicy_WithoutASharingSection_NamesNoRecipient() =>
        VerifyPolicy.VerifyAsync(
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                [SharedWith("阿里云短信")]
                public string? {|#0:Phone|} { get; set; }
            }
            """,
            """
            # 隐私政策

            ## 一、我们如何收集和使用您的个人信息

            我们会收集您的手机号码。
            """,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.SharedWithUnlistedRecipient)
                .WithLocation(0)
                .WithArguments("Customer.Phone", "阿里云短信", "PRIVACY.md")
                .WithMessage("'Customer.Phone' is shared with '阿里云短信', which the privacy policy 'PRIVACY.md' does not name in its sharing or SDK sections"));

    [Fact]
    public Task PII0105_RecipientNamedOnlyOutsideASharingStatement_IsInformation() =>
        VerifyPolicy.VerifyAsync(
            TwilioOnly.Replace("Country = \"US\"", "Country = \"CN\""),
            """
            # Privacy Policy

            ## Information we collect

            We collect your phone number.

            ## How we protect your information

            Twilio deletes your phone number 30 days after you delete your account.
            """,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.SharingStatementUnclear)
                .WithLocation(0)
                .WithSeverity(DiagnosticSeverity.Info)
                .WithArguments("Customer.Phone", "Twilio", "contact.phone", "PRIVACY.md", "9", "it names 'Twilio' there, but not in a statement that it receives personal data"));

    [Theory]
    [InlineData("[SharedWith(\"GeTui\", Company = \"每日互动股份有限公司\")]", false)]
    [InlineData("[SharedWith(\"GeTui\")]", true)]
    public Task PII0105_APolicyThatNamesOnlyTheCompany_NamesTheRecipient_WhenSharedWithGivesIt(string sharedWith, bool reported)
    {
        var source = "using PiiAnalyzers;\n\npublic class Customer\n{\n    [PersonalData(DataCategories.Contact.Phone)]\n    " + sharedWith
            + "\n    public string? {|#0:Phone|} { get; set; }\n}\n";
        var policy = "# 隐私政策\n\n## 一、我们如何收集和使用您的个人信息\n\n我们会收集您的手机号码。\n\n## 二、我们如何共享您的个人信息\n\n"
            + "| 服务 | 公司 | 个人信息 |\n|---|---|---|\n| 消息推送 | 每日互动股份有限公司 | 手机号码 |\n";
        return reported
            ? VerifyPolicy.VerifyAsync(
                source,
                policy,
                VerifyPolicy.Diagnostic(DiagnosticDescriptors.SharedWithUnnamedRecipient).WithLocation(0).WithArguments("Customer.Phone", "GeTui", "contact.phone", "PRIVACY.md"),
                VerifyPolicy.Diagnostic(DiagnosticDescriptors.RecipientNeverUsed).WithSpan("/PRIVACY.md", 11, 10, 11, 20).WithArguments("PRIVACY.md", "每日互动股份有限公司"))
            : VerifyPolicy.VerifyAsync(source.Replace("{|#0:Phone|}", "Phone"), policy);
    }

    // ---- PII0107 ----

    [Fact]
    public Task PII0107_ZhPolicy_SaysDataStaysInTheCountry_ARecipientAbroadIsAnError() =>
        VerifyPolicy.VerifyAsync(
            TwilioAndUmeng.Replace("{|#1:DeviceId|}", "DeviceId"),
            ZhPolicyInCountry,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.CrossBorderDespiteInCountry)
                .WithLocation(0)
                .WithArguments("Customer.Phone", "Twilio", "US", "PRIVACY.md", "16")
                .WithMessage("'Customer.Phone' goes to 'Twilio' in US, but the privacy policy 'PRIVACY.md' says personal data stays in the country (line 16)"));

    [Fact]
    public Task PII0107_PolicySaysNothingOfTransfersAbroad_IsAWarning() =>
        VerifyPolicy.VerifyAsync(
            TwilioOnly,
            EnPolicyWithoutTransfers,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.CrossBorderNotStated)
                .WithLocation(0)
                .WithSeverity(DiagnosticSeverity.Warning)
                .WithArguments("Customer.Phone", "Twilio", "US", "PRIVACY.md", "CN")
                .WithMessage("'Customer.Phone' goes to 'Twilio' in US, outside CN, but the privacy policy 'PRIVACY.md' says nothing of transferring personal data abroad"));

    [Fact]
    public Task PII0107_AHedgedTransferStatement_IsInformation_SayingWhy() =>
        VerifyPolicy.VerifyAsync(
            TwilioOnly,
            EnPolicyWithoutTransfers + "\n\n## International transfers\n\nYour personal information may be transferred outside China.\n",
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.CrossBorderStatementUnclear)
                .WithLocation(0)
                .WithSeverity(DiagnosticSeverity.Info)
                .WithArguments("Customer.Phone", "Twilio", "US", "PRIVACY.md", "13", "hedged (\"may\")")
                .WithMessage("'Customer.Phone' goes to 'Twilio' in US; what the privacy policy 'PRIVACY.md' says about transfers abroad (line 13) is unclear: hedged (\"may\")"));

    [Theory]
    [InlineData("We transfer your phone number outside China to Twilio Inc. in the United States.")]
    [InlineData("我们会将您的手机号码传输至境外，提供给Twilio Inc.用于发送短信。")]
    public Task PII0107_APolicyThatStatesTheTransferAbroad_AllowsIt(string statement) =>
        VerifyPolicy.VerifyAsync(
            TwilioOnly.Replace("{|#0:Phone|}", "Phone"),
            EnPolicyWithoutTransfers + "\n\n## International transfers\n\n" + statement + "\n");

    [Fact]
    public Task PII0107_TheHomeCountryComesFromEditorConfig() =>
        VerifyWithHomeCountry(
            "US",
            TwilioAndUmeng.Replace("{|#0:Phone|}", "Phone"),
            ZhPolicyInCountry,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.CrossBorderDespiteInCountry)
                .WithLocation(1)
                .WithArguments("Customer.DeviceId", "友盟", "CN", "PRIVACY.md", "16"));

    // ---- PII0108 ----

    [Fact]
    public Task PII0108_AnSdkRowTheCodeNeverSharesWith_IsInformation_OnTheRow() =>
        VerifyPolicy.VerifyAsync(
            TwilioOnly.Replace("{|#0:Phone|}", "Phone").Replace("Country = \"US\"", "Country = \"CN\""),
            ZhPolicyInCountry,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.DeclaredButNotCollected).WithSpan("/PRIVACY.md", 5, 13, 5, 18).WithArguments("device.id", "设备标识符", "PRIVACY.md"),
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.RecipientNeverUsed)
                .WithSpan("/PRIVACY.md", 12, 3, 12, 10)
                .WithArguments("PRIVACY.md", "友盟统计SDK, 友盟同欣（北京）科技有限公司")
                .WithMessage("The privacy policy 'PRIVACY.md' names '友盟统计SDK, 友盟同欣（北京）科技有限公司' as a recipient of personal data, but the code shares nothing with it"));

    private static Task VerifyWithHomeCountry(string country, string source, string policy, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = VerifyPolicy.CreateTest(source);
        VerifyPolicy.AddPolicy(test, policy);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n\n[*.cs]\npii_home_country = {country}\n"));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}
