using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Tests.Policy;

/// <summary>Statements that the user must give data (必须提供, 如您不提供…将无法…, "you must provide"), as PII0109 reads them.</summary>
public class RequiredClaimTests
{
    [Theory]
    [InlineData("注册时，您必须提供手机号码。", "contact.phone")]
    [InlineData("如您不提供电子邮箱，将无法完成注册。", "contact.email")]
    [InlineData("收货地址为必填项。", "contact.address")]
    [InlineData("You must provide your email address to register.", "contact.email")]
    [InlineData("If you do not provide your phone number, we cannot reach you.", "contact.phone")]
    public void ARequiredStatement_NamesItsCategories_Clearly(string sentence, string category)
    {
        var claim = Assert.Single(Read(sentence).Claims.Required);

        Assert.Equal(new[] { category }, claim.Categories.ToArray());
        Assert.Equal(ClaimConfidence.Clear, claim.Confidence);
        Assert.Equal(sentence, claim.Evidence.Text);
    }

    [Theory]
    [InlineData("如您不提供电子邮箱，不影响您使用基本功能。")]
    [InlineData("电子邮箱属于非必要信息，您可以选择不提供。")]
    [InlineData("如您不提供电子邮箱，我们会通过短信通知您。")]
    [InlineData("Providing your email address is optional.")]
    [InlineData("您必须提供必要信息。")]
    public void AnOptionalStatement_OrOneNamingNoData_IsNoRequiredClaim(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Required);

    [Fact]
    public void AHedgedStatement_IsUnclear()
    {
        var claim = Assert.Single(Read("我们可能需要您提供电子邮箱。").Claims.Required);

        Assert.Equal("hedged (\"可能\")", claim.UnclearReason);
    }

    private static PolicyDocument Read(string sentence) =>
        PolicyReader.Read("# 我们如何收集和使用您的个人信息\n\n" + sentence + "\n", "policy.md");
}
