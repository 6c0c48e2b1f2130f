using PiiAnalyzers.Policy;
using PiiAnalyzers.Policy.Lexicons;

namespace PiiAnalyzers.Tests.Policy;

/// <summary>The reader's own word lists (section headings, document names, definition and classification markers) are data in
/// both languages, and the reader follows them.</summary>
public class ReadingWordListTests
{
    [Theory]
    [InlineData("section-headings")]
    [InlineData("document-names")]
    [InlineData("definition-markers")]
    [InlineData("classification-markers")]
    public void Each_list_is_embedded_for_every_language(string list)
    {
        foreach (var language in LexiconResource.Languages)
        {
            Assert.NotEmpty(LexiconResource.ReadLines(language + "." + list + ".txt"));
        }
    }

    [Theory]
    [InlineData("我们如何使用Cookie和同类技术", PolicySectionKind.Cookies)]
    [InlineData("儿童个人信息的收集", PolicySectionKind.Children)]
    [InlineData("如何联系我们", PolicySectionKind.Contact)]
    [InlineData("信息的保存期限", PolicySectionKind.Retention)]
    [InlineData("How we share your information", PolicySectionKind.Sharing)]
    [InlineData("How long we keep your data", PolicySectionKind.Retention)]
    [InlineData("知行隐私政策", null)]
    [InlineData("更新日期：2020年12月28日", null)]
    public void Headings_are_classified_by_the_heading_lists(string heading, PolicySectionKind? expected) =>
        Assert.Equal(expected, SectionClassifier.Classify(heading));

    [Theory]
    [InlineData("## 一、我们收集的信息\n\n“位置信息”是指我们收集的经纬度。\n")]
    [InlineData("## 一、我们收集的信息\n\n位置信息：指我们收集的经纬度。\n")]
    [InlineData("## 1. Information we collect\n\nPrecise location means the latitude we collect.\n")]
    public void A_definition_declares_nothing(string text) =>
        Assert.Empty(PolicyReader.Read(text, "policy.md").Categories);

    [Theory]
    [InlineData("## 一、我们收集的信息\n\n我们收集您的手机号码。位置信息属于敏感个人信息。\n")]
    [InlineData("## 1. Information we collect\n\nWe collect your phone number. Precise location is sensitive personal information.\n")]
    public void A_classification_in_the_collection_section_declares_nothing(string text) =>
        Assert.Equal("contact.phone", Assert.Single(PolicyReader.Read(text, "policy.md").Categories).Id);
}
