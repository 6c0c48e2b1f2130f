namespace PiiAnalyzers;

/// <summary>The diagnostic ids: a contract with users' <c>.editorconfig</c> files and suppressions, never reused.</summary>
public static class RuleIdentifiers
{
    public const string InvalidAnnotation = "PII0007";

    public const string UnannotatedPersonalData = "PII0006";

    public const string PersonalDataInLog = "PII0001";

    public const string PersonalDataInExceptionMessage = "PII0003";

    public const string PersonalDataInToString = "PII0004";

    public const string PersonalDataStoredUnencrypted = "PII0002";

    public const string PersonalDataSharedUndeclared = "PII0005";

    /// <summary>An application whose [LoggerMessage] methods have classified parameters never enables redaction.</summary>
    public const string RedactionNotEnabled = "PII0008";

    /// <summary>A row of a project's third-party catalog (<c>pii.third-parties.txt</c>) cannot be read.</summary>
    public const string InvalidThirdPartyRow = "PII0009";

    /// <summary>
    /// With <c>pii_app_type</c> set, a member collects a category its app type's basic function does not need and is not
    /// marked optional; or <c>pii_app_type</c> names no app type.
    /// </summary>
    public const string NotNecessaryPersonalData = "PII0010";

    /// <summary>The code collects a category the privacy policy does not declare.</summary>
    public const string CollectedButNotDeclared = "PII0101";

    /// <summary>The privacy policy declares a category the code never collects.</summary>
    public const string DeclaredButNotCollected = "PII0102";

    /// <summary>The privacy policy promises encryption at rest the code does not apply.</summary>
    public const string EncryptionPromisedButMissing = "PII0103";

    public const string RetentionDisagreesWithPolicy = "PII0104";

    public const string SharingContradictsPolicy = "PII0105";

    public const string SensitiveNotInPolicy = "PII0106";

    /// <summary>Personal data goes to a recipient abroad while the privacy policy says it stays in the country, or says nothing of it.</summary>
    public const string CrossBorderNotInPolicy = "PII0107";

    /// <summary>The privacy policy names a third party or SDK the code shares nothing with.</summary>
    public const string RecipientNeverUsed = "PII0108";

    /// <summary>The privacy policy calls information required that the code marks optional or the app type does not need.</summary>
    public const string RequiredButOptional = "PII0109";

    /// <summary>The privacy policy file cannot be used for the check.</summary>
    public const string UnusablePolicy = "PII0110";

    /// <summary>Reported by the <c>pii</c> command, not by an analyzer: code it left out or stopped (its budgets).</summary>
    public const string NotAnalyzed = "PII0900";

    /// <summary>The rule's documentation page, which every descriptor links to.</summary>
    public static string GetHelpUri(string id) =>
        $"https://github.com/PiiAnalyzers/PiiAnalyzers/blob/main/docs/rules/{id}.md";
}
