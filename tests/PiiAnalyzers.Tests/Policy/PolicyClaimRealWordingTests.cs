using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Tests.Policy;

/// <summary>Wordings met reading real policies (CA4P-483 development half, the shared policies), each rewritten short.</summary>
public class PolicyClaimRealWordingTests
{
    [Theory]
    [InlineData("如您不提供上述信息，我们将无法向您提供需实名认证的服务。")]
    [InlineData("您不可避免地要向交易对方披露自己的联系方式。")]
    [InlineData("我们不会对外公开披露所收集的个人信息。")]
    [InlineData("共享经去标识化处理的个人信息，不属于个人信息的对外共享。")]
    [InlineData("我们的合作伙伴无权将共享的个人信息用于任何其他用途。")]
    [InlineData("目前不存在向境外提供个人信息的场景。")]
    public void Wordings_that_are_not_a_promise_not_to_share(string sentence) =>
        Assert.DoesNotContain(Read(sentence).Claims.Sharing, claim => claim.Kind is SharingClaimKind.NotShared or SharingClaimKind.NotSold);

    [Fact]
    public void Commas_inside_brackets_do_not_end_the_negated_clause()
    {
        var claim = Assert.Single(Read("除非得到您的许可，否则我们不会将您的个人身份信息（例如姓名，或电子邮箱）与提供广告服务的合作伙伴分享。").Claims.Sharing);

        Assert.Equal((SharingClaimKind.NotShared, true), (claim.Kind, claim.HasExceptions));
    }

    [Fact]
    public void A_not_shared_statement_that_asks_for_consent_otherwise_has_exceptions() =>
        Assert.True(Assert.Single(Read("我们不会主动共享您的个人信息，如存在其他共享情形，我们会征得您的明示同意。").Claims.Sharing).HasExceptions);

    [Theory]
    [InlineData("我们授权从关联公司处接收您的交易信息。")]
    [InlineData("若您以第三方账号关联登录，我们会向第三方请求接入您的昵称。")]
    [InlineData("为了向您提供快捷登录服务，我们接入了某某SDK，该SDK需要从某某平台获取您授权共享的头像、昵称。")]
    [InlineData("我们也可能会向我们的合作伙伴收集经您授权可以共享的信息。")]
    [InlineData("我们可能会获得您在使用第三方服务时所产生或分享的信息。")]
    public void More_data_coming_in_is_not_shared_out(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Sharing);

    [Theory]
    [InlineData("我们不会向其他任何公司、组织和个人共享您的手机号码。")]
    [InlineData("我们会向服务提供商、业务合作伙伴共享您的设备信息。")]
    public void Kinds_and_generic_phrases_are_not_named_recipients(string sentence) =>
        Assert.All(Read(sentence).Claims.Sharing, claim => Assert.Empty(claim.Recipients));

    [Fact]
    public void A_name_ending_in_SDK_with_a_colon_is_a_sentence_not_a_label()
    {
        var claim = Assert.Single(Read("（1）小米推送SDK：为了推送通知，我们使用了小米推送SDK，该SDK需要获取您的设备标识符。").Claims.Sharing);

        Assert.Equal(["device.id"], claim.Categories.ToArray());
        Assert.Equal(ClaimConfidence.Clear, claim.Confidence);
    }

    [Fact]
    public void A_kind_of_recipient_inside_a_mention_of_data_is_the_data() =>
        Assert.Empty(Read("网上交易时，我们会共享您的银行账户信息。").Claims.Sharing.SelectMany(claim => claim.RecipientKinds));

    [Fact]
    public void A_right_of_the_user_is_not_a_retention_rule() =>
        Assert.Empty(Read("我们尽全力保护您对于您个人信息访问、更正、删除以及撤回同意的权利。").Claims.Retention);

    [Fact]
    public void A_date_is_not_a_duration() =>
        Assert.Empty(Read("本版发布日期：2020年10月1日，我们会保存本政策的历史版本。").Claims.Retention);

    [Fact]
    public void A_keeping_word_that_modifies_a_noun_is_not_negated_keeping() =>
        Assert.Empty(Read("我们不会将存储在分析软件中的信息与您的身份证号码相结合。").Claims.Retention);

    [Fact]
    public void A_cross_reference_is_not_a_cross_border_claim() =>
        Assert.Empty(Read("关于您的个人信息的存储和跨境转移规则请见第十条。").Claims.CrossBorder);

    [Theory]
    [InlineData("禾木优选是一家提供跨境及国内商品零售服务的网上商城。")]
    [InlineData("我们为您提供跨境电商服务，并存储您的订单信息。")]
    [InlineData("We provide cross-border e-commerce services and process your orders.")]
    public void Trade_across_the_border_is_not_data_leaving_the_country(string sentence) =>
        Assert.Empty(Read(sentence).Claims.CrossBorder);

    [Theory]
    [InlineData("当需要向境外传输个人信息时，我们将按照法律法规的规定执行。", "conditional (\"当需要\")")]
    [InlineData("如将来涉及向境外传输个人信息，我们将另行征得您的同意。", "conditional (\"如将来\")")]
    [InlineData("例如，我们会请求您对跨境转移个人信息的同意。", "an example (\"例如\")")]
    public void Transfers_abroad_when_needed_or_as_examples_are_unclear(string sentence, string reason) =>
        Assert.Equal(reason, Assert.Single(Read(sentence).Claims.CrossBorder).UnclearReason);

    [Theory]
    [InlineData("1.2.1 日志信息：您使用服务时，系统可能自动保存您的日志信息。")]
    [InlineData("我们不会将我们存储在分析软件中的信息与您的个人身份信息相结合。")]
    public void Section_numbers_and_relative_clauses_state_no_retention(string sentence) =>
        Assert.DoesNotContain(Read(sentence).Claims.Retention, claim => claim.Rule is "not-stored" or "P1D");

    [Fact]
    public void The_standards_list_of_sensitive_information_is_unclear()
    {
        var claim = Assert.Single(Read("个人敏感信息包括：身份证号码、个人生物识别信息、银行账号。").Claims.Sensitive);

        Assert.Equal("defines the term by a list (\"个人敏感信息\")", claim.UnclearReason);
    }

    [Fact]
    public void A_purpose_clause_names_no_data_of_the_encryption_claim() =>
        Assert.Equal(
            ["account.username", "contact.email"],
            Assert.Single(Read("我们对于用户的用户名、电子邮箱进行加密存储，保证用户基本信息不会被恶意获取。").Claims.Encryption).Categories.ToArray());

    [Fact]
    public void Deleting_an_account_deletes_no_data_by_itself() =>
        Assert.Empty(Read("会员在本平台删除账号或后期不继续使用，注销账号时会员可以通过手机联系平台。").Claims.Retention);

    [Fact]
    public void A_run_of_text_too_long_to_split_makes_only_unclear_claims()
    {
        var sentence = "我们对您的手机号码进行加密存储" + new string('，', 1) + string.Concat(Enumerable.Repeat("并采取访问控制等安全措施保护您的信息", 20)) + "。";

        Assert.Equal("too long a sentence to tell which data it is about", Assert.Single(Read(sentence).Claims.Encryption).UnclearReason);
    }

    [Fact]
    public void A_legal_minimum_beside_the_purpose_rule_leaves_the_purpose_rule_for_the_rest()
    {
        var claims = Read("我们只会在达成本政策所述目的所需的期限内保留您的个人信息，除非法律有强制的留存要求，例如法律要求交易信息保存时间自交易完成之日起不少于三年。").Claims.Retention;

        Assert.Equal(
            ["P3Y financial.transaction clear", "purpose-fulfilled  unclear"],
            claims.Select(claim => claim.Rule + " " + string.Join(",", claim.Categories) + " " + (claim.Confidence == ClaimConfidence.Clear ? "clear" : "unclear")).ToArray());
    }

    [Fact]
    public void Deleting_all_of_an_accounts_data_after_it_is_closed_is_a_retention_rule() =>
        Assert.Equal(
            "account-deleted",
            Assert.Single(Read("您可在设置进行注销账号，注销账号后，删除账号所有信息，包括昵称、头像。").Claims.Retention).Rule);

    private static PolicyDocument Read(string sentence) =>
        PolicyReader.Read("# Information we collect\n\n" + sentence + "\n", "policy.md");

    [Fact]
    public void A_label_over_an_sdk_row_hands_nothing_over_and_the_row_does()
    {
        var claim = Assert.Single(Read("1）某某推送SDK。为了向您推送通知，我们使用了某某推送SDK，该SDK需要获取您的手机型号。").Claims.Sharing);

        Assert.Equal((SharingClaimKind.SharedWith, "某某推送SDK", "device.info"), (claim.Kind, Assert.Single(claim.Recipients), Assert.Single(claim.Categories)));
    }

    [Fact]
    public void An_account_named_by_what_it_holds_is_the_account_closed_not_the_data_deleted()
    {
        var claim = Assert.Single(Read("一旦您注销您的网上银行账户，我们将删除与该账户有关的一切信息。").Claims.Retention);

        Assert.Equal(("account-deleted", 0), (claim.Rule, claim.Categories.Length));
    }

    [Theory]
    [InlineData("请注意，仅在手机中删除某某客户端时，我们不会注销您的账户，您账户的一切信息也不会删除。")]
    [InlineData("If you delete the app, your account is not closed and your data is not deleted.")]
    public void Removing_the_app_or_a_deletion_denied_is_no_retention_rule(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Retention);

    [Fact]
    public void Deleting_what_is_no_longer_needed_is_no_deletion_denied() =>
        Assert.Equal("account-deleted", Assert.Single(Read("注销账户后，不再需要的信息将删除。").Claims.Retention).Rule);

    [Theory]
    [InlineData("在您未删除或未注销账号期间，我们会保留您的浏览记录。")]
    [InlineData("在您未删除或未注销账号前，我们会保留您的浏览记录。")]
    [InlineData("注销账号后，您的浏览记录将不可逆地被删除。")]
    public void Kept_until_the_user_deletes_or_deleted_irreversibly_is_deleted_on_account_closure(string sentence)
    {
        var claim = Assert.Single(Read(sentence).Claims.Retention);

        Assert.Equal(("account-deleted", "online.browsing-history"), (claim.Rule, Assert.Single(claim.Categories)));
    }

    [Fact]
    public void Deleting_data_kept_in_the_app_is_deleting_data()
    {
        var claim = Assert.Single(Read("注销账户后，我们会删除您在客户端中的浏览记录。").Claims.Retention);

        Assert.Equal(("account-deleted", "online.browsing-history"), (claim.Rule, Assert.Single(claim.Categories)));
    }

    [Fact]
    public void An_example_of_sensitive_data_the_service_collects_is_its_practice()
    {
        var claim = Assert.Single(Read("使用部分功能时，我们会在征得您同意后收集您的一些敏感信息，例如您的通讯录。").Claims.Sensitive);

        Assert.Equal("social.contacts", Assert.Single(claim.Categories));
        Assert.Null(claim.UnclearReason);
    }

    [Theory]
    [InlineData("若您希望停止分享您的位置信息，可通过手机系统或通讯服务提供商的关闭方式停止分享。")]
    [InlineData("我们可能与合作伙伴分享经统计加工后不含身份识别内容的信息。")]
    [InlineData("We may share aggregated statistics with our partners.")]
    [InlineData("You can stop sharing your location with other users at any time.")]
    public void Stopping_a_sharing_or_sharing_data_that_identifies_no_one_shares_nothing(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Sharing);

    [Theory]
    [InlineData("我们仅会向合作伙伴提供无法识别您身份的画像标签或经加密处理后的手机号码。", "contact.phone")]
    [InlineData("我们会与广告合作伙伴共享去标识化或匿名化处理后的信息。", null)]
    public void Data_named_or_only_de_identified_beside_anonymous_data_is_still_shared(string sentence, string? category)
    {
        var claim = Assert.Single(Read(sentence).Claims.Sharing);

        Assert.Equal(SharingClaimKind.SharedWith, claim.Kind);
        Assert.Equal(category is null ? [] : [category], claim.Categories.ToArray());
    }

    [Fact]
    public void Anonymous_data_in_another_clause_leaves_the_sharing_of_personal_data()
    {
        var claim = Assert.Single(Read("我们会与合作伙伴分享您的设备信息，并向其提供不含个人信息的统计报告。").Claims.Sharing);

        Assert.Equal((SharingClaimKind.SharedWith, "device"), (claim.Kind, Assert.Single(claim.Categories)));
    }

    [Theory]
    [InlineData("您可以查询、更正、删除您的个人信息，我们为您提供了相应的途径。")]
    [InlineData("本节说明您查询、删除个人信息、撤回同意的方式。")]
    public void A_list_of_rights_or_topics_is_no_retention_rule(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Retention);

    [Fact]
    public void Keeping_longer_when_needed_or_allowed_by_law_gives_way_to_the_law()
    {
        var claim = Assert.Single(Read("我们只会在实现目的所需的期限内保留您的个人信息，除非需要延长保留期或受到法律的允许。").Claims.Retention);

        Assert.Equal(("purpose-fulfilled", "gives way to what the law requires (\"延长保留期\")"), (claim.Rule, claim.UnclearReason));
    }

    [Theory]
    [InlineData("您通过合作伙伴下单时，您向其提供的订单信息会转交给我们。")]
    [InlineData("本政策介绍我们如何收集、使用和披露您的个人信息。")]
    [InlineData("我们收集的数据包括但不限于SDK版本、IP地址。")]
    public void Data_handed_to_us_a_topic_or_data_named_SDK_shares_nothing(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Sharing);

    [Fact]
    public void A_recipient_name_starts_after_the_verb_it_was_built_back_over() =>
        Assert.Equal("某某统计SDK", Assert.Single(Assert.Single(Read("我们的产品集成某某统计SDK，该SDK需要收集您的设备标识符。").Claims.Sharing).Recipients));

    [Fact]
    public void Handing_over_data_taken_from_someone_is_still_sharing() =>
        Assert.Equal(SharingClaimKind.SharedWith, Assert.Single(Read("我们会向物流公司提供从订单中获取的收货地址。").Claims.Sharing).Kind);
}
