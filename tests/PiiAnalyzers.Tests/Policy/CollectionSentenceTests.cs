using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Tests.Policy;

/// <summary>
/// Collection sentences outside a collection section (issue 16): a collect verb with data mentions declares in any section
/// that may hold one, and a policy without a collection heading is read from its collection sentences, with a note.
/// </summary>
public class CollectionSentenceTests
{
    private const string FallbackNote = "The policy has no heading that says what is collected: its categories come from the sentences that say data is collected (收集, 获取, 使用, \"we collect\"...), wherever they are.";

    [Fact]
    public void A_policy_without_a_collection_heading_is_read_from_its_collection_sentences()
    {
        const string Text = "“示例天气”隐私政策\n\n我们重视您的隐私，您的手机号码只有您自己可见。\n\n使用天气服务时，我们会获取您的经纬度。\n\n为了推送天气预警，我们会使用您的设备标识符。\n";

        var document = PolicyReader.Read(Text, "policy.txt");

        Assert.False(document.HasCollectionSection);
        Assert.Empty(document.Problems);
        Assert.Equal(FallbackNote, Assert.Single(document.Notes));
        Assert.Equal([("location.precise", 5), ("device.id", 7)], document.Categories.Select(category => (category.Id, category.Evidence.Single().Line)));
    }

    [Fact]
    public void An_english_policy_without_a_collection_heading_is_read_from_we_collect()
    {
        var document = PolicyReader.Read("Weather Privacy\n\nWe collect your email address when you subscribe.\n\nYour phone number is never asked for.\n", "policy.txt");

        Assert.Equal(["contact.email"], document.Categories.Select(category => category.Id));
        Assert.Equal(FallbackNote, Assert.Single(document.Notes));
    }

    [Fact]
    public void Without_a_collection_heading_or_sentence_the_policy_still_has_the_problem()
    {
        var document = PolicyReader.Read("# Privacy\n\nWe care about your email address.\n", "policy.md");

        var problem = Assert.Single(document.Problems);
        Assert.Equal(PolicyProblemKind.NoCollectionSection, problem.Kind);
        Assert.EndsWith("and no sentence that says data is collected.", problem.Message);
        Assert.Empty(document.Notes);
    }

    [Fact]
    public void Collect_verbs_declare_in_other_sections_and_use_verbs_in_the_use_section_but_rights_and_children_sentences_do_not()
    {
        const string Text = """
            一、我们如何收集和使用您的个人信息

            注册时，我们会收集您的手机号码。

            二、支付

            绑定银行卡时，我们会收集您的姓名、银行卡号。

            三、第三方SDK

            推送SDK会读取您的设备标识符。

            四、我们如何使用您的个人信息

            我们会使用您的经纬度推荐附近的门店。

            五、我们如何保护您的个人信息

            我们会使用加密技术保护您的证件号码。

            六、您的权利

            您可以访问、更正您的电子邮箱，也可以向我们获取您的收货地址副本。

            七、未成年人保护

            如果我们发现在未获得监护人同意的情况下收集了未成年人的个人信息，则会尽快删除。
            """;

        var document = PolicyReader.Read(Text, "policy.txt");

        // "绑定银行卡时" names the bank account before 姓名.
        Assert.Equal(
            ["contact.phone", "financial.bank-account", "profile.name", "device.id", "location.precise"],
            document.Categories.Select(category => category.Id));
        Assert.Empty(document.Notes);
    }
}
