using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Tests.Policy;

/// <summary>
/// Wordings met reading CA4P-483's development half (fourth and fifth samples and the third's last causes), each rewritten
/// short: who a claim names as recipient, what data it gets, and lines an SDK list splits into.
/// </summary>
public class PolicyClaimRecipientWordingTests
{
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
    [InlineData("只要您不删除共享信息，有关信息会一直留存在公共领域。")]
    [InlineData("要使用特定功能，您可能需要向某某公司提供额外的数据。")]
    [InlineData("我们可能会收集您的第三方支付账号（例如支付宝账号、微信账号）。")]
    [InlineData("您可以设置绑定的第三方平台账号（微信、微博、QQ账号）。")]
    public void The_service_beside_its_affiliates_the_user_handing_over_or_an_account_shares_nothing(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Sharing);

    [Fact]
    public void Affiliates_beside_the_service_share_with_the_third_parties_not_get_from_it() =>
        Assert.Equal(
            ["第三方"],
            Assert.Single(Read("如我们或我们的关联公司与任何上述第三方分享您的个人信息，我们将确保该等第三方遵守本政策。").Claims.Sharing).RecipientKinds.ToArray());

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
        Assert.Equal("供应商, 服务提供商, 合作伙伴", string.Join(", ", Assert.Single(Read("我们将信息发送给支持我们业务的供应商、服务提供商和其他合作伙伴。").Claims.Sharing).RecipientKinds));

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

    [Fact]
    public void Kinds_of_partner_listed_in_a_sharing_section_are_shared_with()
    {
        var claims = PolicyReader.Read("# 我们如何共享您的个人信息\n\n目前，我们的授权合作伙伴包括以下类型：\n\n1. 第三方商家。\n2. 广告、分析服务类的授权合作伙伴。\n", "policy.md").Claims.Sharing;

        Assert.Equal(["商家", "授权合作伙伴"], claims.Select(claim => string.Join(", ", claim.RecipientKinds)).ToArray());
    }

    [Fact]
    public void Kinds_of_partner_listed_outside_a_sharing_section_are_not()
    {
        var claims = PolicyReader.Read("# 我们收集的信息\n\n我们的合作伙伴包括以下类型：\n\n1. 第三方商家。\n", "policy.md").Claims.Sharing;

        Assert.Empty(claims);
    }

    private static PolicyDocument Read(string sentence) =>
        PolicyReader.Read("# Information we collect\n\n" + sentence + "\n", "policy.md");
}
