using VerifyCS = PiiAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PiiAnalyzers.Analyzers.InvalidAnnotationAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>PII0007 on <c>[SharedWith]</c>: the recipient must be named, and a country must be a two-letter code.</summary>
public class SharedWithAnnotationTests
{
    [Fact]
    public async Task EmptyRecipient_IsReported()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                [SharedWith({|#0:" "|})]
                public string Phone = "";
            }
            """,
            VerifyCS.Diagnostic(DiagnosticDescriptors.EmptyRecipient).WithLocation(0).WithArguments("Customer.Phone"));
    }

    [Fact]
    public async Task ACountryThatIsNotATwoLetterCode_IsReportedOnTheCountry()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                [SharedWith("Twilio", Country = {|#0:"USA"|})]
                [SharedWith("SF Express", Country = " cn ", Company = "顺丰")]
                [SharedWith("Umeng", Country = {|#1:"中国"|})]
                public string Phone = "";
            }
            """,
            VerifyCS.Diagnostic(DiagnosticDescriptors.InvalidCountry)
                .WithLocation(0)
                .WithArguments("USA", "Customer.Phone")
                .WithMessage("'USA' in [SharedWith] on 'Customer.Phone' is not a country code; use the two-letter ISO 3166-1 code (CN, US, DE)"),
            VerifyCS.Diagnostic(DiagnosticDescriptors.InvalidCountry).WithLocation(1).WithArguments("中国", "Customer.Phone"));
    }
}
