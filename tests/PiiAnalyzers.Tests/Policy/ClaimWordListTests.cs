using PiiAnalyzers.Policy.Claims;

namespace PiiAnalyzers.Tests.Policy;

/// <summary>The claim word lists are embedded, well-formed ("group: phrase|phrase") and hold every group the claims read.</summary>
public class ClaimWordListTests
{
    [Theory]
    [InlineData("encryption", "encrypt", "加密", "encrypted")]
    [InlineData("encryption", "transit", "传输", "TLS")]
    [InlineData("retention", "not-stored", "不予保存", "not stored")]
    [InlineData("retention", "account-closed", "注销", "close your account")]
    [InlineData("sharing", "share", "共享", "disclose")]
    [InlineData("sharing", "recipient-verb", "提供给", "shared with")]
    [InlineData("recipients", "known", "友盟", "Stripe")]
    [InlineData("sensitive", "sensitive", "敏感个人信息", "sensitive data")]
    [InlineData("negators", "negator", "不", "never")]
    [InlineData("negators", "contrast", "但是", "however")]
    [InlineData("durations", "unit-D", "工作日", "days")]
    public void Each_group_holds_both_languages_phrases(string list, string group, string chinese, string english)
    {
        var phrases = ClaimWords.Group(list, group);

        Assert.Contains(chinese, phrases);
        Assert.Contains(english, phrases);
    }

    [Theory]
    [InlineData("encryption")]
    [InlineData("retention")]
    [InlineData("sharing")]
    [InlineData("recipients")]
    [InlineData("sensitive")]
    [InlineData("negators")]
    [InlineData("durations")]
    public void Every_line_is_a_group_with_phrases(string list) =>
        Assert.All(ClaimWords.Groups(list), line => Assert.NotEmpty(line.Phrases));

    [Fact]
    public void Latin_and_other_scripts_are_told_apart() =>
        Assert.Equal(["不包括", "不包含", "不含", "不涉及", "并非", "不是", "而非"], ClaimWords.Group("negators", "noun-negator", latin: false).ToArray());
}
