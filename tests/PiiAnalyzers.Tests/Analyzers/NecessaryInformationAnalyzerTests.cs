using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.AppTypes;
using PiiAnalyzers.Options;
using PiiAnalyzers.Taxonomy;
using PiiAnalyzers.Tests.Model;
using PiiAnalyzers.Tests.Verifiers;
using Verify = PiiAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PiiAnalyzers.Analyzers.NecessaryInformationAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>
/// PII0010: with <c>pii_app_type</c> set, a member whose category the app type does not need is reported unless it is
/// <c>Optional = true</c>; every one of the 39 types is checked on a fixture.
/// </summary>
public class NecessaryInformationAnalyzerTests
{
    public static TheoryData<int> AppTypeNumbers() => new(NecessaryInformation.AppTypes.Select(type => type.Number));

    [Theory]
    [MemberData(nameof(AppTypeNumbers))]
    public async Task EveryAppType_ReportsACategoryItDoesNotNeed_AndNoneItNeeds(int number)
    {
        var type = NecessaryInformation.AppTypes.Single(candidate => candidate.Number == number);
        var outside = BuiltInCategories.All.First(category => category.ParentId is not null && !type.IsNecessary(category.Id)).Id;

        // A type that needs nothing: any category is reported, the first of the taxonomy and the phone number too.
        var second = type.NecessaryCategories.IsEmpty ? "contact.phone" : type.NecessaryCategories[0];
        var expected = new List<DiagnosticResult> { NotNecessary(0, "Customer.Outside", outside, type) };
        if (type.NecessaryCategories.IsEmpty)
        {
            expected.Add(NotNecessary(1, "Customer.Second", second, type));
        }

        await Verify.VerifyAnalyzerAsync(
            $$"""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData("{{outside}}")]
                public string {|#0:Outside|} { get; set; } = "";

                [PersonalData("{{second}}")]
                public string {|#1:Second|} { get; set; } = "";
            }
            """,
            AppTypeConfig(type.Id),
            expected.ToArray());
    }

    [Fact]
    public async Task OptionalMembers_AreNotReported_OnFieldsPropertiesParametersAndRecords()
    {
        await Verify.VerifyAnalyzerAsync(
            """
            using PiiAnalyzers;

            public record Customer(
                [PersonalData(DataCategories.Profile.BirthDate, Optional = true)] string BirthDate,
                [PersonalData(DataCategories.Profile.Gender)] string {|#0:Gender|})
            {
                [PersonalData(DataCategories.Contact.Email, Purpose = "Newsletter", Optional = true)]
                public string Email { get; set; } = "";

                [PersonalData(DataCategories.Contact.Email, Optional = false)]
                public string {|#1:ReceiptEmail|} = "";

                public void Subscribe([PersonalData(DataCategories.Profile.Nickname)] string {|#2:nickname|}, [PersonalData(DataCategories.Profile.Avatar, Optional = true)] string avatar) { }
            }
            """,
            AppTypeConfig("online-shopping"),
            NotNecessary(0, "Customer.Gender", "profile.gender", Shopping),
            NotNecessary(1, "Customer.ReceiptEmail", "contact.email", Shopping),
            NotNecessary(2, "Customer.Subscribe(nickname)", "profile.nickname", Shopping));
    }

    [Fact]
    public async Task ANeededParentCoversItsChildren_ButANeededChildNotItsParent()
    {
        var recruitment = NecessaryInformation.Find("recruitment")!;
        await Verify.VerifyAnalyzerAsync(
            """
            using PiiAnalyzers;

            public class Applicant
            {
                [PersonalData(DataCategories.Career.Education)]
                public string Education { get; set; } = "";

                [PersonalData(DataCategories.Career.All)]
                public string WorkHistory { get; set; } = "";

                [PersonalData(DataCategories.Contact.All)]
                public string {|#0:AnyContact|} { get; set; } = "";

                [PersonalData(DataCategories.Contact.Phone)]
                public string Phone { get; set; } = "";
            }
            """,
            AppTypeConfig("recruitment"),
            NotNecessary(0, "Applicant.AnyContact", "contact", recruitment));
    }

    [Theory]
    [InlineData("6")]
    [InlineData("网上购物类")]
    [InlineData("网上购物")]
    [InlineData("Online-Shopping")]
    public async Task TheAppType_IsNamedByItsIdNumberOrChineseName(string value)
    {
        await Verify.VerifyAnalyzerAsync(OneEmail, AppTypeConfig(value), NotNecessary(0, "Customer.Email", "contact.email", Shopping));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task WithoutAnAppType_NothingIsReported(string? value)
    {
        await Verify.VerifyAnalyzerAsync(OneEmail.Replace("{|#0:Email|}", "Email", StringComparison.Ordinal), value is null ? "root = true\n" : AppTypeConfig(value));
    }

    [Fact]
    public async Task AnUnknownAppType_IsReportedOnce_WithTheValidIds_AndNothingElseIs()
    {
        var ids = string.Join(", ", NecessaryInformation.AppTypes.Select(type => type.Id));
        await Verify.VerifyAnalyzerAsync(
            OneEmail.Replace("{|#0:Email|}", "Email", StringComparison.Ordinal) + "\npublic class Other { [PiiAnalyzers.PersonalData(\"contact.phone\")] public string Phone = \"\"; }\n",
            AppTypeConfig("shop"),
            Verify.Diagnostic(DiagnosticDescriptors.UnknownAppType).WithMessage(
                $"pii_app_type = 'shop' names no app type of the rules on necessary personal information, so nothing is checked against them; use an id ({ids}), a number from 1 to 39 or a Chinese name such as 网上购物类"));
    }

    [Fact]
    public async Task MembersWithoutACategory_AreNotJudged()
    {
        await Verify.VerifyAnalyzerAsync(
            """
            namespace Microsoft.AspNetCore.Identity
            {
                public class PersonalDataAttribute : System.Attribute { }
            }

            public class ApplicationUser
            {
                [Microsoft.AspNetCore.Identity.PersonalData]
                public string Nickname { get; set; } = "";
            }
            """,
            AppTypeConfig("news"));
    }

    [Fact]
    public async Task TheMessage_NamesTheAppTypeInChinese_ForAChineseUi()
    {
        var compilation = TestCompilation.Create(OneEmail.Replace("{|#0:Email|}", "Email", StringComparison.Ordinal));
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NecessaryInformationAnalyzer()), TestAnalyzerConfigOptionsProvider.ForAllFiles(PiiOptions.AppTypeKey, "online-shopping"))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(
            "'Customer.Email' 收集的 'contact.email' 不属于网上购物类App的必要个人信息（《常见类型移动互联网应用程序必要个人信息范围规定》第五条第6项）；如果不提供它App也能运行且用户可以拒绝，请标注 Optional = true，否则不要再要求用户提供",
            diagnostic.GetMessage(CultureInfo.GetCultureInfo("zh-CN")));
        Assert.StartsWith("'Customer.Email' collects 'contact.email', which is not necessary personal information for the app type 'Online shopping'", diagnostic.GetMessage(CultureInfo.GetCultureInfo("zh-TW")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[PersonalData(DataCategories.Contact.Email, Optional = )] public string Email { get; set; }")]
    [InlineData("[PersonalData(Optional = true)] public string Email { get; set; }")]
    [InlineData("[PersonalData(DataCategories.Contact.Email)] public Undefined Email { get; set; }")]
    [InlineData("[PersonalData(DataCategories.Contact.Email)] public string Email { get; set")]
    [InlineData("public void Register([PersonalData(\"contact.email\")] string email, [PersonalData(] string phone) { }")]
    public async Task IncompleteCode_DoesNotThrow(string member)
    {
        var compilation = TestCompilation.Create($$"""
            using PiiAnalyzers;

            public record Customer([PersonalData(DataCategories.Profile.Name)] string Name)
            {
                {{member}}
            }
            """);

        await AnalyzerExceptions.AssertNoneAsync(compilation, TestAnalyzerConfigOptionsProvider.ForAllFiles(PiiOptions.AppTypeKey, "news"), new NecessaryInformationAnalyzer());
    }

    private const string OneEmail = """
        using PiiAnalyzers;

        public class Customer
        {
            [PersonalData(DataCategories.Contact.Email)]
            public string {|#0:Email|} { get; set; } = "";
        }
        """;

    private static AppType Shopping => NecessaryInformation.Find("online-shopping")!;

    private static string AppTypeConfig(string value) => $"root = true\n\n[*.cs]\npii_app_type = {value}\n";

    private static DiagnosticResult NotNecessary(int location, string member, string category, AppType type) =>
        Verify.Diagnostic(DiagnosticDescriptors.NotNecessaryForAppType)
            .WithLocation(location)
            .WithMessage($"'{member}' collects '{category}', which is not necessary personal information for the app type '{type.EnglishName}' (item {type.Number} of the rules on necessary personal information); mark it Optional = true if the app works without it and the user may decline it, or stop requiring it");
}
