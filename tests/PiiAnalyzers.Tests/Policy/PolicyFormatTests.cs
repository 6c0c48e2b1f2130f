using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Tests.Policy;

public class PolicyFormatTests
{
    [Fact]
    public void Markdown_front_matter_is_skipped_and_table_cells_are_read_with_their_lines()
    {
        const string Text = """
            ---
            title: 手机号码
            ---

            ## Information we collect

            | Data | Why |
            |------|-----|
            | **Phone number** | Sign-in |
            | [IP address](https://example.com/ip) | Security |
            """;

        var document = PolicyReader.Read(Text, "privacy.md");

        Assert.Equal(PolicyFormat.Markdown, document.Format);
        Assert.Equal([new PolicyEvidence(9, "Phone number")], document.Categories.Single(category => category.Id == "contact.phone").Evidence.ToArray());
        Assert.Equal([new PolicyEvidence(10, "IP address")], document.Categories.Single(category => category.Id == "online.ip-address").Evidence.ToArray());
    }

    [Fact]
    public void Markdown_setext_headings_and_soft_wrapped_paragraphs_are_understood()
    {
        const string Text = "Information we collect\n======================\n\nWe do not collect your\nname or address.\n";

        var document = PolicyReader.Read(Text, "privacy.md");

        Assert.True(document.HasCollectionSection);
        Assert.Empty(document.Categories);
    }

    [Fact]
    public void Html_keeps_the_original_line_numbers_and_drops_scripts_styles_and_tags()
    {
        const string Text = """
            <html><head><title>x</title>
            <script>var phone = "手机号码";</script>
            <style>p { color: red }</style></head>
            <body>
            <h2>我们收集的信息</h2>
            <p>我们会收集您的
            <b>电子邮箱</b>、
            <span>IP&#22320;&#22336;</span>&amp;设备型号。</p>
            </body></html>
            """;

        var document = PolicyReader.Read(Text, "privacy.html");

        Assert.Equal(PolicyFormat.Html, document.Format);
        Assert.Equal(5, document.Sections.Single(section => section.Kind == PolicySectionKind.Collection).StartLine);
        Assert.Equal([new PolicyEvidence(7, "电子邮箱")], document.Categories.Single(category => category.Id == "contact.email").Evidence.ToArray());
        Assert.Equal([new PolicyEvidence(8, "IP地址")], document.Categories.Single(category => category.Id == "online.ip-address").Evidence.ToArray());
        Assert.Equal(8, document.Categories.Single(category => category.Id == "device.info").Evidence.Single().Line);
        PolicyAssert.DoesNotDeclare(document, "contact.phone");
    }

    [Fact]
    public void Html_joins_chinese_text_wrapped_across_lines()
    {
        var document = PolicyReader.Read("<h1>我们收集的信息</h1>\n<p>您的手机\n号码</p>", "privacy.htm");

        Assert.Equal([new PolicyEvidence(2, "手机号码")], document.Categories.Single().Evidence.ToArray());
    }

    [Fact]
    public void Html_list_items_and_bold_numbered_paragraphs_structure_the_text()
    {
        const string Text = "<p><strong>1. Information we collect</strong></p><ul><li>your email address</li></ul><p><strong>2. Sharing</strong></p><p>We share your phone number with DHL.</p>";

        var document = PolicyReader.Read(Text);

        Assert.Equal(PolicyFormat.Html, document.Format);
        PolicyAssert.Declares(document, "contact.email");
        PolicyAssert.DoesNotDeclare(document, "contact.phone");
    }

    [Theory]
    [InlineData("{\"categories\": []}", null, PolicyFormat.StructuredJson)]
    [InlineData("categories:\n  - contact.phone\n", null, PolicyFormat.StructuredYaml)]
    [InlineData("<!DOCTYPE html><p>x</p>", null, PolicyFormat.Html)]
    [InlineData("## Title\n\ntext", null, PolicyFormat.Markdown)]
    [InlineData("一、标题\n正文", null, PolicyFormat.PlainText)]
    [InlineData("text", "policy.yml", PolicyFormat.StructuredYaml)]
    [InlineData("{ not json", "policy.md", PolicyFormat.Markdown)]
    [InlineData("---\ntitle: x\ncategories: [a]\n---\n\nSome prose here.", null, PolicyFormat.Markdown)]
    public void The_format_comes_from_the_extension_or_the_content(string text, string? path, PolicyFormat expected) =>
        Assert.Equal(expected, PolicyReader.DetectFormat(text, path));

    [Fact]
    public void Html_character_references_are_decoded_and_invisible_ones_split_no_word()
    {
        const string Html = "<h2>我们收集的信息</h2><p>我们会收集您的手机&shy;号码、&#x90AE;&#31665;和&eacute;tat&nbsp;civil。</p>";

        var document = PolicyReader.Read(Html, "policy.html");

        Assert.Equal([("contact.phone", "手机号码"), ("contact.email", "邮箱")], document.Categories.Select(category => (category.Id, category.Evidence.Single().Text)));
    }
}
