using System.Collections.Immutable;

namespace PiiAnalyzers.Policy;

/// <summary>What a policy promises about the data, beyond collecting it; each claim keeps the sentence that makes it.</summary>
public sealed class PolicyClaims
{
    internal PolicyClaims(
        ImmutableArray<EncryptionClaim> encryption,
        ImmutableArray<RetentionClaim> retention,
        ImmutableArray<SharingClaim> sharing,
        ImmutableArray<SensitivityClaim> sensitive)
    {
        Encryption = encryption;
        Retention = retention;
        Sharing = sharing;
        Sensitive = sensitive;
    }

    public static PolicyClaims None { get; } = new(
        ImmutableArray<EncryptionClaim>.Empty,
        ImmutableArray<RetentionClaim>.Empty,
        ImmutableArray<SharingClaim>.Empty,
        ImmutableArray<SensitivityClaim>.Empty);

    public ImmutableArray<EncryptionClaim> Encryption { get; }

    public ImmutableArray<RetentionClaim> Retention { get; }

    public ImmutableArray<SharingClaim> Sharing { get; }

    /// <summary>Statements that call categories sensitive (敏感个人信息, "sensitive personal information").</summary>
    public ImmutableArray<SensitivityClaim> Sensitive { get; }
}

/// <summary>The policy says data is encrypted: "加密存储", "encrypted at rest", "we encrypt your password".</summary>
public sealed class EncryptionClaim
{
    internal EncryptionClaim(ImmutableArray<string> categories, bool isAtRest, PolicyEvidence evidence)
    {
        Categories = categories;
        IsAtRest = isAtRest;
        Evidence = evidence;
    }

    /// <summary>The categories the sentence names; empty when it speaks of the data in general.</summary>
    public ImmutableArray<string> Categories { get; }

    /// <summary>False when the sentence only speaks of encryption in transit (SSL, TLS, 加密传输).</summary>
    public bool IsAtRest { get; }

    public PolicyEvidence Evidence { get; }
}

/// <summary>The policy says how long data is kept.</summary>
public sealed class RetentionClaim
{
    internal RetentionClaim(ImmutableArray<string> categories, string rule, PolicyEvidence evidence)
    {
        Categories = categories;
        Rule = rule;
        Evidence = evidence;
    }

    /// <summary>The categories the sentence names; empty when it speaks of the data in general.</summary>
    public ImmutableArray<string> Categories { get; }

    /// <summary>
    /// The statement in the grammar of <c>[RetainUntil]</c>: <c>account-deleted</c>, <c>account-deleted+P15D</c>,
    /// <c>P3Y</c>, <c>purpose-fulfilled</c>, <c>not-stored</c>. Working days count as days.
    /// </summary>
    public string Rule { get; }

    public PolicyEvidence Evidence { get; }
}

public enum SharingClaimKind
{
    /// <summary>"不会与任何第三方共享", "we do not share your data".</summary>
    NotShared,

    /// <summary>"不会出售", "we do not sell your data".</summary>
    NotSold,

    /// <summary>Data goes to the named recipients (partners, processors, SDKs).</summary>
    SharedWith,
}

/// <summary>The policy says whether, and with whom, data is shared.</summary>
public sealed class SharingClaim
{
    internal SharingClaim(SharingClaimKind kind, bool hasExceptions, ImmutableArray<string> recipients, ImmutableArray<string> categories, PolicyEvidence evidence)
    {
        Kind = kind;
        HasExceptions = hasExceptions;
        Recipients = recipients;
        Categories = categories;
        Evidence = evidence;
    }

    public SharingClaimKind Kind { get; }

    /// <summary>Whether a "not shared" statement has exceptions in the same sentence ("除以下情形外", "without your consent", "except").</summary>
    public bool HasExceptions { get; }

    /// <summary>The companies, products or SDKs the sentence names; empty when it names none.</summary>
    public ImmutableArray<string> Recipients { get; }

    /// <summary>The categories the sentence names; empty when it speaks of the data in general.</summary>
    public ImmutableArray<string> Categories { get; }

    public PolicyEvidence Evidence { get; }
}

/// <summary>The policy calls the named categories sensitive personal information.</summary>
public sealed class SensitivityClaim
{
    internal SensitivityClaim(ImmutableArray<string> categories, PolicyEvidence evidence)
    {
        Categories = categories;
        Evidence = evidence;
    }

    public ImmutableArray<string> Categories { get; }

    public PolicyEvidence Evidence { get; }
}
