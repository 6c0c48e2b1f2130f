using Microsoft.CodeAnalysis;

namespace PiiAnalyzers;

/// <summary>
/// Every diagnostic this package reports. Titles and messages come from Resources, translated in Resources.zh-Hans.
/// Each descriptor is created with constant id, category and severity so that release tracking (RS2008) can read it.
/// </summary>
public static class DiagnosticDescriptors
{
    /// <summary>PII0007, one of the ways an annotation can be invalid.</summary>
    public static readonly DiagnosticDescriptor UnknownCategory = new(
        RuleIdentifiers.InvalidAnnotation,
        Localized(nameof(Resources.PII0007_Title)),
        Localized(nameof(Resources.PII0007_UnknownCategory_Message)),
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0007_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.InvalidAnnotation));

    /// <summary>PII0007, one of the ways an annotation can be invalid.</summary>
    public static readonly DiagnosticDescriptor UnknownCategoryNoSuggestion = new(
        RuleIdentifiers.InvalidAnnotation,
        Localized(nameof(Resources.PII0007_Title)),
        Localized(nameof(Resources.PII0007_UnknownCategoryNoSuggestion_Message)),
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0007_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.InvalidAnnotation));

    /// <summary>PII0007, one of the ways an annotation can be invalid.</summary>
    public static readonly DiagnosticDescriptor InvalidRetention = new(
        RuleIdentifiers.InvalidAnnotation,
        Localized(nameof(Resources.PII0007_Title)),
        Localized(nameof(Resources.PII0007_InvalidRetention_Message)),
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0007_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.InvalidAnnotation));

    /// <summary>PII0007, one of the ways an annotation can be invalid.</summary>
    public static readonly DiagnosticDescriptor NotPersonalData = new(
        RuleIdentifiers.InvalidAnnotation,
        Localized(nameof(Resources.PII0007_Title)),
        Localized(nameof(Resources.PII0007_NotPersonalData_Message)),
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0007_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.InvalidAnnotation));

    /// <summary>PII0007, one of the ways an annotation can be invalid.</summary>
    public static readonly DiagnosticDescriptor ConstantPersonalData = new(
        RuleIdentifiers.InvalidAnnotation,
        Localized(nameof(Resources.PII0007_Title)),
        Localized(nameof(Resources.PII0007_ConstantPersonalData_Message)),
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0007_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.InvalidAnnotation));

    /// <summary>PII0007, one of the ways an annotation can be invalid.</summary>
    public static readonly DiagnosticDescriptor EmptyRecipient = new(
        RuleIdentifiers.InvalidAnnotation,
        Localized(nameof(Resources.PII0007_Title)),
        Localized(nameof(Resources.PII0007_EmptyRecipient_Message)),
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0007_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.InvalidAnnotation));

    /// <summary>PII0007, one of the ways an annotation can be invalid.</summary>
    public static readonly DiagnosticDescriptor CustomCategoryCollision = new(
        RuleIdentifiers.InvalidAnnotation,
        Localized(nameof(Resources.PII0007_Title)),
        Localized(nameof(Resources.PII0007_CustomCategoryCollision_Message)),
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0007_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.InvalidAnnotation));

    /// <summary>PII0007, one of the ways an annotation can be invalid.</summary>
    public static readonly DiagnosticDescriptor CustomCategoryMalformed = new(
        RuleIdentifiers.InvalidAnnotation,
        Localized(nameof(Resources.PII0007_Title)),
        Localized(nameof(Resources.PII0007_CustomCategoryMalformed_Message)),
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0007_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.InvalidAnnotation));

    /// <summary>PII0007, one of the ways an annotation can be invalid.</summary>
    public static readonly DiagnosticDescriptor CustomCategoryDuplicate = new(
        RuleIdentifiers.InvalidAnnotation,
        Localized(nameof(Resources.PII0007_Title)),
        Localized(nameof(Resources.PII0007_CustomCategoryDuplicate_Message)),
        DiagnosticCategories.Annotations,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0007_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.InvalidAnnotation));

    private static LocalizableResourceString Localized(string name) => new(name, Resources.ResourceManager, typeof(Resources));
}
