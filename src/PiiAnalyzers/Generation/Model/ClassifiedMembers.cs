using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Generation.Model;

/// <summary>
/// The members one Microsoft.Extensions.Compliance classification attribute marks, with the <c>pii_classification_map</c>
/// in force for their file (null when none is), which gives them their category.
/// </summary>
public sealed record ClassifiedMembers(EquatableArray<MemberModel> Members, FileClassificationMap? Map);
