using VerifyPolicy = PiiAnalyzers.Tests.PolicyChecks.PolicyAnalyzerVerifier;

namespace PiiAnalyzers.Tests.PolicyChecks;

/// <summary>PII0109: the policy says the user must give data the code marks optional or the app type does not need.</summary>
public class RequiredButOptionalTests
{
    private const string Policy = "# 隐私政策\n\n## 一、我们如何收集和使用您的个人信息\n\n注册时我们会收集您的手机号码和电子邮箱。如您不提供电子邮箱，将无法完成注册。\n";

    [Fact]
    public async Task OptionalData_ThePolicyCallsRequired_IsReportedOnTheMember()
    {
        await VerifyPolicy.VerifyAsync(
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public string Phone { get; set; } = "";

                [PersonalData(DataCategories.Contact.Email, Optional = true)]
                public string {|#0:Email|} { get; set; } = "";
            }
            """,
            Policy,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.RequiredButOptional).WithLocation(0).WithMessage(
                "'Customer.Email' collects 'contact.email', which the user may decline (it is optional, or the app type does not need it), but the privacy policy 'PRIVACY.md' says it is required (line 5: \"如您不提供电子邮箱，将无法完成注册。\")"));
    }

    [Fact]
    public async Task DataOutsideTheAppType_ThePolicyCallsRequired_IsReported_AndNecessaryDataIsNot()
    {
        var test = VerifyPolicy.CreateTest("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public string Phone { get; set; } = "";

                [PersonalData(DataCategories.Contact.Email)]
                public string {|#0:Email|} { get; set; } = "";
            }
            """);
        VerifyPolicy.AddPolicy(test, Policy.Replace("如您不提供电子邮箱", "如您不提供手机号码和电子邮箱", StringComparison.Ordinal));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\npii_app_type = online-shopping\n"));
        test.ExpectedDiagnostics.Add(VerifyPolicy.Diagnostic(DiagnosticDescriptors.RequiredButOptional).WithLocation(0).WithArguments(
            "Customer.Email", "contact.email", "PRIVACY.md", "5", "如您不提供手机号码和电子邮箱，将无法完成注册。"));
        await test.RunAsync();
    }

    [Fact]
    public async Task WithoutAnAppTypeOrOptional_NothingIsRequiredButOptional()
    {
        await VerifyPolicy.VerifyAsync(
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public string Phone { get; set; } = "";

                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";
            }
            """,
            Policy);
    }
}
