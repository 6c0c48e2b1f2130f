using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Tests.Policy;

public class PolicyClaimTests
{
    [Theory]
    [InlineData("我们对您的手机号码进行加密存储。", true)]
    [InlineData("您的身份证号码将被加密传输和存储。", true)]
    [InlineData("Your password is encrypted at rest.", true)]
    [InlineData("We encrypt your bank account number.", true)]
    [InlineData("我们使用 HTTPS 加密传输您的手机号码。", false)]
    public void Encryption_claims_name_their_categories(string sentence, bool isAtRest)
    {
        var claim = Assert.Single(Read(sentence).Claims.Encryption);

        Assert.Equal(isAtRest, claim.IsAtRest);
        Assert.Single(claim.Categories);
        Assert.Equal(3, claim.Evidence.Line);
        Assert.Equal(sentence, claim.Evidence.Text);
    }

    [Theory]
    [InlineData("您注销账号后，我们将删除您的个人信息。", "account-deleted")]
    [InlineData("注销账号后，我们会在15个工作日内删除您的手机号码。", "account-deleted+P15D")]
    [InlineData("We delete your data within 30 days after you delete your account.", "account-deleted+P30D")]
    [InlineData("交易记录自交易完成之日起保存三年。", "P3Y")]
    [InlineData("注销账号后，我们将在3年内保存您的交易记录。", "account-deleted+P3Y")]
    [InlineData("您的账号注销之后，订单信息仍将保存三年。", "account-deleted+P3Y")]
    [InlineData("We keep your order history for 3 years after you close your account.", "account-deleted+P3Y")]
    [InlineData("您的订单信息将保存三年，您也可以随时注销账号。", "P3Y")]
    [InlineData("Server logs are kept for 90 days.", "P90D")]
    [InlineData("日志信息保存半年。", "P6M")]
    [InlineData("我们仅在实现目的所必需的最短期限内保存您的个人信息。", "purpose-fulfilled")]
    [InlineData("人脸图像仅用于比对，我们不保留人脸图像。", "not-stored")]
    [InlineData("Photos are processed on your device and are not stored.", "not-stored")]
    [InlineData("您撤回同意后，我们将删除相应信息。", "consent-withdrawn")]
    public void Retention_statements_become_rules(string sentence, string rule) =>
        Assert.Equal(rule, Assert.Single(Read(sentence).Claims.Retention).Rule);

    [Fact]
    public void Retention_attaches_to_the_categories_the_sentence_names()
    {
        var claim = Assert.Single(Read("注销账号后，我们会在15个工作日内删除您的手机号码。").Claims.Retention);

        Assert.Contains("contact.phone", claim.Categories);
    }

    [Fact]
    public void A_sentence_without_a_rule_is_not_a_retention_claim() =>
        Assert.Empty(Read("您可以删除您的评论。We will reply within 15 days.").Claims.Retention);

    [Theory]
    [InlineData("我们不会与任何第三方共享您的个人信息。", SharingClaimKind.NotShared, false)]
    [InlineData("除以下情形外，我们不会与任何第三方共享您的个人信息。", SharingClaimKind.NotShared, true)]
    [InlineData("We do not share your personal information.", SharingClaimKind.NotShared, false)]
    [InlineData("We do not sell your personal information.", SharingClaimKind.NotSold, false)]
    [InlineData("我们不会出售您的个人信息。", SharingClaimKind.NotSold, false)]
    [InlineData("Beyond these cases, we do not share your personal information.", SharingClaimKind.NotShared, true)]
    public void Not_shared_statements_are_claims(string sentence, SharingClaimKind kind, bool hasExceptions)
    {
        var claim = Assert.Single(Read(sentence).Claims.Sharing);

        Assert.Equal(kind, claim.Kind);
        Assert.Equal(hasExceptions, claim.HasExceptions);
    }

    [Fact]
    public void Named_recipients_and_sdk_lists_are_sharing_claims()
    {
        const string Text = """
            ## 我们如何共享您的个人信息

            | SDK名称 | 公司 | 个人信息 |
            |---|---|---|
            | 友盟统计SDK | 友盟同欣（北京）科技有限公司 | 设备标识符、IP地址 |

            We share your name and phone number with DHL Express Ltd. for delivery, and payments with Stripe, Inc.
            """;

        var claims = PolicyReader.Read(Text, "policy.md").Claims.Sharing;

        var sdk = Assert.Single(claims, claim => claim.Recipients.Contains("友盟统计SDK"));
        Assert.Contains("友盟同欣（北京）科技有限公司", sdk.Recipients);
        Assert.Equal(["device.id", "online.ip-address"], sdk.Categories.ToArray());
        Assert.Equal(5, sdk.Evidence.Line);
        var delivery = Assert.Single(claims, claim => claim.Recipients.Contains("DHL Express Ltd."));
        Assert.Contains("Stripe, Inc.", delivery.Recipients);
        Assert.Equal(SharingClaimKind.SharedWith, delivery.Kind);
    }

    [Fact]
    public void Sensitive_claims_name_the_categories_called_sensitive()
    {
        var document = Read("我们会收集您的昵称，上述信息中，身份证号码、人脸信息属于敏感个人信息。");

        var claim = Assert.Single(document.Claims.Sensitive);
        Assert.Equal(["identity.national-id", "biometric.face"], claim.Categories.ToArray());
    }

    [Theory]
    [InlineData("您注销账号后，我们将在15日内删除您的个人信息。")]
    [InlineData("注销账号后，我们将在15日内删除个人信息。")]
    [InlineData("We will delete your personal information within 15 days after you close your account.")]
    public void An_account_event_does_not_narrow_a_claim_about_all_personal_information(string sentence)
    {
        var claim = Assert.Single(Read(sentence).Claims.Retention);

        Assert.Equal("account-deleted+P15D", claim.Rule);
        Assert.Empty(claim.Categories);
    }

    [Theory]
    [InlineData("您可以在“我的”页面删除收货地址和已绑定的银行卡，或注销账号。")]
    [InlineData("您有权删除您的收货地址或注销账号。")]
    [InlineData("You can delete your shipping address or close your account in Settings.")]
    [InlineData("You have the right to delete your bank card and close your account.")]
    public void What_the_user_can_do_is_not_a_retention_claim(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Retention);

    [Fact]
    public void A_recipient_named_after_a_provided_to_verb_is_a_shared_with_claim()
    {
        var claim = Assert.Single(Read("我们会将订单金额和银行卡信息提供给连付支付（LianPay）用于完成支付。").Claims.Sharing);

        Assert.Equal(SharingClaimKind.SharedWith, claim.Kind);
        Assert.Equal(["连付支付", "LianPay"], claim.Recipients.ToArray());
        Assert.Equal(["financial.transaction", "financial.bank-account"], claim.Categories.ToArray());
    }

    [Theory]
    [InlineData("我们会将您的收货地址提供给商家以完成配送。", new[] { "商家" })]
    [InlineData("我们可能会将您的信息提供给政府部门或我们的合作伙伴。", new[] { "政府部门", "合作伙伴" })]
    [InlineData("We share usage data with advertisers and our partners.", new[] { "advertisers", "partners" })]
    public void Kinds_of_recipients_are_not_named_recipients_but_kinds(string sentence, string[] kinds)
    {
        var claim = Assert.Single(Read(sentence).Claims.Sharing);

        Assert.Equal(SharingClaimKind.SharedWith, claim.Kind);
        Assert.Empty(claim.Recipients);
        Assert.Equal(kinds, claim.RecipientKinds.ToArray());
    }

    [Theory]
    [InlineData("我们会将您的手机号码共享给顺达物流，用于配送。", "顺达物流", "contact.phone")]
    [InlineData("We share your email address with Acme Mailer to send receipts.", "Acme Mailer", "contact.email")]
    [InlineData("Your phone number is provided to Parcelgo for delivery.", "Parcelgo", "contact.phone")]
    public void Recipients_without_a_company_suffix_are_named(string sentence, string recipient, string category)
    {
        var claim = Assert.Single(Read(sentence).Claims.Sharing);

        Assert.Equal(SharingClaimKind.SharedWith, claim.Kind);
        Assert.Equal([recipient], claim.Recipients.ToArray());
        Assert.Equal([category], claim.Categories.ToArray());
    }

    [Theory]
    [InlineData("Your national ID number, facial data, bank card number and transaction history are sensitive personal information.", new[] { "identity.national-id", "biometric.face", "financial.bank-account", "financial.transaction" })]
    [InlineData("Sensitive personal information: your national ID number, facial data and bank card number.", new[] { "identity.national-id", "biometric.face", "financial.bank-account" })]
    [InlineData("We collect your phone number, and sensitive personal information such as health data.", new[] { "health" })]
    public void English_sensitive_claims_name_every_listed_category(string sentence, string[] categories) =>
        Assert.Equal(categories, Assert.Single(Read(sentence).Claims.Sensitive).Categories.ToArray());

    [Fact]
    public void Data_deleted_right_after_its_one_use_is_not_stored()
    {
        var claim = Assert.Single(Read("人脸图像仅用于本次核验，核验完成后立即删除，不予保存。").Claims.Retention);

        Assert.Equal("not-stored", claim.Rule);
        Assert.Equal(["biometric.face"], claim.Categories.ToArray());
    }

    private static PolicyDocument Read(string sentence) =>
        PolicyReader.Read("# Information we collect\n\n" + sentence + "\n", "policy.md");
}
