using VerifyCS = PiiAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PiiAnalyzers.Analyzers.InvalidAnnotationAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

public class InvalidAnnotationAnalyzerTests
{
    [Fact]
    public async Task KnownCategory_ReportsNothing()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public string Phone { get; set; } = "";
            }
            """);
    }

    [Fact]
    public async Task MisspeltCategory_SuggestsClosest()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData({|#0:"contact.phon"|})]
                public string Phone { get; set; } = "";
            }
            """,
            VerifyCS.Diagnostic(DiagnosticDescriptors.UnknownCategory).WithLocation(0).WithArguments("contact.phon", "contact.phone"));
    }
}
