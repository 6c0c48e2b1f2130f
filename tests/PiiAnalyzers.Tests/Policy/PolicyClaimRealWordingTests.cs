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

    [Fact]
    public void Data_sent_to_ask_about_the_user_is_shared_and_what_comes_back_is_not()
    {
        var claim = Assert.Single(Read("我们会根据您提供的姓名、身份证号码向征信机构、大数据平台、银行、风险信息共享平台查询您的信用信息。").Claims.Sharing);

        Assert.Equal(
            (SharingClaimKind.SharedWith, "征信机构, 银行", "profile.name, identity.national-id"),
            (claim.Kind, string.Join(", ", claim.RecipientKinds), string.Join(", ", claim.Categories)));
    }

    [Fact]
    public void A_query_that_sends_no_named_data_claims_nothing() =>
        Assert.Empty(Read("我们可能向征信机构查询您的信用报告。").Claims.Sharing);

    [Fact]
    public void A_platform_named_for_sharing_is_no_sharing() =>
        Assert.Empty(Read("我们接入了互联网金融风险信息共享平台，用于识别欺诈风险并保护您的手机号码。").Claims.Sharing);

    [Fact]
    public void A_line_ending_in_a_web_address_ends_its_sentence()
    {
        var claim = Assert.Single(Read("推送：个推隐私协议\n<https://push.example.com/privacy>\n我们的产品集成某盟SDK，某盟SDK需要收集您的设备Mac地址以提供统计服务").Claims.Sharing);

        Assert.Equal(("某盟SDK", "device.id"), (Assert.Single(claim.Recipients), Assert.Single(claim.Categories)));
    }

    [Fact]
    public void A_question_mark_inside_a_web_address_does_not_end_the_sentence() =>
        Assert.Equal(
            ["https://example.com/doc?lid=1&did=2 某盟用于统计崩溃日志。", "下一句。"],
            TextSpans.Sentences("https://example.com/doc?lid=1&did=2 某盟用于统计崩溃日志。下一句。").Select(span => "https://example.com/doc?lid=1&did=2 某盟用于统计崩溃日志。下一句。".Substring(span.Start, span.Length)).ToArray());

    [Fact]
    public void A_web_address_names_no_recipient() =>
        Assert.Equal(
            ["某某支付SDK"],
            Assert.Single(Read("某某支付SDK | 支付 | 设备识别信息 | https://open.weixin.qq.com/doc?from=fromsdk").Claims.Sharing).Recipients.ToArray());

    [Theory]
    [InlineData("QQ登录分享SDK https://example.com/privacy")]
    [InlineData("统计、分享SDK")]
    [InlineData("如您不想第三方获得您的相关信息，请不要使用分享功能。")]
    [InlineData("CA Residents only: Do Not Sell or Share My Personal Information")]
    public void A_product_or_a_link_named_after_sharing_claims_nothing(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Sharing);

    [Fact]
    public void A_product_named_after_sharing_that_takes_data_is_still_its_recipient() =>
        Assert.Equal(
            ("某盟统计分享SDK", "device.id"),
            Assert.Single(Read("某盟统计分享SDK：获取用户设备的IMEI，以便提供统计分析服务").Claims.Sharing) is var claim
                ? (Assert.Single(claim.Recipients), Assert.Single(claim.Categories)) : default);

    [Fact]
    public void A_list_items_number_is_no_part_of_a_recipients_name() =>
        Assert.Equal("某某推送SDK", Assert.Single(Assert.Single(Read("（2）某某推送SDK：为了推送消息，该SDK需要获取您的设备标识符。").Claims.Sharing).Recipients));

    [Fact]
    public void A_recipient_given_by_what_the_law_allows_is_not_named_by_it() =>
        Assert.Empty(Assert.Single(Read("我们会将逾期信息提供给依法设立的征信机构。").Claims.Sharing).Recipients);

    [Fact]
    public void A_web_address_wrapped_over_two_lines_does_not_end_the_paragraph() =>
        Assert.Equal(
            ["某某云 https://terms.example.com/legal- agreement/terms.html 某某支付某某推送 https://push.example.com/privacy", "下一行"],
            TextLineReader.Read("某某云 https://terms.example.com/legal-\nagreement/terms.html 某某支付\n某某推送 https://push.example.com/privacy\n下一行\n", isMarkdown: true)
                .Select(line => line.Text).ToArray());

    [Fact]
    public void A_name_built_back_over_a_cross_reference_starts_after_it() =>
        Assert.Equal(["某某分享SDK"], Assert.Single(Read("我们使用了某某分享SDK收集您的设备标识符，具体情况请参见某某分享SDK的隐私政策。").Claims.Sharing).Recipients.ToArray());

    [Theory]
    [InlineData("随着业务发展，我们以及我们的关联公司有可能进行合并、收购或资产转让，您的个人信息有可能作为此类交易的一部分而被转移。")]
    [InlineData("如我们或我们的关联公司与任何上述第三方分享您的个人信息，我们将确保该等第三方遵守本政策。")]
    [InlineData("只要您不删除共享信息，有关信息会一直留存在公共领域。")]
    [InlineData("要使用特定功能，您可能需要向某某公司提供额外的数据。")]
    [InlineData("我们可能会收集您的第三方支付账号（例如支付宝账号、微信账号）。")]
    [InlineData("您可以设置绑定的第三方平台账号（微信、微博、QQ账号）。")]
    public void The_service_beside_its_affiliates_the_user_handing_over_or_an_account_shares_nothing(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Sharing);

    [Fact]
    public void Sharing_between_the_service_and_its_affiliates_shares_with_them() =>
        Assert.Equal(["关联方"], Assert.Single(Read("您的个人信息可能会在我们和我们的关联方之间进行必要共享。").Claims.Sharing).RecipientKinds.ToArray());

    [Fact]
    public void Data_that_describes_a_kind_of_recipient_is_not_the_data_shared() =>
        Assert.Empty(Assert.Single(Read("我们可能将您的个人信息与服务供应商（例如代表我们发出电子邮件的通讯服务提供商、为我们提供位置数据的地图服务提供商）分享。").Claims.Sharing).Categories);

    [Fact]
    public void An_example_of_the_sharing_in_brackets_names_the_data_shared() =>
        Assert.Equal(
            ["account"],
            Assert.Single(Read("我们只会共享必要的个人信息（如为便于您使用我们关联公司的服务，我们会向关联公司共享您必要的账号信息）。").Claims.Sharing).Categories.ToArray());

    [Theory]
    [InlineData("3）提供给我们的关联方、合作方以用于完成服务。", "关联方, 合作方")]
    [InlineData("我们需要将您的信息提供给参与贷前审核的交易相对方。", "交易相对方")]
    [InlineData("我们可能会委托有能力的关联公司或其他专业机构代表我们来处理用户信息。", "关联公司, 专业机构")]
    [InlineData("我们会将上述信息提交给第三方身份验证机构进行核对。", "身份验证机构")]
    public void Handing_over_to_a_kind_of_recipient_is_sharing_with_it(string sentence, string kinds) =>
        Assert.Equal(kinds, string.Join(", ", Assert.Single(Read(sentence).Claims.Sharing).RecipientKinds));

    [Theory]
    [InlineData("您提供给我们的信息将用于完成服务。")]
    [InlineData("您不可避免地要向交易对方或潜在的交易对方披露自己的联络方式。")]
    [InlineData("我们有权决定向该用户提供其交易对方的联络方式，以促成交易的完成。")]
    [InlineData("我们会按照我们的委托目的、服务说明以及相关的保密措施来处理个人信息。")]
    [InlineData("未经我们同意，您不得向任何人转让本协议或出售您的账户。")]
    public void The_user_handing_over_or_a_handover_to_the_service_shares_nothing(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Sharing);

    [Fact]
    public void An_item_under_a_sharing_lead_in_that_names_a_recipient_shares_with_it()
    {
        var claims = PolicyReader.Read("# 共享\n\n我们与谁共享您的个人信息：\n\n* 代表我们处理个人信息的第三方服务提供商，例如发货和配送。\n* 我们的员工仅能访问必要的信息。\n", "policy.md").Claims.Sharing;

        Assert.Equal("服务提供商", string.Join(", ", Assert.Single(claims).RecipientKinds));
    }

    [Theory]
    [InlineData("我们仅在本政策所述目的所必需的期间内保留您的个人信息。", "purpose-fulfilled")]
    [InlineData("一般而言，在您保有账户期间，我们会一直保存您的个人信息。", "account-deleted")]
    public void Keeping_for_the_purpose_or_while_the_account_lasts_is_a_retention_rule(string sentence, string rule) =>
        Assert.Equal(rule, Assert.Single(Read(sentence).Claims.Retention).Rule);

    [Fact]
    public void An_account_that_may_be_closed_or_deleted_is_no_retention_rule() =>
        Assert.Empty(Read("在违反用户协议及法律法规规定的情况下，您的账号可能被注销或删除。").Claims.Retention);

    [Fact]
    public void Account_data_deleted_after_closure_is_still_a_retention_rule() =>
        Assert.Equal("account-deleted", Assert.Single(Read("如果您选择注销账户，您的账号将不可被使用且相关账号信息将被删除。").Claims.Retention).Rule);

    [Fact]
    public void Data_in_a_recipients_name_is_not_what_it_gets_when_other_data_is_named() =>
        Assert.Equal(["device"], Assert.Single(Read("（13）某某邮箱SDK：我们使用了某某邮箱SDK，需要你的设备信息。").Claims.Sharing).Categories.ToArray());

    [Fact]
    public void An_e_mail_address_names_no_recipient() =>
        Assert.Empty(Read("发送邮件至help@qq.com，我们可按您的要求将您的个人信息副本传输给您指定的第三方。").Claims.Sharing);

    [Fact]
    public void A_line_ending_in_an_apps_own_link_ends_its_sentence() =>
        Assert.Equal(
            ["官方网站：http://www.example.com", "下一行"],
            TextLineReader.Read("官方网站：[http://www.example.com](myapp://web?url=http://www.example.com/)\n下一行\n", isMarkdown: true).Select(line => line.Text).ToArray());

    [Fact]
    public void Encryption_that_points_back_at_the_data_before_is_about_that_data()
    {
        var document = PolicyReader.Read("# 我们收集的信息\n\n您发布的照片、视频会储存在我们的服务器中。我们会以加密的方式存储，您也可以随时删除这些信息。\n", "policy.md");

        Assert.Equal(["media.photo", "media.video"], Assert.Single(document.Claims.Encryption).Categories.ToArray());
    }

    [Theory]
    [InlineData("我们承诺始终在合理必要期限内存储您的个人信息。")]
    [InlineData("我们会将您的信息存储于境内存储服务器。")]
    public void Within_a_period_or_a_place_is_no_memory(string sentence) =>
        Assert.DoesNotContain("device.info", Read(sentence).Categories.Select(category => category.Id));

    [Fact]
    public void Deleting_listed_with_changing_is_a_users_errand() =>
        Assert.Empty(Read("如您需要办理该手机号码登记个人信息的变更、删除、注销业务，请前往营业厅办理。").Claims.Retention);

    [Fact]
    public void Not_disclosing_unlawfully_is_no_promise_not_to_share() =>
        Assert.DoesNotContain(Read("我们承诺不以非法方式披露您的注册资料。").Claims.Sharing, claim => claim.Kind == SharingClaimKind.NotShared);

    [Fact]
    public void Sending_to_kinds_of_recipient_is_sharing() =>
        Assert.Equal("服务提供商, 合作伙伴", string.Join(", ", Assert.Single(Read("我们将信息发送给支持我们业务的供应商、服务提供商和其他合作伙伴。").Claims.Sharing).RecipientKinds));

    [Fact]
    public void A_name_alone_on_its_line_names_the_labelled_row_under_it()
    {
        var claims = PolicyReader.Read(
            "# 第三方SDK\n\n微信/QQ分享\n\n使用目的：帮助用户分享内容\n\n共享的个人信息类型：设备MAC地址\n\n官方网站：https://open.example.com\n\n某某统计SDK 使用目的：统计\n",
            "policy.md").Claims.Sharing;

        var claim = Assert.Single(claims);
        Assert.Equal(("微信, QQ", "帮助用户分享内容", "device.id"), (string.Join(", ", claim.Recipients), claim.Purpose, string.Join(", ", claim.Categories)));
    }

    [Fact]
    public void A_sentence_that_shares_on_a_rows_data_line_makes_its_own_claim()
    {
        var claims = Read("第三方SDK名称：某某广告SDK，共享的个人信息类型：设备信息。我们不会将您的个人敏感信息与合作方共享。").Claims.Sharing;

        Assert.Contains(claims, claim => claim.Kind == SharingClaimKind.NotShared);
    }
}
