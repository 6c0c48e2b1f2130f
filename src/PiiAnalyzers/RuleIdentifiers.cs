namespace PiiAnalyzers;

/// <summary>The diagnostic ids: a contract with users' <c>.editorconfig</c> files and suppressions, never reused.</summary>
public static class RuleIdentifiers
{
    public const string InvalidAnnotation = "PII0007";

    /// <summary>The rule's documentation page, which every descriptor links to.</summary>
    public static string GetHelpUri(string id) =>
        $"https://github.com/PiiAnalyzers/PiiAnalyzers/blob/main/docs/rules/{id}.md";
}
