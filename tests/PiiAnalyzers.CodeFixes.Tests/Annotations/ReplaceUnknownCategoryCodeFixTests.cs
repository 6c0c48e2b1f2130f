using VerifyCS = PiiAnalyzers.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier<
    PiiAnalyzers.Analyzers.InvalidAnnotationAnalyzer,
    PiiAnalyzers.CodeFixes.ReplaceUnknownCategoryCodeFixProvider>;

namespace PiiAnalyzers.CodeFixes.Tests.Annotations;

public class ReplaceUnknownCategoryCodeFixTests
{
    [Fact]
    public async Task MisspeltCategory_IsReplacedByItsConstant()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData({|#0:"contact.phon"|}, Purpose = "Delivery")]
                public string Phone { get; set; } = "";
            }
            """,
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone, Purpose = "Delivery")]
                public string Phone { get; set; } = "";
            }
            """,
            VerifyCS.Diagnostic(DiagnosticDescriptors.UnknownCategory).WithLocation(0).WithArguments("contact.phon", "contact.phone"));
    }

    [Fact]
    public async Task QualifiedAttribute_GetsTheUsingForTheConstant()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            public class Customer
            {
                [PiiAnalyzers.PersonalData({|#0:"national_id"|})]
                public string IdCardNo { get; set; } = "";
            }
            """,
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PiiAnalyzers.PersonalData(DataCategories.Identity.NationalId)]
                public string IdCardNo { get; set; } = "";
            }
            """,
            VerifyCS.Diagnostic(DiagnosticDescriptors.UnknownCategory).WithLocation(0).WithArguments("national_id", "identity.national-id"));
    }

    [Fact]
    public async Task CustomCategory_IsWrittenAsAString()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using PiiAnalyzers;

            [assembly: PersonalDataCategory("loyalty.member-id", "会员号", "loyalty member id")]

            public record Member([PersonalData({|#0:"loyalty.memberid"|})] string CardNo);
            """,
            """
            using PiiAnalyzers;

            [assembly: PersonalDataCategory("loyalty.member-id", "会员号", "loyalty member id")]

            public record Member([PersonalData("loyalty.member-id")] string CardNo);
            """,
            VerifyCS.Diagnostic(DiagnosticDescriptors.UnknownCategory).WithLocation(0).WithArguments("loyalty.memberid", "loyalty.member-id"));
    }

    [Fact]
    public async Task UnknownCategoryWithNothingClose_AndOtherProblems_HaveNoFix()
    {
        var source = """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData({|#0:"shoe-size"|})]
                public int ShoeSize { get; set; }

                [PersonalData(DataCategories.Contact.Email)]
                [RetainUntil({|#1:"forever"|})]
                public string Email { get; set; } = "";
            }
            """;
        await VerifyCS.VerifyCodeFixAsync(
            source,
            source,
            VerifyCS.Diagnostic(DiagnosticDescriptors.UnknownCategoryNoSuggestion).WithLocation(0).WithArguments("shoe-size"),
            VerifyCS.Diagnostic(DiagnosticDescriptors.InvalidRetention).WithLocation(1).WithArguments("forever", string.Join(", ", Model.RetentionRule.KnownEvents)));
    }

    [Fact]
    public async Task FixAll_ReplacesEveryUnknownCategory_InOnePass()
    {
        var test = new VerifyCS.Test
        {
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 1,
            TestCode = """
                public class Customer
                {
                    [PiiAnalyzers.PersonalData({|#0:"Contact.Email"|})]
                    public string Email { get; set; } = "";

                    [PiiAnalyzers.PersonalData( {|#1:"phone"|} )]
                    public string Phone { get; set; } = "";

                    [PiiAnalyzers.PersonalData({|#2:"finance.bank-account"|})]
                    public string CardNo { get; set; } = "";
                }
                """,
            FixedCode = """
                using PiiAnalyzers;

                public class Customer
                {
                    [PiiAnalyzers.PersonalData(DataCategories.Contact.Email)]
                    public string Email { get; set; } = "";

                    [PiiAnalyzers.PersonalData( DataCategories.Contact.Phone )]
                    public string Phone { get; set; } = "";

                    [PiiAnalyzers.PersonalData(DataCategories.Financial.BankAccount)]
                    public string CardNo { get; set; } = "";
                }
                """,
        };
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(DiagnosticDescriptors.UnknownCategory).WithLocation(0).WithArguments("Contact.Email", "contact.email"));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(DiagnosticDescriptors.UnknownCategory).WithLocation(1).WithArguments("phone", "contact.phone"));
        test.ExpectedDiagnostics.Add(VerifyCS.Diagnostic(DiagnosticDescriptors.UnknownCategory).WithLocation(2).WithArguments("finance.bank-account", "financial.bank-account"));
        await test.RunAsync();
    }
}
