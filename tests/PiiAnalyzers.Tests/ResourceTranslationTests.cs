using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PiiAnalyzers.Tests;

/// <summary>A developer whose IDE runs in Chinese reads every title and message in Chinese.</summary>
public class ResourceTranslationTests
{
    private static readonly Dictionary<string, string> English = ReadResx("src/PiiAnalyzers/Resources.resx");
    private static readonly Dictionary<string, string> Chinese = ReadResx("src/PiiAnalyzers/Resources.zh-Hans.resx");

    public static TheoryData<string> Keys()
    {
        var data = new TheoryData<string>();
        foreach (var key in English.Keys)
        {
            data.Add(key);
        }

        return data;
    }

    [Fact]
    public void BothFiles_HaveTheSameKeys()
    {
        Assert.NotEmpty(English);
        Assert.Equal(English.Keys.Order(), Chinese.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Translation_IsChinese_AndKeepsEveryPlaceholder(string key)
    {
        Assert.True(Chinese.TryGetValue(key, out var translation), $"{key} has no zh-Hans translation");
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", translation);
        Assert.Equal(Placeholders(English[key]), Placeholders(translation!));
    }

    private static string[] Placeholders(string text) =>
        Regex.Matches(text, @"\{\d+\}").Select(match => match.Value).Order().ToArray();

    private static Dictionary<string, string> ReadResx(string relativePath) =>
        XDocument.Parse(RepositoryFiles.Read(relativePath))
            .Root!.Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string)data.Element("value")!);
}
