using Microsoft.CodeAnalysis;

namespace PiiAnalyzers;

/// <summary>The leak rules: personal data in logs, storage, exception messages, ToString and sharing (PII0001–PII0005), and redaction never enabled (PII0008).</summary>
public static partial class DiagnosticDescriptors
{
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
}
