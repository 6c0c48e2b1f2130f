namespace PiiAnalyzers.Options;

/// <summary>Which personal data PII0002 requires to be encrypted where it is stored (<c>pii_require_encryption</c>).</summary>
public enum EncryptionRequirement
{
    /// <summary>Sensitive personal information only (PIPL Art. 28, GDPR Art. 9): the default.</summary>
    Sensitive,

    /// <summary>All personal data.</summary>
    All,
}
