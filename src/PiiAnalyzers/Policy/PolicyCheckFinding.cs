using System.Collections.Immutable;

namespace PiiAnalyzers.Policy;

/// <summary>What the policy check found; each kind is one diagnostic message of one rule.</summary>
public enum PolicyFindingKind
{
    /// <summary>PII0101: the code collects a category the policy does not declare. On the element.</summary>
    Undeclared,

    /// <summary>PII0101: elements have no category (only an Identity or M.E.Compliance marker); one finding for all of them.</summary>
    Unspecified,

    /// <summary>PII0102: the policy declares a category nothing collects. On the policy line.</summary>
    NeverCollected,

    /// <summary>PII0103: the policy promises encryption at rest, the element is not encrypted. On the element.</summary>
    NotEncrypted,

    /// <summary>PII0104: the element's retention rule is not within any the policy states for it. On the element.</summary>
    RetentionDisagrees,

    /// <summary>PII0103, information: only an unclear claim (hedged, not said to be stored) promises encryption. On the element.</summary>
    NotEncryptedUnclear,

    /// <summary>PII0104, information: the retention rule disagrees only with unclear claims (hedged, exceptions the law makes).</summary>
    RetentionUnclear,

    /// <summary>PII0105, information: the sharing disagrees only with unclear claims (an SDK row naming no data, a policy that contradicts itself).</summary>
    SharingUnclear,

    /// <summary>PII0106, information: the policy calls the category sensitive only in an unclear statement (an example, a hedge).</summary>
    SensitiveUnclear,

    /// <summary>PII0105: the policy says the data is not shared, the element is shared. On the element.</summary>
    SharedDespiteNotShared,

    /// <summary>PII0105: the policy lists the recipients of the category, and not this one. On the element.</summary>
    SharedWithUnnamedRecipient,

    /// <summary>PII0105: the policy names this recipient nowhere as one that receives personal data. On the element.</summary>
    SharedWithUnlistedRecipient,

    /// <summary>PII0107: the element goes to a recipient abroad, and the policy says personal data stays in the country. On the element.</summary>
    CrossBorderDespiteInCountry,

    /// <summary>PII0107, as a warning: the element goes to a recipient abroad, and the policy says nothing of transfers abroad. On the element.</summary>
    CrossBorderNotStated,

    /// <summary>PII0107, information: what the policy says about transfers abroad is unclear (hedged, conditional). On the element.</summary>
    CrossBorderUnclear,

    /// <summary>PII0108: the policy names a third party or SDK that no element is shared with. On the policy line.</summary>
    RecipientNeverUsed,

    /// <summary>PII0106: a sensitive element whose category the policy does not call sensitive. On the element.</summary>
    NotCalledSensitive,

    /// <summary>PII0109: the policy says the data is required; the code marks it optional or the app type does not need it. On the element.</summary>
    RequiredButOptional,

    /// <summary>PII0109, information: only an unclear statement (hedged, an example) says the data is required. On the element.</summary>
    RequiredButOptionalUnclear,

    /// <summary>PII0110: the policy file could not be read or decoded. On the policy file.</summary>
    PolicyUnreadable,

    /// <summary>PII0110: the policy file is empty. On the policy file.</summary>
    PolicyEmpty,

    /// <summary>PII0110: no section of the policy says what is collected. On the policy file.</summary>
    PolicyNoCollectionSection,

    /// <summary>PII0110: a structured declaration is not valid JSON/YAML or lists no categories. On its line.</summary>
    PolicyMalformed,

    /// <summary>PII0110: a structured declaration names an id that is not a category. On its line.</summary>
    PolicyUnknownCategory,
}

/// <summary>
/// One result of <see cref="PolicyCheck"/>: which rule, the message arguments (in the order of the rule's message), and
/// where: an element of the inventory, or a line of the policy.
/// </summary>
public sealed class PolicyFinding
{
    internal PolicyFinding(
        PolicyFindingKind kind,
        PolicyCheckElement? element,
        ImmutableArray<PolicyCheckElement> otherElements,
        PolicyEvidence? policyLocation,
        ImmutableArray<string> arguments)
    {
        Kind = kind;
        Element = element;
        OtherElements = otherElements;
        PolicyLocation = policyLocation;
        Arguments = arguments;
    }

    public PolicyFindingKind Kind { get; }

    /// <summary>The diagnostic id (PII0101 … PII0110).</summary>
    public string RuleId => RuleIdOf(Kind);

    /// <summary>The element the finding is reported on; null when it is reported on the policy file.</summary>
    public PolicyCheckElement? Element { get; }

    /// <summary>Further elements the finding concerns (the other elements without a category), as additional locations.</summary>
    public ImmutableArray<PolicyCheckElement> OtherElements { get; }

    /// <summary>
    /// When the finding is on the policy file: its 1-based line, and the words on that line to point at (empty to point at
    /// the whole line).
    /// </summary>
    public PolicyEvidence? PolicyLocation { get; }

    public bool IsOnPolicy => Element is null;

    /// <summary>Whether the finding rests only on unclear claims: hosts report it as information, never as an error.</summary>
    public bool IsUnclear => Kind is PolicyFindingKind.NotEncryptedUnclear or PolicyFindingKind.RetentionUnclear or PolicyFindingKind.SharingUnclear or PolicyFindingKind.SensitiveUnclear
        or PolicyFindingKind.CrossBorderUnclear or PolicyFindingKind.RequiredButOptionalUnclear;

    /// <summary>
    /// Whether the finding rests on what the policy leaves unsaid rather than on what it says (no statement about transfers
    /// abroad): hosts report it as a warning at most, since a reader can miss a statement it does not recognize.
    /// </summary>
    public bool IsSilence => Kind is PolicyFindingKind.CrossBorderNotStated;

    /// <summary>The message arguments, <c>{0}</c>, <c>{1}</c>… of the rule's message for <see cref="Kind"/>.</summary>
    public ImmutableArray<string> Arguments { get; }

    public static string RuleIdOf(PolicyFindingKind kind) =>
        kind switch
        {
            PolicyFindingKind.Undeclared or PolicyFindingKind.Unspecified => RuleIdentifiers.CollectedButNotDeclared,
            PolicyFindingKind.NeverCollected => RuleIdentifiers.DeclaredButNotCollected,
            PolicyFindingKind.NotEncrypted or PolicyFindingKind.NotEncryptedUnclear => RuleIdentifiers.EncryptionPromisedButMissing,
            PolicyFindingKind.RetentionDisagrees or PolicyFindingKind.RetentionUnclear => RuleIdentifiers.RetentionDisagreesWithPolicy,
            PolicyFindingKind.SharedDespiteNotShared or PolicyFindingKind.SharedWithUnnamedRecipient or PolicyFindingKind.SharedWithUnlistedRecipient
                or PolicyFindingKind.SharingUnclear => RuleIdentifiers.SharingContradictsPolicy,
            PolicyFindingKind.CrossBorderDespiteInCountry or PolicyFindingKind.CrossBorderNotStated or PolicyFindingKind.CrossBorderUnclear => RuleIdentifiers.CrossBorderNotInPolicy,
            PolicyFindingKind.RecipientNeverUsed => RuleIdentifiers.RecipientNeverUsed,
            PolicyFindingKind.NotCalledSensitive or PolicyFindingKind.SensitiveUnclear => RuleIdentifiers.SensitiveNotInPolicy,
            PolicyFindingKind.RequiredButOptional or PolicyFindingKind.RequiredButOptionalUnclear => RuleIdentifiers.RequiredButOptional,
            _ => RuleIdentifiers.UnusablePolicy,
        };

    public override string ToString() =>
        $"{RuleId} {Kind} at {(Element is { } element ? element.Name : "policy line " + PolicyLocation?.Line)}: {string.Join(" | ", Arguments)}";
}
