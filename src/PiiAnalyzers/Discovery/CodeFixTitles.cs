using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Discovery;

/// <summary>The titles of the PII0006, PII0007 and PII0010 code fixes, from this assembly's resources (English and zh-Hans).</summary>
public static class CodeFixTitles
{
    /// <summary>PII0006: annotate the member with the suggested category.</summary>
    public static LocalizableString Annotate(string categoryId) =>
        new LocalizableResourceString(nameof(Resources.PII0006_CodeFix_Title), Resources.ResourceManager, typeof(Resources), categoryId);

    /// <summary>PII0007: replace an unknown category with the suggested one.</summary>
    public static LocalizableString ReplaceCategory(string categoryId) =>
        new LocalizableResourceString(nameof(Resources.PII0007_ReplaceCategory_CodeFix_Title), Resources.ResourceManager, typeof(Resources), categoryId);

    /// <summary>PII0010: mark the data optional, for data the app works without.</summary>
    public static LocalizableString MarkOptional() =>
        new LocalizableResourceString(nameof(Resources.PII0010_CodeFix_Title), Resources.ResourceManager, typeof(Resources));
}
