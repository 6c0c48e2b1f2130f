using PiiAnalyzers.AppTypes;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Tests.AppTypes;

/// <summary>
/// The necessary-information table as data: the 39 app types of the 2021 rules load, each category is a taxonomy id, the
/// parent/child rule of the taxonomy holds, a <c>pii_app_type</c> value finds its type, and docs/necessary-information.md
/// lists every type and item as <see cref="TypeLine"/> and <see cref="NeedLine"/> write them.
/// </summary>
public class NecessaryInformationTests
{
    private static readonly int[] TypesThatNeedNothing = { 21, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38 };

    [Fact]
    public void AllThirtyNineTypesLoad_NumberedOneToThirtyNine_WithUniqueIds()
    {
        var types = NecessaryInformation.AppTypes;

        Assert.Equal(Enumerable.Range(1, 39), types.Select(type => type.Number));
        Assert.Equal(39, types.Select(type => type.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(39, types.Select(type => type.ChineseName).Distinct().Count());
        Assert.All(types, type => Assert.EndsWith("类", type.ChineseName));
    }

    [Fact]
    public void EveryCategory_IsABuiltInTaxonomyId()
    {
        var unknown = NecessaryInformation.AppTypes.SelectMany(type => type.NecessaryCategories
            .Where(id => !CategoryTaxonomy.BuiltIn.IsKnown(id))
            .Select(id => $"{type.Id}: {id}"));

        Assert.Empty(unknown);
    }

    [Fact]
    public void TheThirteenTypesThatNeedNothing_HaveNoNecessaryCategories()
    {
        var types = NecessaryInformation.AppTypes;

        Assert.Equal(TypesThatNeedNothing, types.Where(type => type.NecessaryCategories.IsEmpty).Select(type => type.Number));
        Assert.All(types.Where(type => !TypesThatNeedNothing.Contains(type.Number)), type => Assert.NotEmpty(type.Needs));
    }

    [Theory]
    [InlineData("map-navigation", "location.coarse, location.precise")]
    [InlineData("online-shopping", "contact.phone, account.id, account.username, account.credential, profile.name, contact.address, financial.payment, financial.transaction")]
    [InlineData("dating", "contact.phone, account.id, account.username, account.credential, profile.gender, profile.age, profile.marital-status")]
    [InlineData("mobile-banking", "profile.name, identity.national-id, identity.passport, identity.document, financial.bank-account, contact.phone, account.id, account.username, account.credential")]
    [InlineData("performance-tickets", "contact.phone, account.id, account.username, account.credential, financial.transaction, financial.payment")]
    [InlineData("womens-health", "")]
    public void SpotCheck_TheNecessaryCategoriesOfAType(string id, string categories)
    {
        var type = NecessaryInformation.AppTypes.Single(candidate => candidate.Id == id);

        Assert.Equal(categories, string.Join(", ", type.NecessaryCategories));
    }

    [Fact]
    public void SpotCheck_OnlineShopping_AsTheRegulationNamesIt()
    {
        var type = NecessaryInformation.AppTypes[5];

        Assert.Equal(("online-shopping", 6, "网上购物类", "Online shopping", "购买商品"), (type.Id, type.Number, type.ChineseName, type.EnglishName, type.BasicFunction));
        Assert.Equal(new[] { "注册用户移动电话号码", "收货人姓名（名称）、地址、联系电话", "支付时间、支付金额、支付渠道等支付信息" }, type.Needs.Select(need => need.Item));
    }

    [Theory]
    [InlineData("recruitment", "career.employer", true)]
    [InlineData("recruitment", "career", true)]
    [InlineData("online-shopping", "contact.phone", true)]
    [InlineData("online-shopping", "contact", false)]
    [InlineData("online-shopping", "contact.email", false)]
    [InlineData("online-shopping", "location.precise", false)]
    [InlineData("online-shopping", "loyalty.member-id", false)]
    [InlineData("news", "account.id", false)]
    public void ANeededParentCoversItsChildren_ButANeededChildNotItsParent(string id, string category, bool necessary)
    {
        Assert.Equal(necessary, NecessaryInformation.Find(id)!.IsNecessary(category));
    }

    [Theory]
    [InlineData("online-shopping", "contact.phone", false, true)]
    [InlineData("online-shopping", "contact.phone", true, false)]
    [InlineData("online-shopping", "contact.email", false, false)]
    [InlineData("online-shopping", "unspecified", false, null)]
    [InlineData("online-shopping", "unspecified", true, false)]
    [InlineData(null, "contact.email", false, null)]
    [InlineData(null, "contact.email", true, false)]
    public void Necessity_IsFalseWhenOptional_NullWithoutAnAppTypeOrCategory(string? id, string category, bool optional, bool? necessity)
    {
        var type = id is null ? null : NecessaryInformation.Find(id);

        Assert.Equal(necessity, AppType.Necessity(type, category, optional));
    }

    [Theory]
    [InlineData("online-shopping", 6)]
    [InlineData(" Online-Shopping ", 6)]
    [InlineData("6", 6)]
    [InlineData("39", 39)]
    [InlineData("网上购物类", 6)]
    [InlineData("网上购物", 6)]
    [InlineData("女性健康", 21)]
    [InlineData("shopping", null)]
    [InlineData("0", null)]
    [InlineData("40", null)]
    [InlineData("+6", null)]
    [InlineData("网上购物类类", null)]
    public void Find_TakesTheIdTheNumberOrTheChineseName(string value, int? number)
    {
        Assert.Equal(number, NecessaryInformation.Find(value)?.Number);
    }

    [Theory]
    [InlineData("needs: contact.phone | 注册用户移动电话号码", "line 1: a 'needs:' row comes after its 'app-type:' row.")]
    [InlineData("app-type: news | 30 | 新闻资讯类 | News", "line 1: a 'app-type:' row has 5 fields that are not empty (id | number | 中文名 | English name | basic function).")]
    [InlineData("app-type: news | thirty | 新闻资讯类 | News | 浏览", "line 1: the number 'thirty' is not a whole number.")]
    [InlineData("# news\napp-type: news | 30 | 新闻资讯类 | News | 浏览\nneeds: account.id, | 账号", "line 3: a category id is empty.")]
    [InlineData("app-type: news | 30 | 新闻资讯类 | News | 浏览\nneeds: account.id", "line 2: a 'needs:' row has 2 fields that are not empty (category ids | item).")]
    [InlineData("type: news | 30 | 新闻资讯类 | News | 浏览", "line 1: a row starts with 'app-type:' or 'needs:'.")]
    public void ARowThatCannotBeRead_IsAMistakeNamingItsLine(string text, string message)
    {
        var mistake = Assert.Throws<InvalidOperationException>(() => NecessaryInformationReader.Read(text));

        Assert.Equal("PiiAnalyzers.AppTypes.necessary-information.txt, " + message, mistake.Message);
    }

    [Fact]
    public void DocsPage_ListsEveryTypeAndItem_InTableOrder()
    {
        var page = RepositoryFiles.Read("docs/necessary-information.md").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var types = NecessaryInformation.AppTypes;

        var typeLines = types.Select(TypeLine).ToArray();
        var needLines = types.SelectMany(type => type.Needs.Select(need => NeedLine(type, need))).ToArray();

        Assert.True(typeLines.SequenceEqual(Rows(page, "## App types")), "docs/necessary-information.md should list, under ## App types:\n" + string.Join("\n", typeLines));
        Assert.True(needLines.SequenceEqual(Rows(page, "## Items")), "docs/necessary-information.md should list, under ## Items:\n" + string.Join("\n", needLines));
    }

    // How docs/necessary-information.md writes an app type.
    private static string TypeLine(AppType type) =>
        $"| {type.Number} | `{type.Id}` | {type.ChineseName} | {type.EnglishName} | {type.BasicFunction} | {(type.NecessaryCategories.IsEmpty ? "none (无须个人信息)" : Ids(type.NecessaryCategories))} |";

    // How docs/necessary-information.md writes an item of a type.
    private static string NeedLine(AppType type, AppTypeNeed need) =>
        $"| `{type.Id}` | {need.Item} | {Ids(need.Categories)} |";

    private static string Ids(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => $"`{id}`"));

    // The table rows of a section, without its header and separator rows.
    private static string[] Rows(string[] page, string heading)
    {
        var start = Array.IndexOf(page, heading);
        Assert.True(start >= 0, $"docs/necessary-information.md has no '{heading}' section");
        return page.Skip(start + 1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal))
            .Where(line => line.StartsWith('|'))
            .Skip(2)
            .ToArray();
    }
}
