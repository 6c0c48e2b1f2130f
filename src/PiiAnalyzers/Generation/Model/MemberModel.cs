using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Generation.Model;

/// <summary>
/// A marked member as the generator's first steps find it: the markers' reading (<see cref="PiiAnalyzers.Model.MemberMarkers"/>),
/// without what depends on the rest of the compilation (the category of a classification, the sensitivity of a custom
/// category). Symbol-free, location-free and equatable, so that an edit elsewhere in the file, or in another file, leaves
/// it cached: the file and the member identify it; where a report needs the line, it resolves it from the compilation.
/// </summary>
/// <param name="Id">The element id.</param>
/// <param name="Type">The declaring type's full name.</param>
/// <param name="Member">The member.</param>
/// <param name="Category">The category <c>[PersonalData]</c> names; null when only another marker marks the member.</param>
/// <param name="ClassificationFullName">The M.E.Compliance classification attribute's full name, if one marks the member.</param>
/// <param name="ClassificationName">That attribute's simple name.</param>
/// <param name="SensitiveAttribute">Whether <c>[Sensitive]</c> marks it.</param>
/// <param name="SensitiveArgument"><c>[PersonalData(Sensitive = ...)]</c>, when given.</param>
/// <param name="Retention">The retention rule as written.</param>
/// <param name="Purpose">The purpose.</param>
/// <param name="EncryptedAtRest">Whether it is stored encrypted.</param>
/// <param name="Optional">Whether <c>[PersonalData(Optional = true)]</c> says the user may decline it.</param>
/// <param name="SharedWith">The recipients.</param>
/// <param name="FilePath">The declaring file's path as the compilation has it.</param>
public sealed record MemberModel(
    string Id,
    string Type,
    string Member,
    string? Category,
    string? ClassificationFullName,
    string? ClassificationName,
    bool SensitiveAttribute,
    bool? SensitiveArgument,
    string? Retention,
    string? Purpose,
    bool EncryptedAtRest,
    bool Optional,
    EquatableArray<InventoryRecipient> SharedWith,
    string FilePath);
