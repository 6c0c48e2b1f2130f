using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Tests.Policy;

public class PolicySectionTests
{
    [Fact]
    public void Only_the_collection_section_declares()
    {
        const string Text = """
            # 隐私政策

            欢迎使用。如有疑问，请拨打联系电话。

            ## 一、我们如何收集和使用您的个人信息

            我们会收集您的手机号码。

            ## 二、我们如何共享您的个人信息

            我们会与物流公司共享您的收货地址。

            ## 三、联系我们

            邮箱：privacy@example.cn
            """;

        var document = PolicyReader.Read(Text, "policy.md");

        Assert.Equal(
            [PolicySectionKind.Other, PolicySectionKind.Collection, PolicySectionKind.Sharing, PolicySectionKind.Contact],
            document.Sections.Select(section => section.Kind));
        Assert.Equal("contact.phone", Assert.Single(document.Categories).Id);
    }

    [Theory]
    [InlineData("我们如何收集和使用您的个人信息", PolicySectionKind.Collection)]
    [InlineData("我们收集的信息", PolicySectionKind.Collection)]
    [InlineData("Information we collect", PolicySectionKind.Collection)]
    [InlineData("What data we collect", PolicySectionKind.Collection)]
    [InlineData("Personal information we collect", PolicySectionKind.Collection)]
    [InlineData("我们如何使用Cookie和同类技术", PolicySectionKind.Cookies)]
    [InlineData("我们如何共享、转让、公开披露您的个人信息", PolicySectionKind.Sharing)]
    [InlineData("我们如何存储和保护您的个人信息", PolicySectionKind.Storage)]
    [InlineData("个人信息的保存期限", PolicySectionKind.Retention)]
    [InlineData("您的权利", PolicySectionKind.Rights)]
    [InlineData("我们如何处理儿童的个人信息", PolicySectionKind.Children)]
    [InlineData("如何联系我们", PolicySectionKind.Contact)]
    [InlineData("本隐私政策如何更新", PolicySectionKind.Changes)]
    [InlineData("How we use the information we collect", PolicySectionKind.Use)]
    public void Headings_say_what_a_section_is_about(string heading, PolicySectionKind expected)
    {
        var document = PolicyReader.Read($"## {heading}\n\ntext\n", "policy.md");

        Assert.Equal(expected, document.Sections.Single().Kind);
    }

    [Fact]
    public void Chinese_numbering_nests_subsections_under_their_section()
    {
        const string Text = """
            一、我们如何收集和使用您的个人信息
            （一）注册登录
            1. 您需要提供手机号码。
            2. 您可以设置头像。
            （二）保障安全
            我们会收集设备型号。
            二、我们如何保护您的个人信息
            我们会加密存储您的身份证号码。
            第三条 联系我们
            电话：010-0000000
            """;

        var document = PolicyReader.Read(Text, "policy.txt");

        Assert.Equal(PolicyFormat.PlainText, document.Format);
        Assert.Equal(
            [(PolicySectionKind.Collection, 0), (PolicySectionKind.Collection, 1), (PolicySectionKind.Collection, 1), (PolicySectionKind.Storage, 0), (PolicySectionKind.Contact, 1)],
            document.Sections.Select(section => (section.Kind, section.Level)));
        PolicyAssert.Declares(document, "contact.phone", "profile.avatar", "device.info");
        PolicyAssert.DoesNotDeclare(document, "identity.national-id");
    }

    [Theory]
    [InlineData("1.2.1 我们收集的信息")]
    [InlineData("第二条 我们收集的信息")]
    [InlineData("（二）我们收集的信息")]
    [InlineData("2) Information we collect")]
    [InlineData("Section 2 Information we collect")]
    [InlineData("II. Information we collect")]
    public void Numbering_styles_make_headings(string heading)
    {
        var document = PolicyReader.Read($"Preamble text.\n\n{heading}\n\nemail address\n", "policy.txt");

        Assert.Contains(document.Sections, section => section.Kind == PolicySectionKind.Collection && section.Title.IndexOf("1.2", StringComparison.Ordinal) < 0);
        PolicyAssert.Declares(document, "contact.email");
    }

    [Fact]
    public void A_table_of_contents_entry_is_not_a_heading()
    {
        var document = PolicyReader.Read("本政策包括：\n\n1. 我们如何收集和使用您的个人信息；\n\n2. 联系我们；\n", "policy.md");

        Assert.False(document.HasCollectionSection);
    }

    [Fact]
    public void A_policy_without_a_collection_section_says_so()
    {
        var document = PolicyReader.Read("# Privacy\n\nWe care about your email address.\n", "policy.md");

        Assert.False(document.HasCollectionSection);
        Assert.Empty(document.Categories);
        Assert.Equal(PolicyProblemKind.NoCollectionSection, Assert.Single(document.Problems).Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n")]
    [InlineData(null)]
    [InlineData("<html><body><script>x</script></body></html>")]
    public void An_empty_policy_says_so(string? text)
    {
        var document = PolicyReader.Read(text, "policy.html");

        Assert.True(document.IsEmpty);
        Assert.False(document.HasCollectionSection);
    }
}
