using Microsoft.CodeAnalysis;

namespace PiiAnalyzers;

/// <summary>
/// Every diagnostic this package reports. Titles and messages come from Resources, translated in Resources.zh-Hans.
/// Each descriptor is created with constant id, category and severity so that release tracking (RS2008) can read it.
/// </summary>
public static class DiagnosticDescriptors
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

    /// <summary>PII0001: personal data written to a log or trace. Reported at error severity when the data is sensitive.</summary>
    public static readonly DiagnosticDescriptor PersonalDataInLog = new(
        RuleIdentifiers.PersonalDataInLog,
        Localized(nameof(Resources.PII0001_Title)),
        Localized(nameof(Resources.PII0001_Message)),
        DiagnosticCategories.Logging,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0001_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.PersonalDataInLog));

    /// <summary>PII0001 about data inferred from a name or type: reported at the <c>pii_inference_severity</c> (Info by default).</summary>
    public static readonly DiagnosticDescriptor PersonalDataInLogInferred = new(
        RuleIdentifiers.PersonalDataInLog,
        Localized(nameof(Resources.PII0001_Title)),
        Localized(nameof(Resources.PII0001_Inferred_Message)),
        DiagnosticCategories.Logging,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0001_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.PersonalDataInLog));

    /// <summary>
    /// PII0008: an application whose <c>[LoggerMessage]</c> methods have classified parameters never calls
    /// <c>EnableRedaction</c>, so the logging generator's redaction never happens. Once per compilation.
    /// </summary>
    public static readonly DiagnosticDescriptor RedactionNotEnabled = new(
        RuleIdentifiers.RedactionNotEnabled,
        Localized(nameof(Resources.PII0008_Title)),
        Localized(nameof(Resources.PII0008_Message)),
        DiagnosticCategories.Logging,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0008_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.RedactionNotEnabled),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

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
    /// PII0001 for an endpoint whose request or response body the application's HTTP logging options log: reported when
    /// the compilation has been seen whole, as those options are set once for every endpoint.
    /// </summary>
    public static readonly DiagnosticDescriptor PersonalDataInHttpBodyLog = new(
        RuleIdentifiers.PersonalDataInLog,
        Localized(nameof(Resources.PII0001_Title)),
        Localized(nameof(Resources.PII0001_Message)),
        DiagnosticCategories.Logging,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0001_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.PersonalDataInLog),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0001 for an endpoint's logged body whose data is inferred from a name or type.</summary>
    public static readonly DiagnosticDescriptor PersonalDataInHttpBodyLogInferred = new(
        RuleIdentifiers.PersonalDataInLog,
        Localized(nameof(Resources.PII0001_Title)),
        Localized(nameof(Resources.PII0001_Inferred_Message)),
        DiagnosticCategories.Logging,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0001_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.PersonalDataInLog),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0003: personal data in an exception message. Reported at error severity when the data is sensitive.</summary>
    public static readonly DiagnosticDescriptor PersonalDataInExceptionMessage = new(
        RuleIdentifiers.PersonalDataInExceptionMessage,
        Localized(nameof(Resources.PII0003_Title)),
        Localized(nameof(Resources.PII0003_Message)),
        DiagnosticCategories.Logging,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0003_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.PersonalDataInExceptionMessage));

    /// <summary>PII0003 about data inferred from a name or type: reported at the <c>pii_inference_severity</c> (Info by default).</summary>
    public static readonly DiagnosticDescriptor PersonalDataInExceptionMessageInferred = new(
        RuleIdentifiers.PersonalDataInExceptionMessage,
        Localized(nameof(Resources.PII0003_Title)),
        Localized(nameof(Resources.PII0003_Inferred_Message)),
        DiagnosticCategories.Logging,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0003_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.PersonalDataInExceptionMessage));

    /// <summary>PII0004, in a user-written ToString or PrintMembers that prints a personal member.</summary>
    public static readonly DiagnosticDescriptor ToStringOverrideExposesPersonalData = new(
        RuleIdentifiers.PersonalDataInToString,
        Localized(nameof(Resources.PII0004_Title)),
        Localized(nameof(Resources.PII0004_Override_Message)),
        DiagnosticCategories.Exposure,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0004_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.PersonalDataInToString));

    /// <summary>PII0004, where a whole object whose ToString prints personal members is converted to text.</summary>
    public static readonly DiagnosticDescriptor ObjectToStringExposesPersonalData = new(
        RuleIdentifiers.PersonalDataInToString,
        Localized(nameof(Resources.PII0004_Title)),
        Localized(nameof(Resources.PII0004_WholeObject_Message)),
        DiagnosticCategories.Exposure,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0004_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.PersonalDataInToString));

    /// <summary>PII0002, where a value is written to a file, cookie, session, cache or database parameter. Error when the data is sensitive.</summary>
    public static readonly DiagnosticDescriptor PersonalDataStoredUnencrypted = new(
        RuleIdentifiers.PersonalDataStoredUnencrypted,
        Localized(nameof(Resources.PII0002_Title)),
        Localized(nameof(Resources.PII0002_Message)),
        DiagnosticCategories.Storage,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0002_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.PersonalDataStoredUnencrypted));

    /// <summary>PII0002 about data inferred from a name or type: reported at the <c>pii_inference_severity</c> (Info by default).</summary>
    public static readonly DiagnosticDescriptor PersonalDataStoredUnencryptedInferred = new(
        RuleIdentifiers.PersonalDataStoredUnencrypted,
        Localized(nameof(Resources.PII0002_Title)),
        Localized(nameof(Resources.PII0002_Inferred_Message)),
        DiagnosticCategories.Storage,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0002_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.PersonalDataStoredUnencrypted));

    /// <summary>PII0002, on a property of an EF Core entity type. Error when the data is sensitive.</summary>
    public static readonly DiagnosticDescriptor EntityPropertyStoredUnencrypted = new(
        RuleIdentifiers.PersonalDataStoredUnencrypted,
        Localized(nameof(Resources.PII0002_Title)),
        Localized(nameof(Resources.PII0002_Entity_Message)),
        DiagnosticCategories.Storage,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0002_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.PersonalDataStoredUnencrypted),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0002 on an EF Core entity property inferred to be personal data by its name or type.</summary>
    public static readonly DiagnosticDescriptor EntityPropertyStoredUnencryptedInferred = new(
        RuleIdentifiers.PersonalDataStoredUnencrypted,
        Localized(nameof(Resources.PII0002_Title)),
        Localized(nameof(Resources.PII0002_Entity_Inferred_Message)),
        DiagnosticCategories.Storage,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0002_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.PersonalDataStoredUnencrypted),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>PII0005: personal data placed in an outgoing HTTP request when the member declares no <c>[SharedWith]</c>.</summary>
    public static readonly DiagnosticDescriptor PersonalDataSharedUndeclared = new(
        RuleIdentifiers.PersonalDataSharedUndeclared,
        Localized(nameof(Resources.PII0005_Title)),
        Localized(nameof(Resources.PII0005_Message)),
        DiagnosticCategories.Sharing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0005_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.PersonalDataSharedUndeclared));

    /// <summary>PII0005 about data inferred from a name or type: reported at the <c>pii_inference_severity</c> (Info by default).</summary>
    public static readonly DiagnosticDescriptor PersonalDataSharedUndeclaredInferred = new(
        RuleIdentifiers.PersonalDataSharedUndeclared,
        Localized(nameof(Resources.PII0005_Title)),
        Localized(nameof(Resources.PII0005_Inferred_Message)),
        DiagnosticCategories.Sharing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localized(nameof(Resources.PII0005_Description)),
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.PersonalDataSharedUndeclared));

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

    private static LocalizableResourceString Localized(string name) => new(name, Resources.ResourceManager, typeof(Resources));
}
