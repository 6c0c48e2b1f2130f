using Microsoft.CodeAnalysis;

namespace PiiAnalyzers;

/// <summary>
/// Every diagnostic this package reports. Titles and messages come from Resources, translated in Resources.zh-Hans.
/// Each descriptor is created with constant id, category and severity so that release tracking (RS2008) can read it.
/// This file holds the rules about annotations, configuration and the scan itself (PII0006, PII0007, PII0009, PII0010,
/// PII0900); DiagnosticDescriptors.Leaks.cs the leak rules (PII0001–PII0005, PII0008); DiagnosticDescriptors.Policy.cs
/// the privacy policy check (PII0101–PII0110). No descriptor refers to another, so the files' order does not matter.
/// </summary>
public static partial class DiagnosticDescriptors
{
    /// <summary>PII0006: a member that looks like personal data (by its name or type) carries no personal-data marker.</summary>
    public static readonly DiagnosticDescriptor UnannotatedPersonalData = new(
        RuleIdentifiers.UnannotatedPersonalData,
        Localized(nameof(Resources.PII0006_Title)),
        Localized(nameof(Resources.PII0006_Message)),
        DiagnosticCategories.Discovery,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0006_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.UnannotatedPersonalData));

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

    /// <summary>PII0007: <c>[NotPersonalData]</c> on a member that a marker makes personal data.</summary>
    public static readonly DiagnosticDescriptor NotPersonalDataOnPersonalData = new(
        RuleIdentifiers.InvalidAnnotation,
        Localized(nameof(Resources.PII0007_Title)),
        Localized(nameof(Resources.PII0007_ContradictsPersonalData_Message)),
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
    public static readonly DiagnosticDescriptor InvalidCountry = new(
        RuleIdentifiers.InvalidAnnotation,
        Localized(nameof(Resources.PII0007_Title)),
        Localized(nameof(Resources.PII0007_InvalidCountry_Message)),
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

    /// <summary>
    /// PII0009: a row of the project's <c>pii.third-parties.txt</c> cannot be read; reported at the row, which is left out
    /// of the third-party catalog while the other rows still count.
    /// </summary>
    public static readonly DiagnosticDescriptor InvalidThirdPartyRow = new(
        RuleIdentifiers.InvalidThirdPartyRow,
        Localized(nameof(Resources.PII0009_Title)),
        Localized(nameof(Resources.PII0009_Message)),
        DiagnosticCategories.Sharing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0009_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.InvalidThirdPartyRow));

    /// <summary>
    /// PII0010: with <c>pii_app_type</c> set, a member of the inventory collects a category the app type's basic function
    /// does not need (docs/necessary-information.md), and <c>[PersonalData(Optional = true)]</c> does not say the user may
    /// decline it. Reported on the member.
    /// </summary>
    public static readonly DiagnosticDescriptor NotNecessaryForAppType = new(
        RuleIdentifiers.NotNecessaryPersonalData,
        Localized(nameof(Resources.PII0010_Title)),
        Localized(nameof(Resources.PII0010_Message)),
        DiagnosticCategories.Necessity,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0010_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.NotNecessaryPersonalData));

    /// <summary>
    /// PII0010: <c>pii_app_type</c> names no app type, so nothing is checked. The setting has no place in the code: reported
    /// once per value, without a location, when the compilation has been seen whole.
    /// </summary>
    public static readonly DiagnosticDescriptor UnknownAppType = new(
        RuleIdentifiers.NotNecessaryPersonalData,
        Localized(nameof(Resources.PII0010_Title)),
        Localized(nameof(Resources.PII0010_UnknownAppType_Message)),
        DiagnosticCategories.Necessity,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0010_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.NotNecessaryPersonalData),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>
    /// PII0900: code <c>pii scan</c> or <c>pii check</c> left out or stopped to bound its work (a file over the size or
    /// nesting limit, a project over the time limit). No analyzer reports it; the message is the command's.
    /// </summary>
    public static readonly DiagnosticDescriptor NotAnalyzed = new(
        RuleIdentifiers.NotAnalyzed,
        Localized(nameof(Resources.PII0900_Title)),
        Localized(nameof(Resources.PII0900_Message)),
        DiagnosticCategories.Scan,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0900_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.NotAnalyzed));

    private static LocalizableResourceString Localized(string name) => new(name, Resources.ResourceManager, typeof(Resources));
}
