using System;
using System.Collections.Generic;
using System.Linq;
using PiiAnalyzers.AppTypes;
using PiiAnalyzers.Inventory;
using PiiAnalyzers.Model;
using PiiAnalyzers.Options;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Generation.Model;

/// <summary>
/// The last step before emission, shared by the generator and <see cref="InventoryBuilder"/>: resolves each member's
/// category and sensitivity with the same rules as <see cref="PersonalDataModel"/> (<see cref="MemberMarkers"/>), now that
/// the classification maps and the custom categories are known, gives it the necessity PII0010 judges by
/// (<see cref="AppType.Necessity"/>, for the app type of its file), and makes paths relative to the project.
/// </summary>
public static class InventoryAssembler
{
    /// <param name="members">The members, file by file, each file's in declaration order.</param>
    /// <param name="customCategories">The custom categories of the assembly and its references.</param>
    /// <param name="classificationMaps">The <c>pii_classification_map</c> of each file that sets one.</param>
    /// <param name="appTypes">The app type of each file whose <c>pii_app_type</c> names one.</param>
    /// <param name="projectDirectory">The folder paths are made relative to.</param>
    /// <param name="lines">The line of each member, where the caller knows them (the CLI); the generator does not.</param>
    public static InventoryDocument Assemble(
        IEnumerable<MemberModel> members,
        EquatableArray<InventoryCategory> customCategories,
        IEnumerable<FileClassificationMap> classificationMaps,
        IEnumerable<FileAppType> appTypes,
        string? projectDirectory,
        IReadOnlyDictionary<MemberModel, int>? lines = null)
    {
        var taxonomy = CategoryTaxonomy.BuiltIn.WithCustomCategories(
            customCategories.Select(category => new DataCategory(category.Id, category.ChineseName, category.EnglishName, category.Sensitive, isBuiltIn: false)));
        var maps = new Dictionary<string, ClassificationMap>(StringComparer.Ordinal);
        foreach (var map in classificationMaps)
        {
            maps[map.FilePath] = ClassificationMap.Parse(map.MapText);
        }

        var appTypeOf = new Dictionary<string, AppType>(StringComparer.Ordinal);
        foreach (var file in appTypes)
        {
            if (NecessaryInformation.Find(file.AppTypeId) is { } appType)
            {
                appTypeOf[file.FilePath] = appType;
            }
        }

        var elements = members.Select(member =>
        {
            var category = MemberMarkers.ResolveCategory(
                member.Category,
                member.ClassificationFullName,
                member.ClassificationName,
                maps.TryGetValue(member.FilePath, out var map) ? map : ClassificationMap.Empty);
            return new InventoryElement(
                member.Id,
                member.Type,
                member.Member,
                category,
                MemberMarkers.ResolveSensitivity(member.SensitiveAttribute, member.SensitiveArgument, category, taxonomy),
                member.Retention,
                member.Purpose,
                member.EncryptedAtRest,
                member.SharedWith,
                RelativePath(member.FilePath, projectDirectory),
                lines is not null && lines.TryGetValue(member, out var line) ? line : null)
            {
                Necessary = AppType.Necessity(appTypeOf.TryGetValue(member.FilePath, out var appType) ? appType : null, category, member.Optional),
            };
        });

        return InventoryDocument.Create(elements, customCategories);
    }

    /// <summary>
    /// A file's path relative to the project folder, with '/' separators; its file name alone when it is outside the
    /// folder or the folder is not known, so that the inventory does not depend on where the project was built.
    /// </summary>
    public static string RelativePath(string filePath, string? projectDirectory)
    {
        var path = filePath.Replace('\\', '/');
        if (!string.IsNullOrEmpty(projectDirectory))
        {
            var folder = projectDirectory!.Replace('\\', '/');
            if (!folder.EndsWith("/", StringComparison.Ordinal))
            {
                folder += "/";
            }

            if (path.Length > folder.Length && path.StartsWith(folder, StringComparison.OrdinalIgnoreCase))
            {
                return path.Substring(folder.Length);
            }
        }

        var slash = path.LastIndexOf('/');
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
