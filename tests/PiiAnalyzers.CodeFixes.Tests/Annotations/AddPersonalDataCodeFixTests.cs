using VerifyCS = PiiAnalyzers.CodeFixes.Tests.Verifiers.CSharpCodeFixVerifier<
    PiiAnalyzers.Analyzers.UnannotatedPersonalDataAnalyzer,
    PiiAnalyzers.CodeFixes.AddPersonalDataCodeFixProvider>;

namespace PiiAnalyzers.CodeFixes.Tests.Annotations;

public class AddPersonalDataCodeFixTests
{
    [Fact]
    public async Task Property_GetsTheAttribute_AndTheUsing()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            public class Customer
            {
                public int Id { get; set; }

                public string {|PII0006:PhoneNumber|} { get; set; } = "";
            }
            """,
            """
            using PiiAnalyzers;

            public class Customer
            {
                public int Id { get; set; }

                [PersonalData(DataCategories.Contact.Phone)]
                public string PhoneNumber { get; set; } = "";
            }
            """);
    }

    [Fact]
    public async Task Using_IsInsertedInOrder_AfterSystemUsings()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using System;
            using System.Collections.Generic;
            using Zoo.Animals;

            namespace Zoo.Animals
            {
                public class Keeper
                {
                    public string {|PII0006:IdCardNo|} { get; set; } = "";
                    public List<DateTime> Shifts { get; } = new();
                }
            }
            """,
            """
            using System;
            using System.Collections.Generic;
            using PiiAnalyzers;
            using Zoo.Animals;

            namespace Zoo.Animals
            {
                public class Keeper
                {
                    [PersonalData(DataCategories.Identity.NationalId)]
                    public string IdCardNo { get; set; } = "";
                    public List<DateTime> Shifts { get; } = new();
                }
            }
            """);
    }

    [Fact]
    public async Task UsingAlreadyInScope_IsNotAddedAgain()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";

                public string? {|PII0006:Password|};
            }
            """,
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";

                [PersonalData(DataCategories.Account.Credential)]
                public string? Password;
            }
            """);
    }

    [Fact]
    public async Task NamespaceEnclosingPiiAnalyzers_NeedsNoUsing()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            namespace PiiAnalyzers.Samples;

            public class Customer
            {
                public string {|PII0006:Email|} { get; set; } = "";
            }
            """,
            """
            namespace PiiAnalyzers.Samples;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";
            }
            """);
    }

    [Fact]
    public async Task DocumentationCommentAndOtherAttributes_AreKept()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            // Copyright (c) Acme
            using System.ComponentModel;

            namespace Acme;

            public class Customer
            {
                /// <summary>Where parcels go.</summary>
                public string {|PII0006:ShippingAddress|} { get; set; } = "";

                /// <summary>For the courier.</summary>
                [Description("mobile")]
                [Browsable(false)]
                public string {|PII0006:ShouJiHao|} { get; set; } = "";

                [Browsable(false)] public string {|PII0006:Sfzh|} { get; set; } = "";
            }
            """,
            """
            // Copyright (c) Acme
            using System.ComponentModel;
            using PiiAnalyzers;

            namespace Acme;

            public class Customer
            {
                /// <summary>Where parcels go.</summary>
                [PersonalData(DataCategories.Contact.Address)]
                public string ShippingAddress { get; set; } = "";

                /// <summary>For the courier.</summary>
                [Description("mobile")]
                [Browsable(false)]
                [PersonalData(DataCategories.Contact.Phone)]
                public string ShouJiHao { get; set; } = "";

                [Browsable(false)] [PersonalData(DataCategories.Identity.NationalId)] public string Sfzh { get; set; } = "";
            }
            """);
    }

    [Fact]
    public async Task WindowsLineEndings_AreKept()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            public class Customer
            {
                public string {|PII0006:Email|} { get; set; } = "";
            }
            """.ReplaceLineEndings("\r\n"),
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";
            }
            """.ReplaceLineEndings("\r\n"));
    }

    [Fact]
    public async Task FileHeader_StaysAboveTheNewUsing()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            // Copyright (c) Acme
            // Licensed under MIT

            namespace Acme;

            /// <summary>A customer.</summary>
            public class Customer
            {
                public string {|PII0006:Email|} { get; set; } = "";
            }
            """,
            """
            // Copyright (c) Acme
            // Licensed under MIT

            using PiiAnalyzers;

            namespace Acme;

            /// <summary>A customer.</summary>
            public class Customer
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";
            }
            """);
    }

    [Fact]
    public async Task RecordPositionalParameters_GetTheAttributeInline()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using PiiAnalyzers;

            public record Customer(int Id, string {|PII0006:Email|}, [property: System.ComponentModel.Description("x")] string {|PII0006:MobileNo|});

            public record Patient(
                string {|PII0006:XingMing|},
                System.DateOnly {|PII0006:DateOfBirth|});
            """,
            """
            using PiiAnalyzers;

            public record Customer(int Id, [PersonalData(DataCategories.Contact.Email)] string Email, [property: System.ComponentModel.Description("x")] [PersonalData(DataCategories.Contact.Phone)] string MobileNo);

            public record Patient(
                [PersonalData(DataCategories.Profile.Name)] string XingMing,
                [PersonalData(DataCategories.Profile.BirthDate)] System.DateOnly DateOfBirth);
            """);
    }

    [Fact]
    public async Task FieldsAndTypeBasedFindings_AreAnnotated()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using System.Net;

            public class Visit
            {
                private string? {|PII0006:_clientIp|};
                public IPAddress? {|PII0006:Origin|} { get; set; }
                public string? Note, Remark;
            }
            """,
            """
            using System.Net;
            using PiiAnalyzers;

            public class Visit
            {
                [PersonalData(DataCategories.Online.IpAddress)]
                private string? _clientIp;
                [PersonalData(DataCategories.Online.IpAddress)]
                public IPAddress? Origin { get; set; }
                public string? Note, Remark;
            }
            """);
    }

    [Fact]
    public async Task FieldDeclaringSeveralVariables_IsSplit_OneDeclarationPerVariable()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using PiiAnalyzers;

            public class Customer
            {
                /// <summary>How to reach the customer.</summary>
                [System.Obsolete]
                public string? {|PII0006:Email|}, {|PII0006:Phone|};

                private int _visits, {|PII0006:_birthYear|} = 1990, _orders;
            }
            """,
            """
            using PiiAnalyzers;

            public class Customer
            {
                /// <summary>How to reach the customer.</summary>
                [System.Obsolete]
                [PersonalData(DataCategories.Contact.Email)]
                public string? Email;
                [System.Obsolete]
                [PersonalData(DataCategories.Contact.Phone)]
                public string? Phone;

                private int _visits;
                [PersonalData(DataCategories.Profile.BirthDate)]
                private int _birthYear = 1990;
                private int _orders;
            }
            """);
    }

    [Fact]
    public async Task FixAll_FieldToSplit_AndAPropertyInOneDocument_AreBothAnnotatedInOnePass()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                using PiiAnalyzers;

                public class Customer
                {
                    public string {|PII0006:Email|} { get; set; } = "";

                    public string? {|PII0006:MobileNo|}, {|PII0006:IdCardNo|};
                }
                """,
            FixedCode = """
                using PiiAnalyzers;

                public class Customer
                {
                    [PersonalData(DataCategories.Contact.Email)]
                    public string Email { get; set; } = "";

                    [PersonalData(DataCategories.Contact.Phone)]
                    public string? MobileNo;
                    [PersonalData(DataCategories.Identity.NationalId)]
                    public string? IdCardNo;
                }
                """,
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 1,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task FieldDeclaringSeveralVariables_OnOneLine_IsSplitOnThatLine()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using PiiAnalyzers;

            public class Visit { private string? _note, {|PII0006:_clientIp|}; }
            """,
            """
            using PiiAnalyzers;

            public class Visit { private string? _note; [PersonalData(DataCategories.Online.IpAddress)] private string? _clientIp; }
            """);
    }

    [Fact]
    public async Task AmbiguousAttributeName_IsQualified_AndNoUsingIsAdded()
    {
        await VerifyCS.VerifyCodeFixAsync(
            """
            using Microsoft.AspNetCore.Identity;

            namespace Microsoft.AspNetCore.Identity
            {
                public class PersonalDataAttribute : System.Attribute { }
            }

            public class ApplicationUser
            {
                [PersonalData]
                public string? PhoneNumber { get; set; }

                public string? {|PII0006:NickName|} { get; set; }
            }
            """,
            """
            using Microsoft.AspNetCore.Identity;

            namespace Microsoft.AspNetCore.Identity
            {
                public class PersonalDataAttribute : System.Attribute { }
            }

            public class ApplicationUser
            {
                [PersonalData]
                public string? PhoneNumber { get; set; }

                [PiiAnalyzers.PersonalData(PiiAnalyzers.DataCategories.Profile.Nickname)]
                public string? NickName { get; set; }
            }
            """);
    }

    [Fact]
    public async Task CustomCategory_IsWrittenAsAString()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                using PiiAnalyzers;

                [assembly: PersonalDataCategory("loyalty.member-id", "会员号", "loyalty member id")]

                public class Member
                {
                    public string? {|PII0006:MemberCardNo|} { get; set; }
                }
                """,
            FixedCode = """
                using PiiAnalyzers;

                [assembly: PersonalDataCategory("loyalty.member-id", "会员号", "loyalty member id")]

                public class Member
                {
                    [PersonalData("loyalty.member-id")]
                    public string? MemberCardNo { get; set; }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            pii_discovery_words.loyalty.member-id = member card
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task FixAll_AnnotatesEveryMember_InEveryDocument_InOnePass()
    {
        // Fix All in the project or the solution fixes both documents at once; in a document, one document a pass.
        var test = new VerifyCS.Test
        {
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 2,
        };
        test.TestState.Sources.Add(("/0/Customer.cs", """
            namespace Shop;

            public class Customer
            {
                public int Id { get; set; }
                public string {|PII0006:Name|} { get; set; } = "";
                public string {|PII0006:Email|} { get; set; } = "";
                public string? {|PII0006:Mobile|} { get; set; }
            }
            """));
        test.TestState.Sources.Add(("/0/Order.cs", """
            using System;

            namespace Shop;

            public record Order(Guid Id, string {|PII0006:ShippingAddress|}, string {|PII0006:ShouJianRenDianHua|});
            """));
        test.FixedState.Sources.Add(("/0/Customer.cs", """
            using PiiAnalyzers;

            namespace Shop;

            public class Customer
            {
                public int Id { get; set; }
                [PersonalData(DataCategories.Profile.Name)]
                public string Name { get; set; } = "";
                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";
                [PersonalData(DataCategories.Contact.Phone)]
                public string? Mobile { get; set; }
            }
            """));
        test.FixedState.Sources.Add(("/0/Order.cs", """
            using System;
            using PiiAnalyzers;

            namespace Shop;

            public record Order(Guid Id, [PersonalData(DataCategories.Contact.Address)] string ShippingAddress, [PersonalData(DataCategories.Contact.Phone)] string ShouJianRenDianHua);
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task CodeAction_IsTitledWithTheCategory()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                public class Customer
                {
                    public string {|PII0006:Email|} { get; set; } = "";
                }
                """,
            FixedCode = """
                using PiiAnalyzers;

                public class Customer
                {
                    [PersonalData(DataCategories.Contact.Email)]
                    public string Email { get; set; } = "";
                }
                """,
            CodeActionEquivalenceKey = nameof(AddPersonalDataCodeFixProvider),
            CodeActionVerifier = (action, verifier) => verifier.Equal("Annotate as personal data ('contact.email')", action.Title),
        };
        await test.RunAsync();
    }
}
