using System.Collections.Generic;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Diffing;

/// <summary>What changed about one row of the third-party list (第三方SDK目录); the order is the order reports list them in.</summary>
internal enum RecipientChangeKind
{
    /// <summary>The head sends personal data to a third party the base does not.</summary>
    Added,

    /// <summary>The base sends personal data to a third party the head does not.</summary>
    Removed,

    /// <summary>A third party of both sides receives categories it did not, or no longer receives some.</summary>
    CategoriesChanged,
}

/// <summary>
/// One change to the third-party list. <see cref="Recipient"/> is the head's row, the base's for
/// <see cref="RecipientChangeKind.Removed"/>. A recipient added starts receiving all its categories, one removed stops
/// receiving all of them.
/// </summary>
/// <param name="Kind">Added, removed, or receiving other categories.</param>
/// <param name="Recipient">The row of the list.</param>
/// <param name="CategoriesAdded">The category ids it starts receiving, sorted.</param>
/// <param name="CategoriesRemoved">The category ids it stops receiving, sorted.</param>
internal sealed record RecipientChange(
    RecipientChangeKind Kind,
    ThirdPartyRecipient Recipient,
    IReadOnlyList<string> CategoriesAdded,
    IReadOnlyList<string> CategoriesRemoved);
