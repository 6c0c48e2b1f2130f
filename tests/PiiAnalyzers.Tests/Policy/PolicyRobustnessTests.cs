using System.Text;
using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Tests.Policy;

/// <summary>
/// The reader runs inside the compiler: no input may make it throw. How fast it reads is measured by the benchmarks, not
/// here: a timed unit test fails on a busy machine and passes a slow reader on a fast one.
/// </summary>
public class PolicyRobustnessTests
{
    private static readonly string[] Paths = [null!, "p.md", "p.html", "p.txt", "p.json", "p.yaml"];

    [Fact]
    public void Random_bytes_never_throw()
    {
        PolicyTestFiles.EnsureCodePages();
        var random = new Random(42);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 2048)];
            random.NextBytes(bytes);
            if (PolicyDecoder.TryDecode(bytes, out var text, out _))
            {
                ReadEveryWay(text);
            }

            ReadEveryWay(Encoding.Latin1.GetString(bytes));
        }
    }

    [Fact]
    public void Random_unicode_and_markup_fragments_never_throw()
    {
        var random = new Random(7);
        string[] fragments =
        [
            "<", ">", "</p>", "<script>", "<!--", "&#x", "&amp", "&#99999999;", "#", "## ", "|", "|---|", "**", "[", "](", "\n", "\r", " ",
            "一、", "（一）", "1.", "1.2.1", "第三条", "不会收集", "手机号码", "IMEI", "{", "}", "[", "]", "\"", ":", "- ", "categories:",
            "\uD800", "\uDC00", "\0", "\u2028", "收集", "敏感个人信息", "注销", "3个工作日", "SDK", "有限公司", "Inc.", "not", "collect",
        ];
        for (var i = 0; i < 500; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 200);
            for (var j = 0; j < length; j++)
            {
                builder.Append(random.Next(3) == 0 ? (char)random.Next(0, 0x10000) : fragments[random.Next(fragments.Length)]);
            }

            ReadEveryWay(builder.ToString());
        }
    }

    [Fact]
    public void A_ten_megabyte_policy_is_read()
    {
        var paragraph = File.ReadAllText(Path.Combine(PolicyTestFiles.CorpusDirectory, "zh-app-sdk.md"));
        var builder = new StringBuilder();
        while (builder.Length < 10_000_000)
        {
            builder.Append(paragraph).Append('\n');
        }

        var document = PolicyReader.Read(builder.ToString(), "big.md");

        Assert.Contains(document.Categories, category => category.Id == "contact.phone");
    }

    [Theory]
    [InlineData("手机号码")]
    [InlineData("a")]
    [InlineData("<")]
    [InlineData("<a ")]
    [InlineData("[")]
    [InlineData("不")]
    [InlineData("一、")]
    [InlineData("&")]
    public void A_very_long_line_never_throws(string unit)
    {
        var text = "# Information we collect\n\n" + string.Concat(Enumerable.Repeat(unit, 200_000 / unit.Length));

        ReadEveryWay(text);
    }

    [Fact]
    public void Deep_nesting_does_not_exhaust_the_stack()
    {
        var lists = string.Concat(Enumerable.Range(0, 20_000).Select(depth => new string(' ', depth % 400) + "- 手机号码\n"));
        var html = string.Concat(Enumerable.Repeat("<ul><li>", 50_000)) + "电子邮箱";
        var json = new string('[', 100_000) + new string(']', 100_000);
        var yaml = string.Concat(Enumerable.Range(0, 5_000).Select(depth => new string(' ', depth) + "categories:\n"));
        var numbered = string.Concat(Enumerable.Range(1, 20_000).Select(i => $"{new string('（', i % 3)}{i}）收集的信息\n"));

        PolicyReader.Read(lists, "p.md");
        PolicyReader.Read(html, "p.html");
        Assert.Equal(PolicyProblemKind.MalformedDeclaration, PolicyReader.Read(json, "p.json").Problems.Single().Kind);
        PolicyReader.Read(yaml, "p.yaml");
        PolicyReader.Read(numbered, "p.txt");
    }

    private static void ReadEveryWay(string text)
    {
        foreach (var path in Paths)
        {
            var document = PolicyReader.Read(text, path);
            Assert.NotNull(document.Claims);
            foreach (var category in document.Categories)
            {
                Assert.All(category.Evidence, evidence => Assert.True(evidence.Line >= 1));
            }
        }
    }
}
