using VerifyCS = PiiAnalyzers.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier<
    PiiAnalyzers.Analyzers.NecessaryInformationAnalyzer,
    PiiAnalyzers.CodeFixes.MarkOptionalCodeFixProvider>;

namespace PiiAnalyzers.CodeFixes.Tests.Necessity;

/// <summary>PII0010: the fix says the data is optional on the member's <c>[PersonalData]</c>.</summary>
public class MarkOptionalCodeFixTests
{
    private const string OnlineShop = """
        root = true

        [*.cs]
        pii_app_type = online-shopping
        """;

    [Fact]
    public async Task Property_Field_AndParameter_GetOptionalTrue()
    {
        await VerifyAsync(
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Email, Purpose = "Newsletter")]
                public string {|PII0010:Email|} { get; set; } = "";

                [PersonalData(DataCategories.Profile.Gender)]
                public string {|PII0010:Gender|} = "";

                public void Greet([PersonalData(DataCategories.Profile.Nickname)] string {|PII0010:nickname|}) { }
            }
            """,
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Email, Purpose = "Newsletter", Optional = true)]
                public string Email { get; set; } = "";

                [PersonalData(DataCategories.Profile.Gender, Optional = true)]
                public string Gender = "";

                public void Greet([PersonalData(DataCategories.Profile.Nickname, Optional = true)] string nickname) { }
            }
            """);
    }

    [Fact]
    public async Task OptionalFalse_BecomesTrue_AndAPositionalRecordParameterIsFixed()
    {
        await VerifyAsync(
            """
            using PiiAnalyzers;

            public record Customer([PersonalData(DataCategories.Profile.BirthDate, Optional = false)] string {|PII0010:BirthDate|});
            """,
            """
            using PiiAnalyzers;

            public record Customer([PersonalData(DataCategories.Profile.BirthDate, Optional = true)] string BirthDate);
            """);
    }

    private static async Task VerifyAsync(string source, string fixedSource)
    {
        var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", OnlineShop));
        await test.RunAsync();
    }
}
