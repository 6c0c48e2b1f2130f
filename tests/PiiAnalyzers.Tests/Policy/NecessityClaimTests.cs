using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Tests.Policy;

/// <summary>Sentences that call data required for the service, or optional (Claims/NecessityClaims).</summary>
public class NecessityClaimTests
{
    [Theory]
    [InlineData("注册时您必须提供手机号码。", "contact.phone")]
    [InlineData("如您拒绝提供手机号码，将无法完成注册。", "contact.phone")]
    [InlineData("如果您不提供收货地址，您将无法下单。", "contact.address")]
    [InlineData("You must provide your email address to create an account.", "contact.email")]
    [InlineData("If you do not provide your phone number, you will not be able to register.", "contact.phone")]
    public void Data_the_service_cannot_do_without_is_required(string sentence, string category)
    {
        var claim = Assert.Single(Read(sentence).Claims.Necessity);

        Assert.True(claim.IsRequired);
        Assert.Equal(new[] { category }, claim.Categories.ToArray());
        Assert.Equal(ClaimConfidence.Clear, claim.Confidence);
        Assert.Equal(sentence, claim.Evidence.Text);
    }

    [Theory]
    [InlineData("您的性别、生日为选填信息。")]
    [InlineData("性别和生日属于非必要信息，不提供不影响您使用我们的服务。")]
    [InlineData("如您拒绝提供位置信息，将无法使用附近门店功能，但不影响您使用其他功能。")]
    [InlineData("如您拒绝提供位置信息，您将无法使用该功能。")]
    [InlineData("您有权选择不提供浏览记录，但这将导致您无法使用特定服务。")]
    [InlineData("我们收集您的手机号码。如您拒绝提供上述信息，部分功能无法使用。")]
    [InlineData("Your gender and date of birth are optional.")]
    [InlineData("If you do not provide your location, you will not be able to use this feature.")]
    public void Data_a_user_may_withhold_is_optional(string sentence)
    {
        var claim = Assert.Single(Read(sentence).Claims.Necessity);

        Assert.False(claim.IsRequired);
        Assert.NotEmpty(claim.Categories);
    }

    [Fact]
    public void A_marker_in_brackets_is_about_the_data_right_before_it()
    {
        var claim = Assert.Single(Read("使用约车服务时，需提供乘车人姓名（选填）、手机号码。").Claims.Necessity);

        Assert.False(claim.IsRequired);
        Assert.Equal(new[] { "profile.name" }, claim.Categories.ToArray());
    }

    [Fact]
    public void A_sentence_that_points_back_takes_the_data_of_the_sentence_before()
    {
        var claims = Read("注册时我们会收集您的手机号码和昵称。上述信息为必要信息，如您拒绝提供将无法注册。").Claims.Necessity;

        var claim = Assert.Single(claims);
        Assert.True(claim.IsRequired);
        Assert.Equal(new[] { "contact.phone", "profile.nickname" }, claim.Categories.ToArray());
    }

    [Theory]
    [InlineData("如您拒绝提供手机号码，我们可能无法为您提供服务。", "hedged (\"可能\")")]
    [InlineData("如您拒绝提供手机号码，将无法继续。", "does not say what a refusal prevents")]
    public void A_hedge_or_a_refusal_whose_cost_is_not_named_is_unclear(string sentence, string reason)
    {
        var claim = Assert.Single(Read(sentence).Claims.Necessity);

        Assert.True(claim.IsRequired);
        Assert.Equal(reason, claim.UnclearReason);
    }

    [Theory]
    [InlineData("您有权拒绝提供手机号码。")]
    [InlineData("我们会在必要时收集您的手机号码。")]
    [InlineData("必要信息是指保障基本功能正常运行所必需的个人信息。")]
    [InlineData("如您拒绝提供，将无法完成注册。")]
    [InlineData("We will not share your phone number unless it is required by law.")]
    [InlineData("除对违规账号进行处罚公告时，我们会披露相关账号的必要信息外，我们不会公开披露你的信息。")]
    [InlineData("您也可选择每次发送 cookie 时由您的计算机发出警告。")]
    public void Rights_necessary_in_other_senses_definitions_and_data_in_general_claim_nothing(string sentence) =>
        Assert.Empty(Read(sentence).Claims.Necessity);

    private static PolicyDocument Read(string text) =>
        PolicyReader.Read("# Information we collect\n\n" + text + "\n", "policy.md");
}
