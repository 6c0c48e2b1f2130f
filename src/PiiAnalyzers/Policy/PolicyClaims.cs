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
        : this(encryption, retention, sharing, sensitive, ImmutableArray<CrossBorderClaim>.Empty)
    {
    }

    internal PolicyClaims(
        ImmutableArray<EncryptionClaim> encryption,
        ImmutableArray<RetentionClaim> retention,
        ImmutableArray<SharingClaim> sharing,
        ImmutableArray<SensitivityClaim> sensitive,
        ImmutableArray<CrossBorderClaim> crossBorder,
        ImmutableArray<NecessityClaim> necessity = default)
    {
        Encryption = encryption;
        Retention = retention;
        Sharing = sharing;
        Sensitive = sensitive;
        CrossBorder = crossBorder;
        Necessity = necessity.IsDefault ? ImmutableArray<NecessityClaim>.Empty : necessity;
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

    /// <summary>Statements about data leaving the country (境外, 出境, "outside the EEA") or staying in it.</summary>
    public ImmutableArray<CrossBorderClaim> CrossBorder { get; }

    /// <summary>Statements that call data required for the service ("必须提供", "如您拒绝提供，将无法注册") or optional ("选填").</summary>
    public ImmutableArray<NecessityClaim> Necessity { get; }
}

/// <summary>How sure the reader is that a sentence makes its claim.</summary>
public enum ClaimConfidence
{
    /// <summary>The sentence states the claim plainly.</summary>
    Clear,

    /// <summary>
    /// The sentence hedges ("可能", "may"), gives an example, allows exceptions, or leaves out what the claim needs (which
    /// data, at rest or on the wire). Such a claim never makes an error: the check reports it as information at most.
    /// </summary>
    Unclear,
}

/// <summary>What every claim has: the categories it is about, the sentence that makes it, and how clear that sentence is.</summary>
public abstract class PolicyClaim
{
    private protected PolicyClaim(ImmutableArray<string> categories, PolicyEvidence evidence, string? unclearReason)
    {
        Categories = categories.IsDefault ? ImmutableArray<string>.Empty : categories;
        Evidence = evidence;
        UnclearReason = unclearReason;
    }

    /// <summary>The categories the sentence names; empty when it speaks of the data in general.</summary>
    public ImmutableArray<string> Categories { get; }

    public PolicyEvidence Evidence { get; }

    public ClaimConfidence Confidence => UnclearReason is null ? ClaimConfidence.Clear : ClaimConfidence.Unclear;

    /// <summary>Why the claim is unclear, with the policy's own words (<c>hedged ("可能")</c>); null when it is clear.</summary>
    public string? UnclearReason { get; }
}

/// <summary>The policy says data is encrypted: "加密存储", "encrypted at rest", "我们使用 HTTPS 加密传输".</summary>
public sealed class EncryptionClaim : PolicyClaim
{
    internal EncryptionClaim(ImmutableArray<string> categories, bool isAtRest, PolicyEvidence evidence, string? unclearReason = null)
        : base(categories, evidence, unclearReason)
    {
        IsAtRest = isAtRest;
    }

    /// <summary>False when the sentence only speaks of encryption in transit (SSL, TLS, HTTPS, 加密传输).</summary>
    public bool IsAtRest { get; }
}

/// <summary>The policy says how long data is kept.</summary>
public sealed class RetentionClaim : PolicyClaim
{
    internal RetentionClaim(ImmutableArray<string> categories, string rule, PolicyEvidence evidence, bool isMinimum = false, string? since = null, string? unclearReason = null)
        : base(categories, evidence, unclearReason)
    {
        Rule = rule;
        IsMinimum = isMinimum;
        Since = since;
    }

    /// <summary>
    /// The statement in the grammar of <c>[RetainUntil]</c>: <c>account-deleted</c>, <c>account-deleted+P15D</c>,
    /// <c>P3Y</c>, <c>purpose-fulfilled</c>, <c>not-stored</c>. Working days count as days.
    /// </summary>
    public string Rule { get; }

    /// <summary>Whether the period is a least one ("不少于三年", "at least three years"), often a legal minimum, not a most.</summary>
    public bool IsMinimum { get; }

    /// <summary>The start of the period in the policy's words ("自交易完成之日起"), when it names one the rule cannot.</summary>
    public string? Since { get; }
}

public enum SharingClaimKind
{
    /// <summary>"不会与任何第三方共享", "we do not share your data".</summary>
    NotShared,

    /// <summary>"不会出售", "we do not sell your data".</summary>
    NotSold,

    /// <summary>Data goes to the named recipients (partners, processors, SDKs), or to recipients of a named kind.</summary>
    SharedWith,
}

/// <summary>The policy says whether, and with whom, data is shared.</summary>
public sealed class SharingClaim : PolicyClaim
{
    internal SharingClaim(SharingClaimKind kind, bool hasExceptions, ImmutableArray<string> recipients, ImmutableArray<string> categories, PolicyEvidence evidence)
        : this(kind, hasExceptions, recipients, ImmutableArray<string>.Empty, categories, evidence, purpose: null, unclearReason: null)
    {
    }

    internal SharingClaim(
        SharingClaimKind kind,
        bool hasExceptions,
        ImmutableArray<string> recipients,
        ImmutableArray<string> recipientKinds,
        ImmutableArray<string> categories,
        PolicyEvidence evidence,
        string? purpose,
        string? unclearReason)
        : base(categories, evidence, unclearReason)
    {
        Kind = kind;
        HasExceptions = hasExceptions;
        Recipients = recipients.IsDefault ? ImmutableArray<string>.Empty : recipients;
        RecipientKinds = recipientKinds.IsDefault ? ImmutableArray<string>.Empty : recipientKinds;
        Purpose = purpose;
    }

    public SharingClaimKind Kind { get; }

    internal SharingClaim WithExceptions() => new(Kind, hasExceptions: true, Recipients, RecipientKinds, Categories, Evidence, Purpose, UnclearReason);

    /// <summary>
    /// Whether a "not shared" statement has exceptions, in the same sentence ("除以下情形外", "without your consent", "except") or
    /// in the one after it ("…不会向第三方共享。在下列情况下…会共享：").
    /// </summary>
    public bool HasExceptions { get; }

    /// <summary>The companies, products or SDKs the sentence names; empty when it names none.</summary>
    public ImmutableArray<string> Recipients { get; }

    /// <summary>Recipients named by kind only ("关联方", "征信机构", "service providers"): any recipient may be one.</summary>
    public ImmutableArray<string> RecipientKinds { get; }

    /// <summary>What the recipient uses the data for, as an SDK list's row says ("使用目的：统计分析"); null when unsaid.</summary>
    public string? Purpose { get; }
}

/// <summary>The policy calls the named categories sensitive personal information.</summary>
public sealed class SensitivityClaim : PolicyClaim
{
    internal SensitivityClaim(ImmutableArray<string> categories, PolicyEvidence evidence, string? unclearReason = null)
        : base(categories, evidence, unclearReason)
    {
    }
}

public enum CrossBorderClaimKind
{
    /// <summary>"存储在中华人民共和国境内", "不会传输至境外": the data stays in the country.</summary>
    StaysInCountry,

    /// <summary>"传输至境外", "transferred outside the EEA": the data leaves the country.</summary>
    TransferredAbroad,
}

/// <summary>The policy says whether data leaves the country it is collected in.</summary>
public sealed class CrossBorderClaim : PolicyClaim
{
    internal CrossBorderClaim(CrossBorderClaimKind kind, ImmutableArray<string> categories, PolicyEvidence evidence, string? unclearReason)
        : base(categories, evidence, unclearReason)
    {
        Kind = kind;
    }

    public CrossBorderClaimKind Kind { get; }
}

/// <summary>
/// The policy says data is required for the service ("注册时必须提供手机号码", "如您拒绝提供，将无法注册") or optional
/// ("选填", "不提供不影响您使用", "如您拒绝提供，将无法使用该功能").
/// </summary>
public sealed class NecessityClaim : PolicyClaim
{
    internal NecessityClaim(ImmutableArray<string> categories, bool isRequired, PolicyEvidence evidence, string? unclearReason = null)
        : base(categories, evidence, unclearReason)
    {
        IsRequired = isRequired;
    }

    /// <summary>True when the policy calls the data required to register or to use the service; false when optional.</summary>
    public bool IsRequired { get; }
}
