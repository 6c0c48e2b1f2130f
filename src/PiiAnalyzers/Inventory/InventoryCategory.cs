namespace PiiAnalyzers.Inventory;

/// <summary>
/// A custom category an assembly declares (<c>[assembly: PersonalDataCategory]</c>), carried in the inventory so that a
/// report read from a built assembly can name it.
/// </summary>
/// <param name="Id">The category id (<c>loyalty.member-id</c>).</param>
/// <param name="ChineseName">The Chinese name.</param>
/// <param name="EnglishName">The English name.</param>
/// <param name="Sensitive">Whether data of the category is sensitive.</param>
public sealed record InventoryCategory(string Id, string ChineseName, string EnglishName, bool Sensitive);
