using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Tests.Policy;

/// <summary>
/// The two real Chinese policies in ../shared/policies: the reader has never been tuned on text like them beyond what
/// is asserted here. Skipped, with a message, where the folder is absent.
/// </summary>
public class SharedPolicyTests
{
    private const string FirstPolicy = "000_538e0154392e6c7b.txt";
    private const string SecondPolicy = "001_3f38536200ae29b0.txt";

    [SharedPoliciesFact]
    public void The_markdown_policy_declares_phone_email_account_and_contact()
    {
        var document = ReadShared(FirstPolicy);

        Assert.Equal(PolicyFormat.Markdown, document.Format);
        Assert.True(document.HasCollectionSection);
        PolicyAssert.Declares(document, "contact.phone", "contact.email", "contact", "account.id", "account.username", "account.credential");
        Assert.Equal(["account", "contact"], TopLevels(document));
        Assert.Equal(24, document.Categories.Single(category => category.Id == "contact.phone").Evidence[0].Line);
        Assert.Contains(document.Claims.Sharing, claim => claim.Kind == SharingClaimKind.NotShared && claim.Evidence.Line == 36);
        Assert.Contains(document.Claims.Retention, claim => claim.Rule == "account-deleted");
    }

    [SharedPoliciesFact]
    public void The_plain_text_policy_declares_username_email_and_password()
    {
        var document = ReadShared(SecondPolicy);

        Assert.Equal(PolicyFormat.PlainText, document.Format);
        PolicyAssert.Declares(document, "account.username", "contact.email", "account.credential");
        Assert.Equal(["account", "contact"], TopLevels(document));
        Assert.Equal(23, document.Categories.Single(category => category.Id == "account.username").Evidence[0].Line);
        var encrypted = Assert.Single(document.Claims.Encryption, claim => claim.Evidence.Line == 50);
        Assert.Contains("account.username", encrypted.Categories);
        Assert.Contains("contact.email", encrypted.Categories);
        Assert.Contains(document.Claims.Retention, claim => claim.Rule == "account-deleted+P3D" && claim.Evidence.Line == 34);
    }

    [SharedPoliciesFact]
    public void Every_shared_policy_reads_without_throwing()
    {
        foreach (var file in Directory.GetFiles(PolicyTestFiles.SharedPoliciesDirectory))
        {
            Assert.True(PolicyDecoder.TryDecode(File.ReadAllBytes(file), out var text, out var error), error);
            var document = PolicyReader.Read(text, file);
            Assert.NotEmpty(document.Sections);
        }
    }

    private static List<string> TopLevels(PolicyDocument document) =>
        document.Categories.Select(category => category.Id.Split('.')[0]).Distinct().Order(StringComparer.Ordinal).ToList();

    private static PolicyDocument ReadShared(string name)
    {
        var path = Path.Combine(PolicyTestFiles.SharedPoliciesDirectory, name);
        Assert.True(PolicyDecoder.TryDecode(File.ReadAllBytes(path), out var text, out var error), error);
        return PolicyReader.Read(text, path);
    }
}

/// <summary>A fact that is skipped, saying why, where ../shared/policies is absent.</summary>
internal sealed class SharedPoliciesFactAttribute : FactAttribute
{
    public SharedPoliciesFactAttribute()
    {
        if (!Directory.Exists(PolicyTestFiles.SharedPoliciesDirectory))
        {
            Skip = $"The shared real policies ({PolicyTestFiles.SharedPoliciesDirectory}) are absent on this machine.";
        }
    }
}
