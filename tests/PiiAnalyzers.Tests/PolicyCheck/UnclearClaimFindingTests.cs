using Microsoft.CodeAnalysis;
using VerifyPolicy = PiiAnalyzers.Tests.PolicyChecks.PolicyAnalyzerVerifier;

namespace PiiAnalyzers.Tests.PolicyChecks;

/// <summary>A finding that rests only on an unclear claim is information, and its message says why the claim is unclear.</summary>
public class UnclearClaimFindingTests
{
    private const string Phone = """
        using PiiAnalyzers;

        public class Customer
        {
            [PersonalData(DataCategories.Contact.Phone)]
            public string? {|#0:Phone|} { get; set; }
        }
        """;

    [Fact]
    public Task PII0103_AHedgedPromise_IsInformation_SayingWhy() =>
        VerifyPolicy.VerifyAsync(
            Phone,
            """
            # 隐私政策

            ## 一、我们如何收集和使用您的个人信息

            注册时，我们会收集您的手机号码。我们可能会对您的手机号码进行加密存储。
            """,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.EncryptionPromiseUnclear)
                .WithSeverity(DiagnosticSeverity.Info)
                .WithLocation(0)
                .WithMessage("'Customer.Phone' is not marked [EncryptedAtRest]; the privacy policy 'PRIVACY.md' may promise that 'contact.phone' is stored encrypted (line 5), but the statement is unclear: hedged (\"可能\")"));

    [Fact]
    public Task PII0103_EncryptionNegatedOrInTransit_IsNoPromise() =>
        VerifyPolicy.VerifyAsync(
            Phone.Replace("{|#0:Phone|}", "Phone"),
            """
            # 隐私政策

            ## 一、我们如何收集和使用您的个人信息

            注册时，我们会收集您的手机号码。

            ## 二、我们如何保护您的个人信息

            我们使用 HTTPS 加密传输您的手机号码。数据库中的手机号码并未加密。
            """);

    [Fact]
    public Task PII0105_AnSdkRowNamingNoData_IsInformation_SayingWhy() =>
        VerifyPolicy.VerifyAsync(
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Biometric.Face), SharedWith("阿里云实人认证SDK")]
                public byte[]? {|#0:Face|} { get; set; }
            }
            """,
            """
            # 隐私政策

            ## 一、我们如何收集和使用您的个人信息

            实名认证时，我们会收集您的人脸图像，人脸图像属于敏感个人信息。

            ## 二、我们如何共享您的个人信息

            SDK名称：阿里云实人认证SDK
            公司名称：阿里云计算有限公司
            """,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.SharingStatementUnclear)
                .WithSeverity(DiagnosticSeverity.Info)
                .WithLocation(0)
                .WithMessage("'Customer.Face' is shared with '阿里云实人认证SDK'; what the privacy policy 'PRIVACY.md' says about sharing 'biometric.face' (line 9) is unclear: names no data the recipient receives"));
}
