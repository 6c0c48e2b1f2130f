namespace PiiAnalyzers;

/// <summary>The categories diagnostics are grouped under in the IDE and in SARIF.</summary>
internal static class DiagnosticCategories
{
    public const string Annotations = "PiiAnalyzers.Annotations";
}
