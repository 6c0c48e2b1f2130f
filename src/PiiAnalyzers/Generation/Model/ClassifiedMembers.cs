using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Generation.Model;

/// <summary>
/// The members one marker named by the user marks (a Microsoft.Extensions.Compliance classification or a subclass of
/// Identity's <c>[PersonalData]</c>), with the <c>pii_classification_map</c> in force for their file (null when none is),
/// which gives a classified member its category.
/// </summary>
public sealed record ClassifiedMembers(EquatableArray<MemberModel> Members, FileClassificationMap? Map);
