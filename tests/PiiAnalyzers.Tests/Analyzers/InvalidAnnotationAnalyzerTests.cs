using VerifyCS = PiiAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PiiAnalyzers.Analyzers.InvalidAnnotationAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

public class InvalidAnnotationAnalyzerTests
{
    [Fact]
    public async Task ValidAnnotations_ReportNothing()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using PiiAnalyzers;

            [assembly: PersonalDataCategory("loyalty.member-id", "会员号", "loyalty member id")]

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone, Purpose = "Delivery")]
                [RetainUntil("account-deleted+P3D")]
                [SharedWith("SF Express", Purpose = "Parcel delivery")]
                [SharedWith("Alipay")]
                public string Phone { get; set; } = "";

                [PersonalData(DataCategories.Identity.NationalId)]
                [Sensitive]
                [EncryptedAtRest]
                [RetainUntil(RetentionEvents.PurposeFulfilled)]
                public string IdCardNumber = "";

                [PersonalData("biometric")]
                [RetainUntil("P180D")]
                public byte[]? Face { get; set; }

                [PersonalData("loyalty.member-id")]
                public string MemberId { get; set; } = "";

                public int Id { get; set; }

                public void Register([PersonalData(DataCategories.Contact.Email)][RetainUntil("not-stored")] string email)
                {
                }
            }

            public record Order([PersonalData(DataCategories.Contact.Address)][property: Sensitive] string Address, int Quantity);
            """);
    }

    [Fact]
    public async Task NotPersonalData_OnAMemberAMarkerMakesPersonal_IsAContradiction()
    {
        await VerifyCS.VerifyAnalyzerAsync(
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Email)]
                [{|#0:NotPersonalData|}]
                public string Email { get; set; } = "";

                [NotPersonalData(Reason = "The shop's own hotline")]
                public string Phone { get; set; } = "";

                public void Register([PersonalData(DataCategories.Profile.Name)][{|#1:NotPersonalData|}] string name)
                {
                }
            }
            """,
            VerifyCS.Diagnostic(DiagnosticDescriptors.NotPersonalDataOnPersonalData).WithLocation(0).WithArguments("Customer.Email"),
            VerifyCS.Diagnostic(DiagnosticDescriptors.NotPersonalDataOnPersonalData).WithLocation(1).WithArguments("name"));
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

    [Theory]
    [InlineData("Contact.Email", "contact.email")]
    [InlineData("email", "contact.email")]
    [InlineData("national_id", "identity.national-id")]
    [InlineData("identity.nationalid", "identity.national-id")]
    [InlineData("finance.bank-account", "financial.bank-account")]
    [InlineData("loyalty.memberid", "loyalty.member-id")]
    public async Task UnknownCategory_SuggestsTheIdItMeant(string written, string suggested)
    {
        await VerifyCS.VerifyAnalyzerAsync($$"""
            using PiiAnalyzers;

            [assembly: PersonalDataCategory("loyalty.member-id", "会员号", "loyalty member id")]

            public class Customer
            {
                [PersonalData({|#0:"{{written}}"|})]
                public string Value = "";
            }
            """,
            VerifyCS.Diagnostic(DiagnosticDescriptors.UnknownCategory).WithLocation(0).WithArguments(written, suggested));
    }

    [Theory]
    [InlineData("shoe-size")]
    [InlineData("unspecified")]
    [InlineData("")]
    public async Task UnknownCategory_WithNothingClose_ExplainsWhatToUse(string written)
    {
        await VerifyCS.VerifyAnalyzerAsync($$"""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData({|#0:"{{written}}"|})]
                public string Value = "";
            }
            """,
            VerifyCS.Diagnostic(DiagnosticDescriptors.UnknownCategoryNoSuggestion).WithLocation(0).WithArguments(written));
    }

    [Fact]
    public async Task NullCategory_IsUnknown()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData({|#0:null!|})]
                public string Value = "";
            }
            """,
            VerifyCS.Diagnostic(DiagnosticDescriptors.UnknownCategoryNoSuggestion).WithLocation(0).WithArguments(""));
    }

    [Fact]
    public async Task UnknownCategory_OnParameterAndRecordParameter()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using PiiAnalyzers;

            public class Service
            {
                public void Call([PersonalData({|#0:"contact.phones"|})] string phone)
                {
                }
            }

            public record Person([PersonalData({|#1:"profile.nam"|})] string Name);
            """,
            VerifyCS.Diagnostic(DiagnosticDescriptors.UnknownCategory).WithLocation(0).WithArguments("contact.phones", "contact.phone"),
            VerifyCS.Diagnostic(DiagnosticDescriptors.UnknownCategory).WithLocation(1).WithArguments("profile.nam", "profile.name"));
    }

    [Theory]
    [InlineData("forever")]
    [InlineData("180 days")]
    [InlineData("P")]
    [InlineData("p180d")]
    [InlineData("PT")]
    [InlineData("P1H")]
    [InlineData("account-deleted+")]
    [InlineData("+P3D")]
    [InlineData("not-stored+P3D")]
    [InlineData("account-closed")]
    [InlineData("")]
    public async Task MalformedRetentionRule_IsReported(string rule)
    {
        await VerifyCS.VerifyAnalyzerAsync($$"""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                [RetainUntil({|#0:"{{rule}}"|})]
                public string Phone = "";
            }
            """,
            VerifyCS.Diagnostic(DiagnosticDescriptors.InvalidRetention).WithLocation(0)
                .WithArguments(rule, "account-deleted, purpose-fulfilled, consent-withdrawn, session-ended, not-stored"));
    }

    [Fact]
    public async Task QualifiersOnMembersThatAreNotPersonalData_AreReported()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using PiiAnalyzers;

            public class Customer
            {
                [{|#0:Sensitive|}]
                public string Notes { get; set; } = "";

                [{|#1:RetainUntil("P30D")|}]
                public string Cache = "";

                [Sensitive, {|#2:EncryptedAtRest|}]
                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";

                [{|#3:SharedWith("Acme")|}]
                public int Score { get; set; }

                public void Save([{|#4:EncryptedAtRest|}] string blob)
                {
                }
            }

            public record Order([{|#5:Sensitive|}] string Reference);
            """,
            VerifyCS.Diagnostic(DiagnosticDescriptors.NotPersonalData).WithLocation(0).WithArguments("Sensitive", "Customer.Notes"),
            VerifyCS.Diagnostic(DiagnosticDescriptors.NotPersonalData).WithLocation(1).WithArguments("RetainUntil", "Customer.Cache"),
            VerifyCS.Diagnostic(DiagnosticDescriptors.NotPersonalData).WithLocation(3).WithArguments("SharedWith", "Customer.Score"),
            VerifyCS.Diagnostic(DiagnosticDescriptors.NotPersonalData).WithLocation(4).WithArguments("EncryptedAtRest", "blob"),
            VerifyCS.Diagnostic(DiagnosticDescriptors.NotPersonalData).WithLocation(5).WithArguments("Sensitive", "Reference"));
    }

    [Fact]
    public async Task QualifiersOnMembersMarkedByOtherMarkers_AreAccepted()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using PiiAnalyzers;

            namespace Microsoft.AspNetCore.Identity
            {
                public class PersonalDataAttribute : System.Attribute { }
                public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }
            }

            namespace Microsoft.Extensions.Compliance.Classification
            {
                public readonly struct DataClassification
                {
                    public DataClassification(string taxonomy, string value) { }
                }

                public abstract class DataClassificationAttribute : System.Attribute
                {
                    protected DataClassificationAttribute(DataClassification classification) { }
                }
            }

            public sealed class PrivateDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute
            {
                public PrivateDataAttribute() : base(new("MyTaxonomy", "Private")) { }
            }

            public class User
            {
                [Microsoft.AspNetCore.Identity.PersonalData]
                [RetainUntil("account-deleted")]
                public string UserName { get; set; } = "";

                [Microsoft.AspNetCore.Identity.ProtectedPersonalData]
                [Sensitive]
                public string Email { get; set; } = "";

                [PrivateData]
                [SharedWith("Analytics Inc.")]
                public string Phone { get; set; } = "";
            }

            public class Admin : User
            {
                public string Department { get; set; } = "";
            }
            """);
    }

    [Fact]
    public async Task QualifierOnOverride_OfPersonalProperty_IsAccepted()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using PiiAnalyzers;

            public class Person
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public virtual string Phone { get; set; } = "";
            }

            public class Employee : Person
            {
                [Sensitive]
                public override string Phone { get; set; } = "";
            }
            """);
    }

    [Fact]
    public async Task PersonalDataOnConstant_IsReported()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using PiiAnalyzers;

            public class Defaults
            {
                [{|#0:PersonalData(DataCategories.Contact.Phone)|}]
                public const string SupportPhone = "400-000-0000";
            }
            """,
            VerifyCS.Diagnostic(DiagnosticDescriptors.ConstantPersonalData).WithLocation(0).WithArguments("Defaults.SupportPhone"));
    }

    [Fact]
    public async Task CustomCategoryProblems_AreReportedOnTheDeclaration()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using PiiAnalyzers;

            [assembly: PersonalDataCategory("loyalty.member-id", "会员号", "loyalty member id")]
            [assembly: PersonalDataCategory({|#0:"contact.phone"|}, "电话", "phone")]
            [assembly: PersonalDataCategory({|#1:"Loyalty.Points"|}, "积分", "points")]
            [assembly: PersonalDataCategory({|#2:"loyalty.member-id"|}, "会员号", "member id")]
            [assembly: PersonalDataCategory({|#3:"unspecified"|}, "未指定", "unspecified")]
            [assembly: PersonalDataCategory({|#4:"loyalty..tier"|}, "等级", "tier")]
            """,
            VerifyCS.Diagnostic(DiagnosticDescriptors.CustomCategoryCollision).WithLocation(0).WithArguments("contact.phone"),
            VerifyCS.Diagnostic(DiagnosticDescriptors.CustomCategoryMalformed).WithLocation(1).WithArguments("Loyalty.Points"),
            VerifyCS.Diagnostic(DiagnosticDescriptors.CustomCategoryDuplicate).WithLocation(2).WithArguments("loyalty.member-id"),
            VerifyCS.Diagnostic(DiagnosticDescriptors.CustomCategoryCollision).WithLocation(3).WithArguments("unspecified"),
            VerifyCS.Diagnostic(DiagnosticDescriptors.CustomCategoryMalformed).WithLocation(4).WithArguments("loyalty..tier"));
    }

    [Fact]
    public async Task GeneratedCode_IsSkipped()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            // <auto-generated/>
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData("contact.phon")]
                public string Phone { get; set; } = "";
            }
            """);
    }

    [Fact]
    public async Task IncompleteCode_LeavesBindingErrorsToTheCompiler_AndStillChecksWhatParsed()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using PiiAnalyzers;

            public class Customer
            {
                [{|CS7036:PersonalData|}]
                public string A = "";

                [PersonalData(DataCategories.Contact.{|CS0117:Phon|})]
                public string B = "";

                [PersonalData({|CS0182:System.Environment.UserName|})]
                public string C = "";

                [RetainUntil({|CS1503:42|})]
                [PersonalData(DataCategories.Contact.Phone)]
                public string D = "";

                [{|CS0246:{|CS0246:Unknown|}|}]
                [PersonalData(DataCategories.Contact.Phone)]
                public {|CS0246:Missing|} E = null!;

                [PersonalData({|#0:"contact.phon"|}{|CS1026:{|CS1003:|}|}
                public string F = "";
            }
            """,
            VerifyCS.Diagnostic(DiagnosticDescriptors.UnknownCategory).WithLocation(0).WithArguments("contact.phon", "contact.phone"));
    }
}
