using Microsoft.CodeAnalysis.Testing;
using VerifyPolicy = PiiAnalyzers.Tests.PolicyChecks.PolicyAnalyzerVerifier;

namespace PiiAnalyzers.Tests.PolicyChecks;

/// <summary>The build's policy check: the analyzer over code and a policy AdditionalFile, with exact ids, places and arguments.</summary>
public class PrivacyPolicyAnalyzerTests
{
    private const string ZhPhonePolicy = """
        # 隐私政策

        ## 一、我们如何收集和使用您的个人信息

        注册时，我们会收集您的手机号码。
        """;

    private const string EnPhonePolicy = """
        # Privacy Policy

        ## Information we collect

        We collect your phone number when you sign up.
        """;

    private const string PhoneAndEmail = """
        using PiiAnalyzers;

        public class Customer
        {
            [PersonalData(DataCategories.Contact.Phone)]
            public string? Phone { get; set; }

            [PersonalData(DataCategories.Contact.Email)]
            public string? {|#0:Email|} { get; set; }
        }
        """;

    // ---- no policy ----

    [Fact]
    public Task WithoutAPolicy_NothingIsReported() =>
        VerifyPolicy.VerifyAsync(PhoneAndEmail.Replace("{|#0:Email|}", "Email"), policy: null);

    [Fact]
    public async Task AnAdditionalFileWithoutPiiKindPolicy_IsNotAPolicy()
    {
        var test = VerifyPolicy.CreateTest(PhoneAndEmail.Replace("{|#0:Email|}", "Email"));
        test.TestState.AdditionalFiles.Add(("/PRIVACY.md", ZhPhonePolicy));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n\n[/PRIVACY.md]\nbuild_metadata.AdditionalFiles.PiiKind = Notes\n"));

        await test.RunAsync(CancellationToken.None);
    }

    // ---- PII0101 ----

    [Fact]
    public Task PII0101_ZhPolicy_UndeclaredCategory_IsReportedOnTheMember() =>
        VerifyPolicy.VerifyAsync(
            PhoneAndEmail,
            ZhPhonePolicy,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.CollectedButNotDeclared)
                .WithLocation(0)
                .WithArguments("Customer.Email", "contact.email", "PRIVACY.md")
                .WithMessage("'Customer.Email' collects 'contact.email', which the privacy policy 'PRIVACY.md' does not declare"));

    [Fact]
    public Task PII0101_EnPolicy_UndeclaredCategory_IsReportedOnTheMember() =>
        VerifyPolicy.VerifyAsync(
            PhoneAndEmail,
            EnPhonePolicy,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.CollectedButNotDeclared).WithLocation(0).WithArguments("Customer.Email", "contact.email", "PRIVACY.md"));

    [Fact]
    public Task PII0101_PositionalRecordProperty_IsReportedOnce_OnTheParameterName() =>
        VerifyPolicy.VerifyAsync(
            """
            using PiiAnalyzers;

            public record Contact([PersonalData(DataCategories.Contact.Phone)] string Phone, [PersonalData(DataCategories.Contact.Email)] string {|#0:Email|});
            """,
            ZhPhonePolicy,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.CollectedButNotDeclared).WithLocation(0).WithArguments("Contact.Email", "contact.email", "PRIVACY.md"));

    [Fact]
    public Task PII0101_MethodParameter_IsCollectedToo() =>
        VerifyPolicy.VerifyAsync(
            """
            using PiiAnalyzers;

            public class SignUpService
            {
                public void Register([PersonalData(DataCategories.Contact.Phone)] string phone, [PersonalData(DataCategories.Contact.Email)] string {|#0:email|})
                {
                }
            }
            """,
            EnPhonePolicy,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.CollectedButNotDeclared).WithLocation(0).WithArguments("SignUpService.Register(email)", "contact.email", "PRIVACY.md"));

    [Fact]
    public Task PII0101_AnOverride_IsTheSameValue_AndIsNotReportedAgain() =>
        VerifyPolicy.VerifyAsync(
            """
            using PiiAnalyzers;

            public class Person
            {
                [PersonalData(DataCategories.Contact.Email)]
                public virtual string? {|#0:Email|} { get; set; }
            }

            public class Customer : Person
            {
                public override string? Email { get; set; }
            }
            """,
            EnPhonePolicy,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.CollectedButNotDeclared).WithLocation(0).WithArguments("Person.Email", "contact.email", "PRIVACY.md"),
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.DeclaredButNotCollected).WithSpan("/PRIVACY.md", 5, 17, 5, 29).WithArguments("contact.phone", "phone number", "PRIVACY.md"));

    [Fact]
    public Task PII0101_MembersWithoutACategory_AreReportedOnce_WithTheOthersAsAdditionalLocations() =>
        VerifyPolicy.VerifyAsync(
            """
            namespace Microsoft.AspNetCore.Identity
            {
                public class PersonalDataAttribute : System.Attribute { }
            }

            public class ApplicationUser
            {
                [Microsoft.AspNetCore.Identity.PersonalData]
                public string? {|#0:PhoneNumber|} { get; set; }

                [Microsoft.AspNetCore.Identity.PersonalData]
                public string? {|#1:Email|} { get; set; }
            }
            """,
            ZhPhonePolicy,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.CollectedWithoutCategory)
                .WithLocation(0)
                .WithLocation(1)
                .WithArguments("2", "ApplicationUser.PhoneNumber", "PRIVACY.md"),
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.DeclaredButNotCollected).WithSpan("/PRIVACY.md", 5, 12, 5, 16).WithArguments("contact.phone", "手机号码", "PRIVACY.md"));

    [Fact]
    public Task PII0101_AnUnknownCategory_IsLeftToPII0007() =>
        VerifyPolicy.VerifyAsync(
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public string? Phone { get; set; }

                [PersonalData("contact.phon")]
                public string? Mobile { get; set; }
            }
            """,
            ZhPhonePolicy);

    // ---- parent coverage ----

    [Theory]
    [InlineData("我们会收集您的联系方式，用于联系您。")]
    [InlineData("We collect your contact details to reach you.")]
    public Task AParentCategory_DeclaresItsChildren(string sentence) =>
        VerifyPolicy.VerifyAsync(
            PhoneAndEmail.Replace("{|#0:Email|}", "Email"),
            $"# Privacy\n\n## Information we collect\n\n{sentence}\n");

    // ---- custom categories ----

    private const string LoyaltyCode = """
        using PiiAnalyzers;

        [assembly: PersonalDataCategory("loyalty.points", "会员积分", "loyalty points")]

        public class Member
        {
            [PersonalData(DataCategories.Contact.Phone)]
            public string? Phone { get; set; }

            [PersonalData("loyalty.points")]
            public int {|#0:Points|} { get; set; }
        }
        """;

    [Theory]
    [InlineData("我们会收集您的会员积分和手机号码。")]
    [InlineData("We collect your loyalty points balance and phone number.")]
    public Task ACustomCategory_IsDeclaredByItsNames(string sentence) =>
        VerifyPolicy.VerifyAsync(
            LoyaltyCode.Replace("{|#0:Points|}", "Points"),
            $"# 隐私政策\n\n## 一、我们如何收集和使用您的个人信息\n\n{sentence}\n");

    [Fact]
    public Task ACustomCategory_NotInThePolicy_IsUndeclared() =>
        VerifyPolicy.VerifyAsync(
            LoyaltyCode,
            ZhPhonePolicy,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.CollectedButNotDeclared).WithLocation(0).WithArguments("Member.Points", "loyalty.points", "PRIVACY.md"));

    // ---- PII0102 ----

    private const string PhoneOnly = """
        using PiiAnalyzers;

        public class Customer
        {
            [PersonalData(DataCategories.Contact.Phone)]
            public string? Phone { get; set; }

            [PersonalData(DataCategories.Profile.Name)]
            public string? Name { get; set; }
        }
        """;

    [Fact]
    public Task PII0102_ZhPolicy_DeclaredButNeverCollected_PointsAtTheWordsOnThePolicyLine() =>
        VerifyPolicy.VerifyAsync(
            PhoneOnly,
            """
            # 隐私政策

            ## 一、我们如何收集和使用您的个人信息

            注册时，我们会收集您的姓名、手机号码和身份证号码。
            """,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.DeclaredButNotCollected)
                .WithSpan("/PRIVACY.md", 5, 20, 5, 25)
                .WithArguments("identity.national-id", "身份证号码", "PRIVACY.md")
                .WithMessage("The privacy policy 'PRIVACY.md' declares 'identity.national-id' (\"身份证号码\"), but no code in this project collects it"));

    [Fact]
    public Task PII0102_EnPolicy_DeclaredButNeverCollected_PointsAtTheWordsOnThePolicyLine() =>
        VerifyPolicy.VerifyAsync(
            PhoneOnly,
            """
            # Privacy Policy

            ## Information we collect

            We collect your name, phone number and email address.
            """,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.DeclaredButNotCollected).WithSpan("/PRIVACY.md", 5, 40, 5, 53).WithArguments("contact.email", "email address", "PRIVACY.md"));

    [Fact]
    public Task PII0102_AParentCategoryInCode_CollectsWhatItsChildrenDeclare() =>
        VerifyPolicy.VerifyAsync(
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.All)]
                public string? {|#0:Contact|} { get; set; }
            }
            """,
            EnPhonePolicy,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.CollectedButNotDeclared).WithLocation(0).WithArguments("Customer.Contact", "contact", "PRIVACY.md"));

    // ---- PII0103 ----

    private const string PhoneStorage = """
        using PiiAnalyzers;

        public class Customer
        {
            [PersonalData(DataCategories.Contact.Phone)]
            public string? {|#0:Phone|} { get; set; }

            [PersonalData(DataCategories.Contact.Phone)]
            [EncryptedAtRest]
            public string? BackupPhone { get; set; }

            [PersonalData(DataCategories.Contact.Phone)]
            [RetainUntil(RetentionEvents.NotStored)]
            public string? VerificationPhone { get; set; }

            public void Call([PersonalData(DataCategories.Contact.Phone)] string phone)
            {
            }
        }
        """;

    [Fact]
    public Task PII0103_ZhPolicy_PromisesEncryption_AnUnencryptedMemberIsReported() =>
        VerifyPolicy.VerifyAsync(
            PhoneStorage,
            """
            # 隐私政策

            ## 一、我们如何收集和使用您的个人信息

            注册时，我们会收集您的手机号码。

            ## 二、我们如何存储和保护您的个人信息

            我们对您的手机号码进行加密存储。
            """,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.EncryptionPromisedButMissing)
                .WithLocation(0)
                .WithArguments("Customer.Phone", "contact.phone", "PRIVACY.md", "9")
                .WithMessage("The privacy policy 'PRIVACY.md' promises that 'contact.phone' is stored encrypted (line 9), but 'Customer.Phone' is not marked [EncryptedAtRest]"));

    [Fact]
    public Task PII0103_EnPolicy_PromisesEncryption_AnUnencryptedMemberIsReported() =>
        VerifyPolicy.VerifyAsync(
            PhoneStorage.Replace("Contact.Phone", "Contact.Email"),
            """
            # Privacy Policy

            ## Information we collect

            We collect your email address.

            ## How we store and protect your information

            Your email address is encrypted at rest.
            """,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.EncryptionPromisedButMissing).WithLocation(0).WithArguments("Customer.Phone", "contact.email", "PRIVACY.md", "9"));

    [Fact]
    public Task PII0103_EncryptionInTransitOnly_PromisesNothingAtRest() =>
        VerifyPolicy.VerifyAsync(
            PhoneStorage.Replace("{|#0:Phone|}", "Phone"),
            "# 隐私政策\n\n## 一、我们如何收集和使用您的个人信息\n\n注册时，我们会收集您的手机号码。我们使用 HTTPS 加密传输您的手机号码。\n");

    // ---- PII0104 ----

    [Fact]
    public Task PII0104_ZhPolicy_CodeKeepsLongerThanThePolicySays() =>
        VerifyPolicy.VerifyAsync(
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                [RetainUntil("account-deleted+P30D")]
                public string? {|#0:Phone|} { get; set; }

                [PersonalData(DataCategories.Contact.Phone)]
                [RetainUntil("account-deleted+P7D")]
                public string? BackupPhone { get; set; }

                [PersonalData(DataCategories.Contact.Phone)]
                [RetainUntil("P1Y")]
                public string? {|#1:OldPhone|} { get; set; }

                [PersonalData(DataCategories.Contact.Phone)]
                public string? OtherPhone { get; set; }
            }
            """,
            """
            # 隐私政策

            ## 一、我们如何收集和使用您的个人信息

            注册时，我们会收集您的手机号码。

            ## 二、我们如何保存您的个人信息

            注销账号后，我们会在15个工作日内删除您的手机号码。
            """,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.RetentionDisagreesWithPolicy)
                .WithLocation(0)
                .WithArguments("Customer.Phone", "account-deleted+P30D", "account-deleted+P15D", "PRIVACY.md", "9")
                .WithMessage("'Customer.Phone' is kept by the rule 'account-deleted+P30D', but the privacy policy 'PRIVACY.md' says 'account-deleted+P15D' (line 9)"),
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.RetentionDisagreesWithPolicy).WithLocation(1).WithArguments("Customer.OldPhone", "P1Y", "account-deleted+P15D", "PRIVACY.md", "9"));

    [Fact]
    public Task PII0104_EnPolicy_CodeCountsFromAnotherEvent() =>
        VerifyPolicy.VerifyAsync(
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                [RetainUntil(RetentionEvents.PurposeFulfilled)]
                public string? {|#0:Phone|} { get; set; }

                [PersonalData(DataCategories.Contact.Phone)]
                [RetainUntil("account-deleted+P30D")]
                public string? BackupPhone { get; set; }

                [PersonalData(DataCategories.Contact.Phone)]
                [RetainUntil(RetentionEvents.AccountDeleted)]
                public string? OtherPhone { get; set; }
            }
            """,
            """
            # Privacy Policy

            ## Information we collect

            We collect your phone number.

            ## How long we keep your information

            We delete your phone number within 30 days after you delete your account.
            """,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.RetentionDisagreesWithPolicy).WithLocation(0).WithArguments("Customer.Phone", "purpose-fulfilled", "account-deleted+P30D", "PRIVACY.md", "9"));

    // ---- PII0105 ----

    private const string SharedPhone = """
        using PiiAnalyzers;

        public class Order
        {
            [PersonalData(DataCategories.Contact.Phone)]
            [SharedWith("SF Express")]
            public string? {|#0:Phone|} { get; set; }

            [PersonalData(DataCategories.Contact.Phone)]
            public string? BackupPhone { get; set; }
        }
        """;

    [Theory]
    [InlineData("我们不会与任何第三方共享您的个人信息。")]
    [InlineData("We do not share your personal information.")]
    public Task PII0105_PolicySaysNotShared_ASharedMemberIsReported(string sentence) =>
        VerifyPolicy.VerifyAsync(
            SharedPhone,
            $"# Privacy\n\n## Information we collect\n\nWe collect your phone number. 我们会收集您的手机号码。\n\n## How we share your information\n\n{sentence}\n",
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.SharedDespitePolicy).WithLocation(0).WithArguments("Order.Phone", "SF Express", "PRIVACY.md", "9"));

    // No flat promise not to share; the recipient must be named all the same.
    [Fact]
    public Task PII0105_NotSharedWithExceptions_IsNoPromise_ButTheRecipientIsNamedNowhere() =>
        VerifyPolicy.VerifyAsync(
            SharedPhone,
            "# 隐私政策\n\n## 一、我们如何收集和使用您的个人信息\n\n我们会收集您的手机号码。\n\n## 二、我们如何共享您的个人信息\n\n除以下情形外，我们不会与任何第三方共享您的个人信息。\n",
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.SharedWithUnlistedRecipient)
                .WithLocation(0)
                .WithArguments("Order.Phone", "SF Express", "PRIVACY.md")
                .WithMessage("'Order.Phone' is shared with 'SF Express', which the privacy policy 'PRIVACY.md' does not name in its sharing or SDK sections"));

    [Fact]
    public Task PII0105_ZhPolicy_ListsTheRecipients_AnotherOneIsReported() =>
        VerifyPolicy.VerifyAsync(
            """
            using PiiAnalyzers;

            public class Installation
            {
                [PersonalData(DataCategories.Device.Id)]
                [SharedWith("友盟")]
                [SharedWith("穿山甲")]
                public string? {|#0:DeviceId|} { get; set; }
            }
            """,
            """
            # 隐私政策

            ## 一、我们如何收集和使用您的个人信息

            我们会收集您的设备标识符。

            ## 二、我们如何共享您的个人信息

            | SDK名称 | 公司 | 个人信息 |
            |---|---|---|
            | 友盟统计SDK | 友盟同欣（北京）科技有限公司 | 设备标识符 |
            """,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.SharedWithUnnamedRecipient)
                .WithLocation(0)
                .WithArguments("Installation.DeviceId", "穿山甲", "device.id", "PRIVACY.md")
                .WithMessage("'Installation.DeviceId' is shared with '穿山甲', which the privacy policy 'PRIVACY.md' does not name among the recipients of 'device.id'"));

    [Fact]
    public Task PII0105_EnPolicy_ListsTheRecipients_AnotherOneIsReported() =>
        VerifyPolicy.VerifyAsync(
            """
            using PiiAnalyzers;

            public class Subscriber
            {
                [PersonalData(DataCategories.Contact.Email)]
                [SharedWith("SendGrid")]
                [SharedWith("Mailchimp")]
                public string? {|#0:Email|} { get; set; }
            }
            """,
            """
            # Privacy Policy

            ## Information we collect

            We collect your email address.

            ## How we share your information

            We share your email address with SendGrid, Inc. to deliver our emails.
            """,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.SharedWithUnnamedRecipient).WithLocation(0).WithArguments("Subscriber.Email", "Mailchimp", "contact.email", "PRIVACY.md"));

    // ---- PII0106 ----

    private const string IdentityCode = """
        using PiiAnalyzers;

        public class Verification
        {
            [PersonalData(DataCategories.Identity.NationalId)]
            [EncryptedAtRest]
            public string? {|#0:IdCardNumber|} { get; set; }
        }
        """;

    [Theory]
    [InlineData("实名认证时，我们会收集您的身份证号码。")]
    [InlineData("To verify your identity we collect your national ID number.")]
    public Task PII0106_SensitiveCategory_NotCalledSensitive_IsReportedOnTheMember(string sentence) =>
        VerifyPolicy.VerifyAsync(
            IdentityCode,
            $"# 隐私政策\n\n## 一、我们如何收集和使用您的个人信息\n\n{sentence}\n",
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.SensitiveNotInPolicy)
                .WithLocation(0)
                .WithArguments("Verification.IdCardNumber", "identity.national-id", "PRIVACY.md"));

    [Theory]
    [InlineData("实名认证时，我们会收集您的身份证号码。身份证号码属于敏感个人信息。")]
    [InlineData("To verify your identity we collect your national ID number. Your national ID number is sensitive personal information.")]
    public Task PII0106_SensitiveCategory_CalledSensitive_IsFine(string sentence) =>
        VerifyPolicy.VerifyAsync(
            IdentityCode.Replace("{|#0:IdCardNumber|}", "IdCardNumber"),
            $"# 隐私政策\n\n## 一、我们如何收集和使用您的个人信息\n\n{sentence}\n");

    [Fact]
    public Task PII0106_MarkedSensitive_OnAnOrdinaryCategory_CountsToo() =>
        VerifyPolicy.VerifyAsync(
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                [Sensitive]
                public string? {|#0:Phone|} { get; set; }
            }
            """,
            EnPhonePolicy,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.SensitiveNotInPolicy).WithLocation(0).WithArguments("Customer.Phone", "contact.phone", "PRIVACY.md"));

    [Fact]
    public Task PII0106_AnUndeclaredSensitiveCategory_IsOnlyPII0101() =>
        VerifyPolicy.VerifyAsync(
            IdentityCode,
            ZhPhonePolicy,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.CollectedButNotDeclared).WithLocation(0).WithArguments("Verification.IdCardNumber", "identity.national-id", "PRIVACY.md"),
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.DeclaredButNotCollected).WithSpan("/PRIVACY.md", 5, 12, 5, 16).WithArguments("contact.phone", "手机号码", "PRIVACY.md"));

    // ---- PII0110 ----

    [Theory]
    [InlineData("")]
    [InlineData("\n  \n\n")]
    public Task PII0110_AnEmptyPolicy_IsReportedOnTheFile_AndNothingElse(string policy) =>
        VerifyPolicy.VerifyAsync(
            PhoneAndEmail.Replace("{|#0:Email|}", "Email"),
            policy,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.PolicyEmpty)
                .WithSpan("/PRIVACY.md", 1, 1, 1, 1)
                .WithArguments("PRIVACY.md")
                .WithMessage("The privacy policy 'PRIVACY.md' is empty; the code cannot be checked against it"));

    [Theory]
    [InlineData("# About us\n\nWe are a small company.\n", 11)]
    [InlineData("# 关于我们\n\n我们是一家小公司。\n", 7)]
    public Task PII0110_APolicyWithoutACollectionSection_IsReportedOnTheFile_AndNothingElse(string policy, int endColumn) =>
        VerifyPolicy.VerifyAsync(
            PhoneAndEmail.Replace("{|#0:Email|}", "Email"),
            policy,
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.PolicyWithoutCollectionSection).WithSpan("/PRIVACY.md", 1, 1, 1, endColumn).WithArguments("PRIVACY.md"));

    [Fact]
    public Task PII0110_AGbkPolicyReadAsLatin1_IsUnreadable() =>
        VerifyPolicy.VerifyAsync(
            PhoneAndEmail.Replace("{|#0:Email|}", "Email"),
            "# ÒþË½Õþ²ß\n\n## Ò»¡¢ÎÒÃÇÈçºÎÊÕ¼¯ºÍÊ¹ÓÃÄúµÄ¸öÈËÐÅÏ¢\n\nÎÒÃÇ»áÊÕ¼¯ÄúµÄÊÖ»úºÅÂë¡£\n",
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.PolicyUnreadable)
                .WithSpan("/PRIVACY.md", 1, 1, 1, 11)
                .WithArguments("PRIVACY.md", "it is not valid UTF-8 text (it may be GBK or GB18030). Save the policy as UTF-8."));

    // ---- structured declarations ----

    [Fact]
    public Task StructuredJson_DeclaresCategoriesAndEncryption() =>
        VerifyPolicy.VerifyAsync(
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public string? Phone { get; set; }

                [PersonalData(DataCategories.Contact.Email)]
                public string? {|#0:Email|} { get; set; }

                [PersonalData(DataCategories.Profile.Name)]
                public string? {|#1:Name|} { get; set; }
            }
            """,
            """
            {
              "categories": [
                "contact.phone",
                { "id": "contact.email", "encrypted": true }
              ]
            }
            """,
            "/privacy.json",
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.EncryptionPromisedButMissing).WithLocation(0).WithArguments("Customer.Email", "contact.email", "privacy.json", "4"),
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.CollectedButNotDeclared).WithLocation(1).WithArguments("Customer.Name", "profile.name", "privacy.json"));

    [Fact]
    public Task StructuredYaml_AnUnknownId_IsPII0110OnItsLine_AndTheRestIsChecked() =>
        VerifyPolicy.VerifyAsync(
            """
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public string? Phone { get; set; }

                [PersonalData(DataCategories.Contact.Email)]
                [RetainUntil("account-deleted+P3D")]
                public string? {|#0:Email|} { get; set; }
            }
            """,
            """
            categories:
              - contact.phone
              - contact.phon
              - id: contact.email
                retention: account-deleted
            """,
            "/privacy.yml",
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.PolicyUnknownCategory).WithSpan("/privacy.yml", 3, 5, 3, 17).WithArguments("privacy.yml", "contact.phon"),
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.RetentionDisagreesWithPolicy).WithLocation(0).WithArguments("Customer.Email", "account-deleted+P3D", "account-deleted", "privacy.yml", "4"));

    [Fact]
    public Task StructuredJson_Malformed_IsPII0110_AndNothingElse() =>
        VerifyPolicy.VerifyAsync(
            PhoneAndEmail.Replace("{|#0:Email|}", "Email"),
            "{ \"categories\": [ \"contact.phone\",\n",
            "/privacy.json",

            // The reader places an unexpected end of text on the line after the last one.
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.PolicyMalformed).WithSpan("/privacy.json", 2, 1, 2, 1).WithArguments("privacy.json", "The declaration is not valid JSON: unexpected end of text."));

    // ---- generated code ----

    [Fact]
    public Task GeneratedCode_IsNotPartOfTheInventory() =>
        VerifyPolicy.VerifyAsync(
            """
            // <auto-generated/>
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string? Email { get; set; }
            }
            """,
            EnPhonePolicy,
            new DiagnosticResult(DiagnosticDescriptors.DeclaredButNotCollected).WithSpan("/PRIVACY.md", 5, 17, 5, 29).WithArguments("contact.phone", "phone number", "PRIVACY.md"));
}
