using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Tests.Policy;

/// <summary>Claims on real wording: negation and uncertainty, hashing, definitions, direction, minimums, cross-border, SDK rows.</summary>
public class PolicyClaimWordingTests
{
    [Theory]
    [InlineData("电子邮件、即时通讯等交流方式并未加密。")]
    [InlineData("我们不会加密您的昵称。")]
    [InlineData("即时通讯的交流方式无法确定是否完全加密。")]
    [InlineData("Your messages are not encrypted.")]
    [InlineData("我们对您的密码进行哈希处理。")]
    [InlineData("We store a salted hash of your password.")]
    [InlineData("我们对您的手机号码进行去标识化处理。")]
    [InlineData("聊天记录以明文存储，未经加密。")]
    public void Negated_uncertain_and_one_way_wording_promises_no_encryption(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Encryption);

    [Theory]
    [InlineData("我们对您的身份证号码进行加密存储。", true, null)]
    [InlineData("我们使用 TLS 加密传输您的手机号码。", false, null)]
    [InlineData("我们可能会对您的手机号码进行加密存储。", true, "hedged (\"可能\")")]
    [InlineData("We encrypt your bank account number.", true, "does not say the data is stored encrypted")]
    public void Encryption_claims_say_where_and_how_clear(string sentence, bool isAtRest, string? unclearReason)
    {
        var claim = Assert.Single(Read(sentence).Claims.Encryption);

        Assert.Equal(isAtRest, claim.IsAtRest);
        Assert.Equal(unclearReason, claim.UnclearReason);
        Assert.Equal(unclearReason is null ? ClaimConfidence.Clear : ClaimConfidence.Unclear, claim.Confidence);
    }

    [Theory]
    [InlineData("敏感个人信息是指一旦泄露可能危害人身安全的信息，包括种族、民族、宗教信仰、生物识别信息等。")]
    [InlineData("敏感个人信息是指一旦泄露可能危害人身安全的信息。例如，宗教信仰、生物识别信息均属于敏感个人信息。")]
    public void A_definition_and_its_examples_call_nothing_sensitive(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Sensitive);

    [Fact]
    public void That_information_is_sensitive_points_back_at_the_list_before_it()
    {
        var claim = Assert.Single(Read("我们会收集您的身份证号码和人脸图像，该信息属于敏感个人信息。").Claims.Sensitive);

        Assert.Equal(["identity.national-id", "biometric.face"], claim.Categories.ToArray());
        Assert.Equal(ClaimConfidence.Clear, claim.Confidence);
    }

    [Fact]
    public void Negation_is_looked_for_in_the_whole_clause()
    {
        var claim = Assert.Single(Read("我们不会将您的个人信息与任何第三方公司、组织和个人进行共享。").Claims.Sharing);

        Assert.Equal(SharingClaimKind.NotShared, claim.Kind);
    }

    [Theory]
    [InlineData("我们会从合作伙伴处获取您的订单信息。")]
    [InlineData("合作方向我们提供您的手机号码。")]
    [InlineData("We receive your email address from our partners.")]
    public void Data_coming_in_from_partners_is_not_shared_out(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Sharing);

    [Theory]
    [InlineData("我们会向顺丰速运提供您的收货地址。", new[] { "顺丰速运" }, new string[0], new[] { "contact.address" })]
    [InlineData("我们会向快递服务方提供您的收货地址。", new string[0], new[] { "快递服务方" }, new[] { "contact.address" })]
    [InlineData("我们会与关联方共享您的订单信息。", new string[0], new[] { "关联方" }, new[] { "financial.transaction" })]
    [InlineData("我们会将您注册账号时提供的手机号码共享给顺达物流。", new[] { "顺达物流" }, new string[0], new[] { "contact.phone" })]
    public void Recipients_are_named_or_named_by_kind_and_the_account_is_not_the_data(string sentence, string[] recipients, string[] kinds, string[] categories)
    {
        var claim = Assert.Single(Read(sentence).Claims.Sharing);

        Assert.Equal(SharingClaimKind.SharedWith, claim.Kind);
        Assert.Equal(recipients, claim.Recipients.ToArray());
        Assert.Equal(kinds, claim.RecipientKinds.ToArray());
        Assert.Equal(categories, claim.Categories.ToArray());
    }

    [Theory]
    [InlineData("交易记录自交易完成之日起保存不少于三年。", "P3Y", "自交易完成之日起")]
    [InlineData("We keep invoices for at least seven years from the date of the transaction.", "P7Y", "from the date of the transaction")]
    public void A_legal_minimum_is_a_minimum_with_its_start(string sentence, string rule, string since)
    {
        var claim = Assert.Single(Read(sentence).Claims.Retention);

        Assert.Equal((rule, true, since), (claim.Rule, claim.IsMinimum, claim.Since));
    }

    [Fact]
    public void Not_kept_in_any_words_is_not_stored() =>
        Assert.Equal("not-stored", Assert.Single(Read("我们不会对您的人脸信息进行留存。").Claims.Retention).Rule);

    [Fact]
    public void A_rule_that_gives_way_to_the_law_is_unclear()
    {
        var claim = Assert.Single(Read("注销账号后，我们将在15日内删除您的个人信息，法律法规另有规定的除外。").Claims.Retention);

        Assert.Equal(("account-deleted+P15D", "gives way to what the law requires (\"法律法规另有规定\")"), (claim.Rule, claim.UnclearReason));
    }

    [Theory]
    [InlineData("我们在中华人民共和国境内收集和产生的个人信息，将存储在中华人民共和国境内。", CrossBorderClaimKind.StaysInCountry, null)]
    [InlineData("我们不会将您的个人信息传输至境外。", CrossBorderClaimKind.StaysInCountry, null)]
    [InlineData("如需跨境传输，我们会单独征得您的同意。", CrossBorderClaimKind.TransferredAbroad, "conditional (\"如需\")")]
    [InlineData("We transfer your data to servers outside the EEA.", CrossBorderClaimKind.TransferredAbroad, null)]
    public void Cross_border_statements_are_claims(string sentence, CrossBorderClaimKind kind, string? unclearReason)
    {
        var claim = Assert.Single(Read(sentence).Claims.CrossBorder);

        Assert.Equal((kind, unclearReason), (claim.Kind, claim.UnclearReason));
    }

    [Fact]
    public void Each_sdk_row_binds_its_company_purpose_and_data_and_a_row_without_data_is_unclear()
    {
        const string Text = """
            ## 我们如何共享您的个人信息

            SDK名称：友盟统计SDK
            公司名称：友盟同欣（北京）科技有限公司
            使用目的：统计分析
            收集个人信息类型：设备标识符、IP地址

            SDK名称：阿里云实人认证SDK
            公司名称：阿里云计算有限公司
            使用目的：身份核验
            """;

        var claims = PolicyReader.Read(Text, "policy.md").Claims.Sharing;

        Assert.Equal(2, claims.Length);
        Assert.Equal(["友盟统计SDK", "友盟同欣（北京）科技有限公司"], claims[0].Recipients.ToArray());
        Assert.Equal(["device.id", "online.ip-address"], claims[0].Categories.ToArray());
        Assert.Equal(("统计分析", null), (claims[0].Purpose, claims[0].UnclearReason));
        Assert.Equal(["阿里云实人认证SDK", "阿里云计算有限公司"], claims[1].Recipients.ToArray());
        Assert.Equal(("身份核验", "names no data the recipient receives"), (claims[1].Purpose, claims[1].UnclearReason));
        Assert.Empty(claims[1].Categories);
        Assert.Equal(3, claims[0].Evidence.Line);
    }

    private static PolicyDocument Read(string sentence) =>
        PolicyReader.Read("# Information we collect\n\n" + sentence + "\n", "policy.md");
}
