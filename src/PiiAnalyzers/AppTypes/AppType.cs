using System.Collections.Immutable;
using System.Linq;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.AppTypes;

/// <summary>
/// One of the 39 common types of mobile apps of the rules on necessary personal information (常见类型移动互联网应用程序必要个人信息范围规定,
/// Art. 5; GB/T 41391-2022), with the personal information its basic function may require. Anything else the app
/// collects must be optional: the user may decline it and still use the basic function (Art. 4).
/// </summary>
public sealed class AppType
{
    public AppType(string id, int number, string chineseName, string englishName, string basicFunction, ImmutableArray<AppTypeNeed> needs)
    {
        Id = id;
        Number = number;
        ChineseName = chineseName;
        EnglishName = englishName;
        BasicFunction = basicFunction;
        Needs = needs;
        NecessaryCategories = needs.SelectMany(need => need.Categories).Distinct().ToImmutableArray();
    }

    /// <summary>The id <c>pii_app_type</c> takes (<c>online-shopping</c>).</summary>
    public string Id { get; }

    /// <summary>The item of Art. 5 that names the type, 1 to 39.</summary>
    public int Number { get; }

    /// <summary>The regulation's name (<c>网上购物类</c>).</summary>
    public string ChineseName { get; }

    public string EnglishName { get; }

    /// <summary>The basic function, as the regulation words it (<c>购买商品</c>).</summary>
    public string BasicFunction { get; }

    /// <summary>The items of necessary information, in the regulation's order; empty for a type that needs none.</summary>
    public ImmutableArray<AppTypeNeed> Needs { get; }

    /// <summary>The taxonomy ids of every item, each once, in row order.</summary>
    public ImmutableArray<string> NecessaryCategories { get; }

    /// <summary>Whether the basic function may require data of <paramref name="category"/>: its id or a parent of it is needed.</summary>
    public bool IsNecessary(string category) => NecessaryCategories.Any(needed => CategoryTaxonomy.Covers(needed, category));

    /// <summary>
    /// The necessity of an element, the one rule for PII0010 and the inventory: false when the member says it is optional;
    /// null when no app type is set, or the element has no category to judge (<c>unspecified</c>, which the policy check
    /// asks a category for); else whether the app type needs its category.
    /// </summary>
    public static bool? Necessity(AppType? appType, string category, bool optional) =>
        optional ? false
        : appType is null || category == CategoryTaxonomy.UnspecifiedId ? null
        : appType.IsNecessary(category);

    public override string ToString() => Id;
}
