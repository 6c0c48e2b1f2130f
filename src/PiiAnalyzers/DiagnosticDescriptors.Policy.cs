using Microsoft.CodeAnalysis;

namespace PiiAnalyzers;

/// <summary>The privacy policy check (PII0101–PII0110): the code against the policy the project publishes.</summary>
public static partial class DiagnosticDescriptors
{
    /// <summary>PII0101: the code collects a category the privacy policy does not declare. Reported on the member.</summary>
    public static readonly DiagnosticDescriptor CollectedButNotDeclared = new(
        RuleIdentifiers.CollectedButNotDeclared,
        Localized(nameof(Resources.PII0101_Title)),
        Localized(nameof(Resources.PII0101_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0101_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.CollectedButNotDeclared),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0101, once for all the members that have no category (only an Identity or M.E.Compliance marker), so that the policy check cannot compare them.</summary>
    public static readonly DiagnosticDescriptor CollectedWithoutCategory = new(
        RuleIdentifiers.CollectedButNotDeclared,
        Localized(nameof(Resources.PII0101_Title)),
        Localized(nameof(Resources.PII0101_Unspecified_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0101_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.CollectedButNotDeclared),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0102: the privacy policy declares a category the code never collects. Reported on the policy line.</summary>
    public static readonly DiagnosticDescriptor DeclaredButNotCollected = new(
        RuleIdentifiers.DeclaredButNotCollected,
        Localized(nameof(Resources.PII0102_Title)),
        Localized(nameof(Resources.PII0102_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0102_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.DeclaredButNotCollected),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0103: the privacy policy promises a category is stored encrypted; the member is not.</summary>
    public static readonly DiagnosticDescriptor EncryptionPromisedButMissing = new(
        RuleIdentifiers.EncryptionPromisedButMissing,
        Localized(nameof(Resources.PII0103_Title)),
        Localized(nameof(Resources.PII0103_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0103_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.EncryptionPromisedButMissing),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0104: the member's <c>[RetainUntil]</c> rule keeps data longer than, or differently from, what the policy states.</summary>
    public static readonly DiagnosticDescriptor RetentionDisagreesWithPolicy = new(
        RuleIdentifiers.RetentionDisagreesWithPolicy,
        Localized(nameof(Resources.PII0104_Title)),
        Localized(nameof(Resources.PII0104_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0104_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.RetentionDisagreesWithPolicy),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0105, when the policy says the data is not shared with third parties.</summary>
    public static readonly DiagnosticDescriptor SharedDespitePolicy = new(
        RuleIdentifiers.SharingContradictsPolicy,
        Localized(nameof(Resources.PII0105_Title)),
        Localized(nameof(Resources.PII0105_NotShared_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0105_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SharingContradictsPolicy),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0105, when the policy lists who receives the category and the <c>[SharedWith]</c> recipient is not among them.</summary>
    public static readonly DiagnosticDescriptor SharedWithUnnamedRecipient = new(
        RuleIdentifiers.SharingContradictsPolicy,
        Localized(nameof(Resources.PII0105_Title)),
        Localized(nameof(Resources.PII0105_UnnamedRecipient_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0105_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SharingContradictsPolicy),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0105, when the policy names the <c>[SharedWith]</c> recipient nowhere as one that receives personal data.</summary>
    public static readonly DiagnosticDescriptor SharedWithUnlistedRecipient = new(
        RuleIdentifiers.SharingContradictsPolicy,
        Localized(nameof(Resources.PII0105_Title)),
        Localized(nameof(Resources.PII0105_UnlistedRecipient_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0105_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SharingContradictsPolicy),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0107: personal data goes to a recipient abroad, and the policy says it stays in the country.</summary>
    public static readonly DiagnosticDescriptor CrossBorderDespiteInCountry = new(
        RuleIdentifiers.CrossBorderNotInPolicy,
        Localized(nameof(Resources.PII0107_Title)),
        Localized(nameof(Resources.PII0107_InCountry_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0107_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.CrossBorderNotInPolicy),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0107, when the policy says nothing of transfers abroad; reported as a warning (the rule keeps its default severity for release tracking).</summary>
    public static readonly DiagnosticDescriptor CrossBorderNotStated = new(
        RuleIdentifiers.CrossBorderNotInPolicy,
        Localized(nameof(Resources.PII0107_Title)),
        Localized(nameof(Resources.PII0107_NotStated_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0107_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.CrossBorderNotInPolicy),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0107, when what the policy says about transfers abroad is unclear; reported as information.</summary>
    public static readonly DiagnosticDescriptor CrossBorderStatementUnclear = new(
        RuleIdentifiers.CrossBorderNotInPolicy,
        Localized(nameof(Resources.PII0107_Title)),
        Localized(nameof(Resources.PII0107_Unclear_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0107_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.CrossBorderNotInPolicy),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0108: the policy names a third party or SDK the code shares nothing with.</summary>
    public static readonly DiagnosticDescriptor RecipientNeverUsed = new(
        RuleIdentifiers.RecipientNeverUsed,
        Localized(nameof(Resources.PII0108_Title)),
        Localized(nameof(Resources.PII0108_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0108_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.RecipientNeverUsed),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0106: a sensitive category is collected, but the policy does not call it sensitive.</summary>
    public static readonly DiagnosticDescriptor SensitiveNotInPolicy = new(
        RuleIdentifiers.SensitiveNotInPolicy,
        Localized(nameof(Resources.PII0106_Title)),
        Localized(nameof(Resources.PII0106_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0106_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SensitiveNotInPolicy),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0103, when only an unclear claim promises encryption; reported as information (the rule keeps its default severity for release tracking).</summary>
    public static readonly DiagnosticDescriptor EncryptionPromiseUnclear = new(
        RuleIdentifiers.EncryptionPromisedButMissing,
        Localized(nameof(Resources.PII0103_Title)),
        Localized(nameof(Resources.PII0103_Unclear_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0103_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.EncryptionPromisedButMissing),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0104, when the rule disagrees only with unclear retention claims; reported as information.</summary>
    public static readonly DiagnosticDescriptor RetentionStatementUnclear = new(
        RuleIdentifiers.RetentionDisagreesWithPolicy,
        Localized(nameof(Resources.PII0104_Title)),
        Localized(nameof(Resources.PII0104_Unclear_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0104_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.RetentionDisagreesWithPolicy),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0105, when the sharing disagrees only with unclear claims; reported as information.</summary>
    public static readonly DiagnosticDescriptor SharingStatementUnclear = new(
        RuleIdentifiers.SharingContradictsPolicy,
        Localized(nameof(Resources.PII0105_Title)),
        Localized(nameof(Resources.PII0105_Unclear_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0105_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SharingContradictsPolicy),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0106, when the policy calls the category sensitive only in an unclear statement; reported as information.</summary>
    public static readonly DiagnosticDescriptor SensitiveStatementUnclear = new(
        RuleIdentifiers.SensitiveNotInPolicy,
        Localized(nameof(Resources.PII0106_Title)),
        Localized(nameof(Resources.PII0106_Unclear_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0106_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SensitiveNotInPolicy),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>
    /// PII0109: the policy says the user must give data the code marks optional (<c>[PersonalData(Optional = true)]</c>) or
    /// that the app type (<c>pii_app_type</c>) does not need.
    /// </summary>
    public static readonly DiagnosticDescriptor RequiredButOptional = new(
        RuleIdentifiers.RequiredButOptional,
        Localized(nameof(Resources.PII0109_Title)),
        Localized(nameof(Resources.PII0109_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0109_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.RequiredButOptional),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0109, when only an unclear statement (hedged, an example) says the data is required; reported as information.</summary>
    public static readonly DiagnosticDescriptor RequiredButOptionalUnclear = new(
        RuleIdentifiers.RequiredButOptional,
        Localized(nameof(Resources.PII0109_Title)),
        Localized(nameof(Resources.PII0109_Unclear_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0109_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.RequiredButOptional),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0110, when the policy file cannot be read or decoded.</summary>
    public static readonly DiagnosticDescriptor PolicyUnreadable = new(
        RuleIdentifiers.UnusablePolicy,
        Localized(nameof(Resources.PII0110_Title)),
        Localized(nameof(Resources.PII0110_Unreadable_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0110_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.UnusablePolicy),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0110, when the policy file is empty.</summary>
    public static readonly DiagnosticDescriptor PolicyEmpty = new(
        RuleIdentifiers.UnusablePolicy,
        Localized(nameof(Resources.PII0110_Title)),
        Localized(nameof(Resources.PII0110_Empty_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0110_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.UnusablePolicy),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0110, when no section of the policy says what is collected.</summary>
    public static readonly DiagnosticDescriptor PolicyWithoutCollectionSection = new(
        RuleIdentifiers.UnusablePolicy,
        Localized(nameof(Resources.PII0110_Title)),
        Localized(nameof(Resources.PII0110_NoCollectionSection_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0110_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.UnusablePolicy),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0110, when a structured (JSON/YAML) declaration is malformed.</summary>
    public static readonly DiagnosticDescriptor PolicyMalformed = new(
        RuleIdentifiers.UnusablePolicy,
        Localized(nameof(Resources.PII0110_Title)),
        Localized(nameof(Resources.PII0110_Malformed_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0110_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.UnusablePolicy),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0110, when a structured declaration names an id that is not a category.</summary>
    public static readonly DiagnosticDescriptor PolicyUnknownCategory = new(
        RuleIdentifiers.UnusablePolicy,
        Localized(nameof(Resources.PII0110_Title)),
        Localized(nameof(Resources.PII0110_UnknownCategory_Message)),
        DiagnosticCategories.Policy,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0110_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.UnusablePolicy),
        customTags: WellKnownDiagnosticTags.CompilationEnd);
}
