using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Tests.Policy;

public class PolicyNegationTests
{
    [Theory]
    [InlineData("我们不会收集您的通讯录和通话记录。", "social.contacts", "communication.call-log")]
    [InlineData("我们不收集您的身份证号码。", "identity.national-id")]
    [InlineData("使用本服务无需提供姓名或手机号码。", "profile.name", "contact.phone")]
    [InlineData("我们不会获取您的精确位置。", "location.precise")]
    [InlineData("您的通讯录不会被上传。", "social.contacts")]
    [InlineData("We do not collect your name or email address.", "profile.name", "contact.email")]
    [InlineData("The ID does not reveal your identity (like your name).", "profile.name")]
    [InlineData("We never ask for your password.", "account.credential")]
    [InlineData("We don't process sensitive information such as biometric data.", "biometric")]
    [InlineData("Crash reports contain the OS version, but never your contacts or photos.", "social.contacts", "media.photo")]
    [InlineData("We do not want to know your name, gender or age.", "profile.name", "profile.gender", "profile.age")]
    [InlineData("我们不想知道您的姓名、性别或年龄。", "profile.name", "profile.gender", "profile.age")]
    public void Negated_mentions_declare_nothing(string sentence, params string[] negatedIds)
    {
        var document = PolicyReader.Read("# Information we collect\n\n" + sentence + "\n", "policy.md");

        PolicyAssert.DoesNotDeclare(document, negatedIds);
    }

    [Theory]
    [InlineData("我们不会收集您的通讯录，但会收集您的手机号码。", "contact.phone", "social.contacts")]
    [InlineData("我们不会收集您的精确位置，仅收集所在城市。", "location.coarse", "location.precise")]
    [InlineData("We collect your email address but do not collect your name.", "contact.email", "profile.name")]
    [InlineData("We do not collect anything except your email address.", "contact.email", null)]
    public void A_contrast_ends_the_negation(string sentence, string declared, string? negated)
    {
        var document = PolicyReader.Read("# Information we collect\n\n" + sentence + "\n", "policy.md");

        PolicyAssert.Declares(document, declared);
        if (negated is not null)
        {
            PolicyAssert.DoesNotDeclare(document, negated);
        }
    }

    [Theory]
    [InlineData("如您不提供手机号码，将无法完成注册。", "contact.phone")]
    [InlineData("您可以选择不提供头像。", "profile.avatar")]
    [InlineData("If you do not provide your email address, we cannot reply.", "contact.email")]
    [InlineData("我们不仅收集您的昵称，还收集您的性别。", "profile.nickname")]
    public void A_condition_or_choice_is_not_an_exclusion(string sentence, string declared)
    {
        var document = PolicyReader.Read("# Information we collect\n\n" + sentence + "\n", "policy.md");

        PolicyAssert.Declares(document, declared);
    }

    [Fact]
    public void A_definition_of_sensitive_information_declares_nothing()
    {
        var document = PolicyReader.Read("# 我们收集的信息\n\n个人敏感信息是指一旦泄露可能危害人身安全的信息，包括身份证件号码、银行账户、行踪轨迹等。\n", "policy.md");

        Assert.Empty(document.Categories);
    }
}
