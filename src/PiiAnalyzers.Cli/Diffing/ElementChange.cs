using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Diffing;

/// <summary>What changed about one element between the base and the head; the order is the order reports list them in.</summary>
internal enum ElementChangeKind
{
    /// <summary>The head has an element the base has not: the change starts collecting it.</summary>
    Added,

    /// <summary>The base has an element the head has not: the change stops collecting it.</summary>
    Removed,

    BecameSensitive,

    NoLongerSensitive,

    CategoryChanged,

    RetentionChanged,

    EncryptionTurnedOn,

    EncryptionTurnedOff,

    PurposeChanged,

    /// <summary>Whether the app type needs the element changed: necessary, optional, or not judged (no app type set).</summary>
    NecessityChanged,

    /// <summary>The element is shared with a recipient (<c>[SharedWith]</c>) it was not shared with.</summary>
    RecipientAdded,

    /// <summary>The element is no longer shared with a recipient it was shared with.</summary>
    RecipientRemoved,
}

/// <summary>
/// One change to one element. <see cref="Element"/> is the head's element, the base's for <see cref="ElementChangeKind.Removed"/>.
/// <see cref="Before"/> and <see cref="After"/> carry the values of a category, retention, purpose or necessity change
/// (null: not stated; a necessity is <c>necessary</c> or <c>optional</c>), and the recipient's name for a recipient added (<see cref="After"/>) or removed (<see cref="Before"/>); the
/// other kinds say all there is by themselves, and leave both null.
/// </summary>
internal sealed record ElementChange(ElementChangeKind Kind, InventoryElement Element, string? Before = null, string? After = null)
{
    /// <summary>A necessity change's value for data the app type needs (JSON <c>"necessary"</c>).</summary>
    public const string Necessary = "necessary";

    /// <summary>A necessity change's value for data the user may decline (JSON <c>"optional"</c>).</summary>
    public const string Optional = "optional";
}
