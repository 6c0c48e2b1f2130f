using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Tests.Policy;

/// <summary>Heading forms real policies use (issue 16), each written here in a few lines of its own.</summary>
public class HeadingFormTests
{
    [Theory]
    [InlineData("**1.** **我们收集的信息**")]
    [InlineData("1\\. 我们收集的信息")]
    [InlineData("**一、** **我们收集的信息**")]
    [InlineData("（一）我们收集的信息")]
    [InlineData("1、我们收集的信息")]
    [InlineData("第一条 我们收集的信息")]
    [InlineData("【我们收集的信息】")]
    [InlineData("  * 1.我们收集的信息")]
    public void A_collection_heading_in_a_markdown_policy_opens_the_collection_section(string heading)
    {
        var document = PolicyReader.Read($"“示例”隐私政策\n==========\n{heading}\n在您注册时，我们会收集您的手机号码。\n**2.** **联系我们**\n邮箱：privacy@example.cn\n", "policy.md");

        var collection = Assert.Single(document.Sections, section => section.Kind == PolicySectionKind.Collection);
        Assert.Equal((3, 4), (collection.StartLine, collection.EndLine));
        Assert.Equal(["contact.phone"], document.Categories.Select(category => category.Id));
        Assert.Empty(document.Notes);
    }

    [Fact]
    public void A_title_with_the_update_date_does_not_hide_the_numbered_sections_below_it()
    {
        const string Text = "# 示例隐私政策\n\n### 更新日期：2019年7月16日\n\n一、我们如何收集和使用您的个人信息\n\n我们会收集您的手机号码。\n\n二、我们如何共享您的个人信息\n\n我们会与物流公司共享您的收货地址。\n";

        var document = PolicyReader.Read(Text, "policy.md");

        Assert.Equal("我们如何收集和使用您的个人信息", Assert.Single(document.Sections, section => section.Kind == PolicySectionKind.Collection).Title);
        Assert.DoesNotContain(document.Sections, section => section.Kind == PolicySectionKind.Changes);
        Assert.Equal(["contact.phone"], document.Categories.Select(category => category.Id));
    }

    [Fact]
    public void A_rule_of_equals_signs_under_a_paragraph_separates_it_from_the_next_heading()
    {
        const string Text = "一、定义\n个人敏感信息：指一旦泄露可能危害人身和财产安全的个人信息，包括身份证件号码。\n==========\n二、我们如何收集和使用您的个人信息\n我们会收集您的手机号码。\n";

        var document = PolicyReader.Read(Text, "policy.md");

        Assert.Equal(
            [(PolicySectionKind.Other, "定义"), (PolicySectionKind.Collection, "我们如何收集和使用您的个人信息")],
            document.Sections.Select(section => (section.Kind, section.Title)));
        Assert.Equal(["contact.phone"], document.Categories.Select(category => category.Id));
    }

    [Theory]
    [InlineData("一、我們如何蒐集和使用您的個人資訊")]
    [InlineData("一、個人資訊的採集")]
    public void Traditional_chinese_headings_are_read(string heading)
    {
        var document = PolicyReader.Read($"{heading}\n\n我們會收集您的手机号码。\n\n二、聯絡我們\n\n電話：123\n", "policy.txt");

        Assert.Equal(
            [PolicySectionKind.Collection, PolicySectionKind.Contact],
            document.Sections.Select(section => section.Kind));
        Assert.Equal(["contact.phone"], document.Categories.Select(category => category.Id));
    }
}
