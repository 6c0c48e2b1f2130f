using PiiAnalyzers.Policy;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Tests.Policy;

public class CategoryLexiconTests
{
    [Fact]
    public void Every_category_but_other_has_chinese_and_english_phrases()
    {
        foreach (var category in BuiltInCategories.All.Where(category => category.Id != "other"))
        {
            var phrases = CategoryLexicon.Default.PhrasesFor(category.Id);
            Assert.True(phrases.Any(phrase => phrase.Any(c => c >= '\u4E00')), $"{category.Id} has no Chinese phrase");
            Assert.True(phrases.Any(phrase => phrase.All(c => c < '\u0250')), $"{category.Id} has no English phrase");
        }
    }

    [Theory]
    [InlineData("请提供手机号码", "contact.phone", "手机号码")]
    [InlineData("预留手机号", "contact.phone", "预留手机号")]
    [InlineData("您的联系电话", "contact.phone", "联系电话")]
    [InlineData("电子邮箱地址", "contact.email", "电子邮箱地址")]
    [InlineData("身份证件号码", "identity.national-id", "身份证件号码")]
    [InlineData("设备标识符", "device.id", "设备标识符")]
    [InlineData("Android ID", "device.id", "Android ID")]
    [InlineData("MAC地址", "device.id", "MAC地址")]
    [InlineData("IP地址", "online.ip-address", "IP地址")]
    [InlineData("经纬度", "location.precise", "经纬度")]
    [InlineData("银行卡号", "financial.bank-account", "银行卡号")]
    [InlineData("人脸信息", "biometric.face", "人脸信息")]
    [InlineData("订单信息", "financial.transaction", "订单信息")]
    [InlineData("Your Mobile Device ID", "device.id", "Mobile Device ID")]
    [InlineData("their IP addresses", "online.ip-address", "IP addresses")]
    [InlineData("ＩＭＥＩ", "device.id", "ＩＭＥＩ")]
    [InlineData("网络身份识别信息", "account", "网络身份识别信息")]
    [InlineData("个人常用设备信息", "device", "设备信息")]
    [InlineData("充值记录", "financial.transaction", "充值记录")]
    [InlineData("银行卡类型", "financial.bank-account", "银行卡类型")]
    [InlineData("手机唯一标识信息", "device.id", "手机唯一标识")]
    [InlineData("网关地址", "device.network", "网关地址")]
    [InlineData("网络设备硬件地址", "device.id", "硬件地址")]
    [InlineData("青少年的个人信息", "other.minor", "青少年的个人信息")]
    [InlineData("系统可能自动采集的技术信息", "online.usage-log", "自动采集的技术信息")]
    [InlineData("访问日期和时间", "online.usage-log", "访问日期和时间")]
    [InlineData("您点击的链接", "online.browsing-history", "点击的链接")]
    [InlineData("您使用的语言", "device.info", "使用的语言")]
    [InlineData("移动设备所用的版本", "device.info", "设备所用的版本")]
    [InlineData("应用程序的来源", "device.app-list", "应用程序的来源")]
    [InlineData("您在第三方平台注册的公开信息", "profile", "注册的公开信息")]
    [InlineData("相关配送信息", "contact", "配送信息")]
    public void Finds_the_longest_phrase_first(string text, string expectedId, string expectedWords)
    {
        var mention = Assert.Single(CategoryLexicon.Default.FindMentions(text));

        Assert.Equal(expectedId, mention.CategoryId);
        Assert.Equal(expectedWords, mention.Text);
    }

    [Theory]
    [InlineData("联系方式", "contact")]
    [InlineData("设备信息", "device")]
    [InlineData("device information", "device")]
    [InlineData("contact details", "contact")]
    [InlineData("生物识别信息", "biometric")]
    [InlineData("位置信息", "location")]
    public void Parent_phrases_name_the_parent(string text, string expectedId) =>
        Assert.Equal(expectedId, Assert.Single(CategoryLexicon.Default.FindMentions(text)).CategoryId);

    [Theory]
    [InlineData("a voyage message about usage")]
    [InlineData("the company name and our domain name")]
    [InlineData("请输入短信验证码")]
    [InlineData("访问我们的网站地址")]
    [InlineData("to address your request")]
    [InlineData("在页面显著位置公示")]
    public void Words_inside_other_words_and_stop_phrases_name_nothing(string text) =>
        Assert.Empty(CategoryLexicon.Default.FindMentions(text));

    [Fact]
    public void English_matches_whole_words_only_and_ignores_case()
    {
        Assert.Empty(CategoryLexicon.Default.FindMentions("voyage"));
        Assert.Equal("profile.age", Assert.Single(CategoryLexicon.Default.FindMentions("your AGE and")).CategoryId);
    }

    [Fact]
    public void Custom_categories_join_the_lexicon()
    {
        var custom = new DataCategory("loyalty.member-id", "会员卡号", "loyalty id", isSensitive: false, isBuiltIn: false);
        var lexicon = CategoryLexicon.Default.WithCustomCategories([custom]);

        Assert.Equal("loyalty.member-id", Assert.Single(lexicon.FindMentions("您的会员卡号")).CategoryId);
        Assert.Equal("loyalty.member-id", Assert.Single(lexicon.FindMentions("your Loyalty ID")).CategoryId);
    }

    [Theory]
    [InlineData("您的个人信息", true)]
    [InlineData("相关信息", true)]
    [InlineData(" 上述 **信息** ", true)]
    [InlineData("Personal Data", true)]
    [InlineData("个人信息、手机号码", false)]
    [InlineData("手机号码", false)]
    [InlineData("偏好", false)]
    public void Wordings_that_name_no_kind_of_data_are_told(string mention, bool namesNoKind)
    {
        Assert.Equal(namesNoKind, CategoryLexicon.NamesNoKind(mention));
    }

    [Theory]
    [InlineData("点击邀请好友领取奖励")]
    [InlineData("请访问我们的网址")]
    [InlineData("请通过本政策中的联系方式与我们联系")]
    [InlineData("请按照本政策中的联系方式联系我们")]
    [InlineData("您的相关信息")]
    public void Words_inside_a_feature_name_or_a_longer_term_name_no_data(string text)
    {
        Assert.Empty(CategoryLexicon.Default.FindMentions(text));
    }

    // 隐私信息 holds 私信 (private messages) and 非个人身份信息 holds 身份信息: the longer wordings name no kind and win.
    [Theory]
    [InlineData("我们收集您的隐私信息")]
    [InlineData("用户隐私信息受到保护")]
    [InlineData("您的隱私信息")]
    [InlineData("本隐私信息保护政策")]
    [InlineData("我们收集非个人身份信息")]
    [InlineData("匿名的非个人可识别身份信息")]
    [InlineData("无法识别个人身份信息的统计数据")]
    [InlineData("non-identity information and non-personally identifiable information")]
    public void Privacy_and_non_identity_wordings_name_no_messages_or_identity(string text) =>
        Assert.Empty(CategoryLexicon.Default.FindMentions(text));

    [Theory]
    [InlineData("您发送的私信", "communication.content", "私信")]
    [InlineData("您的身份信息", "identity", "身份信息")]
    public void The_guarded_words_still_match_on_their_own(string text, string expectedId, string expectedWords)
    {
        var mention = Assert.Single(CategoryLexicon.Default.FindMentions(text));

        Assert.Equal(expectedId, mention.CategoryId);
        Assert.Equal(expectedWords, mention.Text);
    }
}
