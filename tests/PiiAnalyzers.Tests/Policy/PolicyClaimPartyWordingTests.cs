using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Tests.Policy;

/// <summary>
/// Wordings met reading CA4P-483's development half (sixth sample), each rewritten short: who speaks (the service under the
/// names it gives itself, the user, a partner), whom data goes to when a policy names recipients only as "第三方" or as
/// authorities, and "not shared" statements whose exceptions or scope lie around them.
/// </summary>
public class PolicyClaimPartyWordingTests
{
    [Fact]
    public void A_prohibition_on_the_service_under_the_name_it_gives_itself_is_a_promise_not_to_share()
    {
        var claim = Assert.Single(Read(
            "本协议由用户与某某科技有限公司（以下简称“许可人”）订立。未经用户许可，许可人不得向任何第三方提供、公开或共享用户的姓名、联系方式，但下列情况除外：").Claims.Sharing);

        Assert.Equal(
            (SharingClaimKind.NotShared, true, "profile.name, contact"),
            (claim.Kind, claim.HasExceptions, string.Join(", ", claim.Categories)));
    }

    [Theory]
    [InlineData("合作方不得将您的个人信息提供给其他任何人。")]
    [InlineData("用户不得将其账号转让给他人。")]
    public void A_prohibition_on_a_partner_or_on_the_user_is_no_promise_of_the_service(string sentence) =>
        Assert.DoesNotContain(Read(sentence).Claims.Sharing, claim => claim.Kind == SharingClaimKind.NotShared);

    [Fact]
    public void Data_handed_to_the_service_under_its_products_name_is_not_shared() =>
        Assert.Empty(Read("我们制定本《某某搞笑隐私政策》。该功能下，您需向某某搞笑提供您的姓名、联系电话和地址以便为您寄送奖品。").Claims.Sharing);

    [Fact]
    public void Exceptions_in_the_sentence_after_a_not_shared_statement_are_its_exceptions()
    {
        var claims = Read("本应用不会向第三方共享、转让您的个人信息。在下列情况下，经过您的同意，本应用会共享您的个人信息：").Claims.Sharing;

        Assert.True(Assert.Single(claims, claim => claim.Kind == SharingClaimKind.NotShared).HasExceptions);
    }

    [Fact]
    public void A_not_shared_statement_followed_by_an_unrelated_sentence_has_no_exceptions()
    {
        var claims = Read("本应用不会向第三方共享、转让您的个人信息。我们会采取加密等安全措施。").Claims.Sharing;

        Assert.False(Assert.Single(claims, claim => claim.Kind == SharingClaimKind.NotShared).HasExceptions);
    }

    [Theory]
    [InlineData("我们不会随意向第三方共享、提供或者转让您的个人信息。")]
    [InlineData("未经用户许可本应用不会向第三方公开、透露用户个人信息。")]
    public void Not_sharing_arbitrarily_or_without_permission_has_exceptions(string sentence)
    {
        var claim = Assert.Single(Read(sentence).Claims.Sharing);

        Assert.Equal((SharingClaimKind.NotShared, true), (claim.Kind, claim.HasExceptions));
    }

    [Fact]
    public void A_negation_before_the_scope_of_its_exceptions_negates_the_sharing_after_it() =>
        Assert.Equal(
            SharingClaimKind.NotSold,
            Assert.Single(Read("我们不会在本隐私政策约定的情形之外，将您的信息出售、共享或披露给任何第三方。").Claims.Sharing).Kind);

    [Fact]
    public void A_negation_that_is_the_premise_of_something_else_claims_nothing() =>
        Assert.Empty(Read("在不透露单个用户隐私资料的前提下，我们有权对整个用户数据库进行分析。").Claims.Sharing);

    [Theory]
    [InlineData("我们会在征得您同意后将上述信息共享给第三方。", "第三方")]
    [InlineData("获得您的明确同意后，我们会与其他公司、组织和个人分享您的个人信息。", "其他公司")]
    [InlineData("我们可能会根据法律法规规定，或按行政、司法机关依法提出的要求，对外共享您的个人信息。", "司法机关")]
    [InlineData("我们可能会将您的个人信息共享给支持我们功能的第三方。", "第三方")]
    public void Third_parties_and_authorities_data_is_handed_to_are_kinds_of_recipient(string sentence, string kinds) =>
        Assert.Equal(kinds, string.Join(", ", Assert.Single(Read(sentence).Claims.Sharing).RecipientKinds));

    [Theory]
    [InlineData("当第三方认为用户发表的信息侵犯其权利，并向我们发送权利通知书时，我们可以删除该信息。")]
    [InlineData("我们可能整合您的注册信息以及第三方取得您授权或依据法律共享的信息，来判断交易风险。")]
    [InlineData("许可人有权终止向该账号提供服务而无需对用户或任何第三方承担任何责任。")]
    public void A_third_party_that_acts_or_answers_for_something_gets_nothing(string sentence) =>
        Assert.DoesNotContain(Read(sentence).Claims.Sharing, claim => claim.RecipientKinds.Contains("第三方"));

    [Fact]
    public void A_partner_that_takes_data_in_through_the_service_is_shared_with()
    {
        var claim = Assert.Single(Read("根据您所使用的硬件设施不同，部分合作方可能会获取您的设备型号、操作系统版本等设备信息。").Claims.Sharing);

        Assert.Equal(
            (SharingClaimKind.SharedWith, "合作方", true),
            (claim.Kind, string.Join(", ", claim.RecipientKinds), claim.Categories.Contains("device.info")));
    }

    [Fact]
    public void A_partner_data_is_taken_from_is_not_shared_with() =>
        Assert.Empty(Read("我们可能从合作方获取您的设备型号。").Claims.Sharing);

    [Theory]
    [InlineData("我方的关联方、合作伙伴会依据法律的规定，向我方分享您的个人信息。")]
    [InlineData("或为保护我方平台及其关联公司用户或公众的人身财产安全免遭侵害，我们可能依据法律法规披露关于您的个人信息。")]
    public void Data_coming_in_or_a_kinds_users_protected_shares_with_no_kind(string sentence) =>
        Assert.DoesNotContain(Read(sentence).Claims.Sharing, claim => claim.RecipientKinds.Contains("关联方") || claim.RecipientKinds.Contains("关联公司"));

    [Fact]
    public void Examples_of_a_kind_in_brackets_after_it_are_not_the_data_shared()
    {
        var claim = Assert.Single(Read("我们将信息发送给支持我们业务的供应商、服务提供商和其他合作伙伴（如硬件厂商、电信运营商等）。").Claims.Sharing);

        Assert.Equal(("供应商, 服务提供商, 合作伙伴", 0), (string.Join(", ", claim.RecipientKinds), claim.Categories.Length));
    }

    [Theory]
    [InlineData("因此，我们强烈建议您采取积极措施保护个人信息的安全，不将自己的账号密码等个人信息透露给他人。")]
    [InlineData("请你妥善保护自己的个人信息，仅在必要的情况下向第三方提供。")]
    [InlineData("您可利用“分享”键将某些内容分享到第三方服务，或您可利用第三方服务登录我们的服务。")]
    [InlineData("当您在第三方社交平台分享时，平台可能获取您的信息。无论何时您自愿披露个人信息，此种信息可能被他人收集。")]
    [InlineData("我们会与公众或第三方共享这些统计信息，以展示我们服务的整体使用趋势。")]
    [InlineData("本平台在发生合并、收购、资产转让时，可向第三方转让相关资产。")]
    [InlineData("为了改善服务，我们或可会自行收集使用或向第三方提供用户的非个人隐私信息。")]
    public void Advice_to_the_user_the_users_own_sharing_statistics_and_assets_share_nothing(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Sharing);

    [Fact]
    public void Data_the_user_gave_handed_on_by_the_service_is_shared() =>
        Assert.Equal(
            "商家",
            string.Join(", ", Assert.Single(Read("用户购买列出的商品时，用户提供的个人信息（例如用户的信用卡号和联系信息）会提供给商家。").Claims.Sharing).RecipientKinds));

    [Fact]
    public void A_sharing_the_user_authorizes_is_the_authorized_ones() =>
        Assert.Equal(
            ["某某集团"],
            Assert.Single(Read("您授权某某集团，除法律另有规定之外，向某某集团因服务必要开展合作的伙伴提供本人的信息。").Claims.Sharing).Recipients.ToArray());

    [Fact]
    public void An_sdk_helping_the_user_share_is_still_its_rows_recipient() =>
        Assert.Equal(
            ["某某SDK"],
            Assert.Single(Read("某某SDK 使用目的：用于账号登录、帮助用户分享内容至某某客户端 信息类型：设备信息").Claims.Sharing).Recipients.ToArray());

    [Fact]
    public void In_a_contract_the_first_party_is_the_service_and_the_second_the_user()
    {
        var claims = Read("4.2未经乙方许可甲方不得向任何第三方提供、公开或共享乙方注册资料中的姓名、家庭住址，但下列情况除外：").Claims.Sharing;

        Assert.Equal(SharingClaimKind.NotShared, Assert.Single(claims).Kind);
    }

    [Fact]
    public void A_birth_time_is_a_birth_date() =>
        Assert.Contains("profile.birth-date", Read("我们会收集您的姓名、出生时间和出生地点。").Categories.Select(category => category.Id));

    [Fact]
    public void Sending_from_a_device_or_browser_names_no_device_data() =>
        Assert.Empty(Assert.Single(Read("当您从设备或浏览器向我们的服务器发送或收取信息时，我们确保使用安全套接层（SSL）对其进行加密。").Claims.Encryption).Categories);

    [Theory]
    [InlineData("某某不担保通过本客户端提供给您的全部信息、内容没有病毒。")]
    [InlineData("我们的某项产品、服务停止运营，不再向继续你提供；")]
    [InlineData("我们会将验证结果发送至您的邮箱。")]
    public void Handing_to_the_user_is_no_sharing_and_not_sharing_it_no_promise(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Sharing);

    [Theory]
    [InlineData("（1）账号注销后，我们将清除以下信息：注册手机号、登录密码、已开通的微信、AppleID等其他第三方登录方式。")]
    [InlineData("您也可以使用第三方账户如微信、QQ登录本应用。")]
    public void Names_beside_data_with_no_word_that_hands_it_over_share_nothing(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Sharing);

    [Fact]
    public void A_tables_row_shares_without_a_verb()
    {
        var claims = PolicyReader.Read(
            "# 我们收集的信息\n\n我们会收集您的手机号码。\n\n# 我们如何共享您的个人信息\n\n| 第三方名称 | 使用目的 | 共享信息 |\n|---|---|---|\n| 某某科技有限公司 | 推送消息 | 设备信息 |\n", "policy.md").Claims.Sharing;

        Assert.Equal(("某某科技有限公司", "device"), (string.Join(", ", Assert.Single(claims).Recipients), string.Join(", ", claims[0].Categories)));
    }

    [Fact]
    public void A_company_after_a_word_of_partnership_is_named_without_it() =>
        Assert.Equal(
            ["某某云计算有限公司"],
            Assert.Single(Read("语音输入场景，我们需要把您的语音信息提供给合作的某某云计算有限公司。").Claims.Sharing).Recipients.ToArray());

    [Theory]
    [InlineData("当您的客户端异常崩溃时，崩溃信息将会被发送至日志统计服务商某某Bugly。", "服务商")]
    [InlineData("我们将委托外部供应商对您的手机号进行验证，以确保您的账户安全。", "供应商")]
    [InlineData("我们可能与委托我们进行推广和广告投放的合作伙伴共享去标识化的设备信息。", "合作伙伴")]
    public void Sending_to_or_entrusting_data_to_a_kind_is_sharing_with_it(string sentence, string kind) =>
        Assert.Contains(kind, Assert.Single(Read(sentence).Claims.Sharing).RecipientKinds);

    [Theory]
    [InlineData("您确认并同意授权公司以公司自己的名义或委托专业第三方对侵犯您上传发布的内容进行代维护。")]
    [InlineData("在某些情形下我们也会受委托处理您的个人信息。")]
    public void Entrusting_a_task_or_being_entrusted_shares_nothing(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Sharing);

    [Fact]
    public void A_transfer_abroad_if_the_business_needs_it_is_unclear() =>
        Assert.Equal(
            ClaimConfidence.Unclear,
            Assert.Single(Read("如因业务需要，确需向境外提供的，将按照国家网信部门制定的办法进行安全评估。").Claims.CrossBorder).Confidence);

    [Fact]
    public void Encryption_in_some_products_only_is_unclear() =>
        Assert.Equal(
            "only in some products or cases (\"在某些产品\")",
            Assert.Single(Read("例如，在某些产品或服务中，我们将利用加密技术（例如SSL）来保护您提供的个人信息。").Claims.Encryption).UnclearReason);

    [Fact]
    public void The_service_named_in_the_title_beside_its_affiliates_shares_with_the_third_parties()
    {
        var claims = PolicyReader.Read(
            "# 某某天地隐私政策\n\n## 我们收集的信息\n\n我们会收集您的手机号码。\n\n## 分享\n\n如某某天地或某某天地的关联公司与任何上述第三方分享您的个人信息，某某天地将确保该等第三方遵守本政策。\n",
            "policy.md").Claims.Sharing;

        Assert.Equal(["第三方"], Assert.Single(claims).RecipientKinds.ToArray());
    }

    [Fact]
    public void The_user_handing_data_to_the_service_named_in_the_title_shares_nothing() =>
        Assert.Empty(PolicyReader.Read(
            "# 某某天地隐私政策\n\n## 我们收集的信息\n\n1.1.4您通过微博、微信等社交媒体与某某天地互动而向某某天地提供的信息；\n", "policy.md").Claims.Sharing);

    [Fact]
    public void The_service_handing_over_after_the_user_did_is_sharing() =>
        Assert.Equal(
            "行政机关, 司法机关",
            string.Join(", ", Assert.Single(Read(
                "本协议由用户与某某公司（以下简称“许可人”）订立。用户为了维护其合法权益，向许可人提供身份信息时，许可人应当提供协助，并根据需要向有关行政机关和司法机关提供相关证据信息资料。").Claims.Sharing).RecipientKinds));

    [Theory]
    [InlineData("我方保证将以最大努力保护用户信息不受任何第三方以任何手段收集、编辑、出售或者传播。")]
    [InlineData("所有的网上交易，用户均会不可避免地要向交易对方披露自己的联络方式。")]
    [InlineData("用户上传内容即视为其同意授予我们免费、不可撤销的并且可转让的非独家使用权许可。")]
    [InlineData("如双方无法协商解决争议时，双方同意应将争议提交至被告住所地人民法院裁决。")]
    public void Protection_from_others_the_users_own_disclosure_a_license_and_a_court_share_nothing(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Sharing);

    [Fact]
    public void A_negation_framing_a_time_reaches_the_verbs_after_it()
    {
        var claim = Assert.Single(Read("我们不会在未经合法用户授权时，公开、编辑或透露其个人信息，除非有下列情况：").Claims.Sharing);

        Assert.Equal((SharingClaimKind.NotShared, true), (claim.Kind, claim.HasExceptions));
    }

    [Fact]
    public void Sponsors_are_a_kind_of_recipient() =>
        Assert.Equal(["赞助商"], Assert.Single(Read("在进行促销或抽奖时，我们可能会与赞助商共享用户的个人信息。").Claims.Sharing).RecipientKinds.ToArray());

    [Fact]
    public void Deleting_what_the_user_uploaded_themselves_is_no_retention_rule() =>
        Assert.Empty(Read("您在注销账号前如果有上传的内容，如果不希望相关内容继续传播，请您自行删除。").Claims.Retention);

    [Fact]
    public void The_company_that_calls_itself_we_is_the_service() =>
        Assert.DoesNotContain(
            Read("某某公司（本声明中指北京某某科技有限公司，以下亦称“我们”）重视用户信息。我们允许匿名标识符发送给某某公司服务器。").Claims.Sharing,
            claim => claim.Recipients.Length > 0);

    [Fact]
    public void An_sdks_name_defined_past_the_opening_is_still_a_recipient()
    {
        var opening = string.Concat(Enumerable.Repeat("我们重视您的隐私。\n\n", 25));
        var claims = PolicyReader.Read(
            "# 我们收集的信息\n\n" + opening + "我们集成了某某信息技术有限公司（以下简称“某推”）的推送SDK，某推会收集您的设备标识符。\n\n某推SDK：收集设备标识符以推送消息。\n",
            "policy.md").Claims.Sharing;

        Assert.Contains(claims, claim => claim.Recipients.Contains("某推SDK"));
    }

    [Fact]
    public void Sharing_in_listed_cases_after_not_selling_gives_no_exceptions_to_not_selling_nor_a_recipient_by_itself()
    {
        var claims = Read("我们不会向任何第三方出售您的个人信息。我们仅在以下情形与第三方共享您的个人信息，并要求其按照本政策处理：").Claims.Sharing;

        Assert.Equal((SharingClaimKind.NotSold, false), (Assert.Single(claims).Kind, claims[0].HasExceptions));
    }

    [Fact]
    public void A_heading_written_inside_a_list_item_claims_nothing() =>
        Assert.Empty(PolicyReader.Read(
            "# 我们收集的信息\n\n我们会收集您的手机号码。\n\n    2. ### 2.对共享个人信息第三方主体的谨慎评估及责任约束\n\n    1. ### 1、您的信息的访问、更改、删除及账号注销\n",
            "policy.md").Claims.Sharing);

    [Theory]
    [InlineData("因此，用户个人应采取积极措施保证个人信息的安全，如：不将自己的账号密码等个人信息透露给他人等。")]
    [InlineData("因此，您应采取积极措施保护个人信息的安全，如：定期修改密码，不将自己的账号密码透露给他人。")]
    public void What_the_user_should_do_is_no_promise(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Sharing);

    [Fact]
    public void An_example_word_is_no_part_of_an_sdks_name() =>
        Assert.Equal(
            ["某盟SDK"],
            Assert.Single(Read("我们的产品可能会集成第三方的SDK，例如某盟SDK，某盟SDK需要收集您设备的国际移动设备识别码（IMEI）。").Claims.Sharing).Recipients.ToArray());

    [Theory]
    [InlineData("一点资讯进行个人敏感信息传输时会采取加密等安全措施，并采取去标识化等技术措施处理后再进行存储。", false)]
    [InlineData("这些用户数据经加密传输后，加密存储在我们系统服务器上。", true)]
    [InlineData("我们对数据的传输使用了TLS/SSL加密技术，对存储的敏感数据采取了AES加密算法。", true)]
    public void Each_encryption_words_clause_says_whether_it_is_at_rest(string sentence, bool atRest) =>
        Assert.Equal(atRest, Assert.Single(Read(sentence).Claims.Encryption).IsAtRest);

    private static PolicyDocument Read(string sentence) =>
        PolicyReader.Read("# Information we collect\n\n" + sentence + "\n", "policy.md");
}
