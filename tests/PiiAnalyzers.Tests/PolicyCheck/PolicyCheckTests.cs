using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Model;
using PiiAnalyzers.Policy;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Tests.PolicyChecks;

/// <summary><see cref="PolicyCheck"/> on its own: symbol-free elements against a read policy, as <c>pii check</c> will use it.</summary>
public class PolicyCheckTests
{
    [Theory]
    [InlineData("account-deleted", "account-deleted", true)]
    [InlineData("account-deleted+P3D", "account-deleted+P15D", true)]
    [InlineData("account-deleted+P15D", "account-deleted+P15D", true)]
    [InlineData("account-deleted+P30D", "account-deleted+P15D", false)]
    [InlineData("account-deleted+P3D", "account-deleted", false)]
    [InlineData("P180D", "P6M", true)]
    [InlineData("P6M", "P180D", false)]
    [InlineData("P12M", "P1Y", true)]
    [InlineData("P2Y", "P1Y", false)]
    [InlineData("not-stored", "P1Y", true)]
    [InlineData("not-stored", "not-stored", true)]
    [InlineData("P1D", "not-stored", false)]
    [InlineData("account-deleted", "P3Y", false)]
    [InlineData("purpose-fulfilled", "account-deleted", false)]
    [InlineData("PT12H", "P1D", true)]
    public void IsWithin_ComparesEventsAndDurations(string code, string policy, bool within) =>
        Assert.Equal(within, PolicyCheck.IsWithin(Rule(code), Rule(policy)));

    [Fact]
    public void Retention_WithoutAClaimForTheCategory_IsHeldAgainstTheGeneralClaims_AndAgreesWithAnyOfThem()
    {
        var policy = Read("""
            # Privacy Policy

            ## Information we collect

            We collect your phone number and email address.

            ## How long we keep your information

            We keep your personal information only as long as necessary.
            We delete your data within 30 days after you delete your account.
            """);
        var withinSecond = Element("Customer.Phone", "contact.phone", retention: "account-deleted+P7D");
        var withinNone = Element("Customer.Email", "contact.email", retention: "P5Y");

        var finding = Assert.Single(PolicyCheck.Run([withinSecond, withinNone], policy, CategoryTaxonomy.BuiltIn));

        Assert.Equal(PolicyFindingKind.RetentionDisagrees, finding.Kind);
        Assert.Same(withinNone, finding.Element);
        Assert.Equal(["Customer.Email", "P5Y", "purpose-fulfilled", "PRIVACY.md", "9"], finding.Arguments.ToArray());
    }

    [Fact]
    public void AParameter_IsCollected_ButNoStoragePromiseAppliesToIt()
    {
        var policy = Read("""
            # 隐私政策

            ## 一、我们如何收集和使用您的个人信息

            注册时，我们会收集您的手机号码。

            ## 二、我们如何存储和保护您的个人信息

            我们对您的手机号码进行加密存储。注销账号后，我们会删除您的手机号码。
            """);
        var parameter = Element("SignUp.Register(phone)", "contact.phone", stored: false, retention: "P1Y");

        Assert.Empty(PolicyCheck.Run([parameter], policy, CategoryTaxonomy.BuiltIn));
    }

    [Fact]
    public void AnUnusablePolicy_GivesOnlyItsProblem()
    {
        var policy = PolicyReader.Read("# About us\n\nWe are a small company.\n", "/docs/PRIVACY.md");

        var finding = Assert.Single(PolicyCheck.Run([Element("Customer.Email", "contact.email")], policy, CategoryTaxonomy.BuiltIn));

        Assert.Equal(PolicyFindingKind.PolicyNoCollectionSection, finding.Kind);
        Assert.Equal("PII0110", finding.RuleId);
        Assert.True(finding.IsOnPolicy);
        Assert.Equal(1, finding.PolicyLocation!.Value.Line);
        Assert.Equal(["PRIVACY.md"], finding.Arguments.ToArray());
    }

    [Fact]
    public void Findings_ComeInOrder_PolicyProblemsThenElementsThenUncollectedDeclarations()
    {
        var policy = PolicyReader.Read("""
            categories:
              - contact.phone
              - contact.phon
              - identity.national-id
            encrypted: [contact.phone]
            """, "privacy.yml");
        var unspecified1 = Element("User.Phone", CategoryTaxonomy.UnspecifiedId);
        var phone = Element("Customer.Phone", "contact.phone");
        var unknown = Element("Customer.Mobile", "contact.phon");
        var unspecified2 = Element("User.Email", CategoryTaxonomy.UnspecifiedId);
        var email = Element("Customer.Email", "contact.email", sensitive: true);

        var findings = PolicyCheck.Run([unspecified1, phone, unknown, unspecified2, email], policy, CategoryTaxonomy.BuiltIn);

        Assert.Equal(
            [
                "PII0110 PolicyUnknownCategory at policy line 3: privacy.yml | contact.phon",
                "PII0101 Unspecified at User.Phone: 2 | User.Phone | privacy.yml",
                "PII0103 NotEncrypted at Customer.Phone: Customer.Phone | contact.phone | privacy.yml | 5",
                "PII0101 Undeclared at Customer.Email: Customer.Email | contact.email | privacy.yml",
                "PII0102 NeverCollected at policy line 4: identity.national-id | identity.national-id | privacy.yml",
            ],
            findings.Select(finding => finding.ToString()).ToArray());
        Assert.Equal([unspecified2], findings[1].OtherElements.ToArray());
    }

    [Fact]
    public void NoElements_AndNoDeclarations_IsClean() =>
        Assert.Empty(PolicyCheck.Run([], Read("# Privacy\n\n## Information we collect\n\nWe collect nothing.\n"), CategoryTaxonomy.BuiltIn));

    [Fact]
    public void FromMember_NamesFieldsPropertiesAndParameters()
    {
        var compilation = Verifiers.TestCompilation.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone), SharedWith("SF Express"), RetainUntil("P30D"), EncryptedAtRest]
                public string? Phone { get; set; }

                public Customer([PersonalData(DataCategories.Contact.Email)] string email) { }

                public void Register([PersonalData(DataCategories.Profile.Name)] string name) { }
            }
            """);
        var model = PersonalDataModel.Create(compilation, options: null);
        var type = compilation.GetTypeByMetadataName("Customer")!;

        var phone = PolicyCheckElement.FromMember(model.GetMember(type.GetMembers("Phone").Single())!);
        var email = PolicyCheckElement.FromMember(model.GetMember(type.InstanceConstructors.Single().Parameters[0])!);
        var name = PolicyCheckElement.FromMember(model.GetMember(type.GetMembers("Register").OfType<Microsoft.CodeAnalysis.IMethodSymbol>().Single().Parameters[0])!);

        Assert.Equal(("Customer.Phone", "contact.phone", true, true, "P30D"), (phone.Name, phone.Category, phone.IsStored, phone.IsEncryptedAtRest, phone.Retention?.Text));
        Assert.Equal(["SF Express"], phone.Recipients.ToArray());
        Assert.Equal(("Customer(email)", false), (email.Name, email.IsStored));
        Assert.Equal(("Customer.Register(name)", false), (name.Name, name.IsStored));
    }

    [Theory]
    [InlineData("# 隐私政策\n\n我们会收集您的手机号码。", false)]
    [InlineData("# Politique de confidentialité\n\nNous collectons votre numéro de téléphone, votre adresse électronique et vos préférences.", false)]
    [InlineData("# ÒþË½Õþ²ß\n\nÎÒÃÇ»áÊÕ¼¯ÄúµÄÊÖ»úºÅÂë¡£ÎÒÃÇ»áÊÕ¼¯ÄúµÄÊÖ»úºÅÂë¡£", true)]
    [InlineData("We collect your phone \uFFFD number.", true)]
    [InlineData("We collect\0your phone number.", true)]
    public void FindTextProblem_TellsMisdecodedAndBinaryText(string text, bool isProblem) =>
        Assert.Equal(isProblem, PolicyCheck.FindTextProblem(text) is not null);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryKind_HasADescriptorOfItsRule(PolicyFindingKind kind)
    {
        var descriptor = PrivacyPolicyAnalyzer.GetDescriptor(kind);

        Assert.Equal(PolicyFinding.RuleIdOf(kind), descriptor.Id);
        Assert.Contains(descriptor, new PrivacyPolicyAnalyzer().SupportedDiagnostics);
        Assert.Contains(Microsoft.CodeAnalysis.WellKnownDiagnosticTags.CompilationEnd, descriptor.CustomTags);
    }

    [Fact]
    public void EveryFinding_FillsEveryPlaceholderOfItsMessage_InEnglishAndChinese()
    {
        var policy = Read("""
            # 隐私政策

            ## 一、我们如何收集和使用您的个人信息

            注册时，我们会收集您的手机号码、身份证号码和设备标识符。

            ## 二、我们如何存储和保护您的个人信息

            我们对您的手机号码进行加密存储。注销账号后，我们会在15个工作日内删除您的手机号码。

            ## 三、我们如何共享您的个人信息

            | SDK名称 | 公司 | 个人信息 |
            |---|---|---|
            | 友盟统计SDK | 友盟同欣（北京）科技有限公司 | 设备标识符 |
            """);
        var findings = PolicyCheck.Run(
            [
                Element("A.Phone", "contact.phone", retention: "P1Y"),
                Element("A.IdNumber", "identity.national-id", sensitive: true),
                Element("A.DeviceId", "device.id", recipients: ["穿山甲"]),
                new PolicyCheckElement("A.Email", "contact.email", false, true, null, [new PolicyCheckRecipient("Twilio", "US")], false),
                Element("A.User", CategoryTaxonomy.UnspecifiedId),
            ],
            policy,
            CategoryTaxonomy.BuiltIn);

        Assert.Equal(
            [
                PolicyFindingKind.Unspecified, PolicyFindingKind.NotEncrypted, PolicyFindingKind.RetentionDisagrees, PolicyFindingKind.NotCalledSensitive,
                PolicyFindingKind.SharedWithUnnamedRecipient, PolicyFindingKind.Undeclared, PolicyFindingKind.SharedWithUnlistedRecipient,
                PolicyFindingKind.CrossBorderNotStated, PolicyFindingKind.RecipientNeverUsed,
            ],
            findings.Select(finding => finding.Kind).ToArray());
        foreach (var finding in findings)
        {
            foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("zh-Hans") })
            {
                var format = PrivacyPolicyAnalyzer.GetDescriptor(finding.Kind).MessageFormat.ToString(culture);
                var highest = Regex.Matches(format, @"\{(\d+)\}").Select(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)).Max();
                Assert.Equal(highest + 1, finding.Arguments.Length);
            }
        }
    }

    public static TheoryData<PolicyFindingKind> Kinds()
    {
        var data = new TheoryData<PolicyFindingKind>();
        foreach (var kind in Enum.GetValues<PolicyFindingKind>())
        {
            data.Add(kind);
        }

        return data;
    }

    private static PolicyDocument Read(string text) => PolicyReader.Read(text, "/repo/PRIVACY.md");

    private static RetentionRule Rule(string text)
    {
        Assert.True(RetentionRule.TryParse(text, out var rule), text);
        return rule!;
    }

    private static PolicyCheckElement Element(
        string name,
        string category,
        bool sensitive = false,
        bool stored = true,
        string? retention = null,
        string[]? recipients = null,
        bool encrypted = false) =>
        new(name, category, sensitive, stored, retention is null ? null : Rule(retention), (recipients ?? []).ToImmutableArray(), encrypted);
}
