using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Tests.Policy;

internal static class PolicyAssert
{
    public static void Declares(PolicyDocument document, params string[] ids)
    {
        foreach (var id in ids)
        {
            Assert.True(document.Categories.Any(category => category.Id == id), $"expected {id}; declared: {Ids(document)}");
        }
    }

    public static void DoesNotDeclare(PolicyDocument document, params string[] ids)
    {
        foreach (var id in ids)
        {
            Assert.False(document.Categories.Any(category => category.Id == id), $"did not expect {id}; declared: {Ids(document)}");
        }
    }

    public static string Ids(PolicyDocument document) => string.Join(", ", document.Categories.Select(category => category.Id));
}
