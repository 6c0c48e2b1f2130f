using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Tests.Taxonomy;

public class BuiltInCategoriesTests
{
    private static readonly string[] TopLevelIds =
    [
        "profile", "contact", "identity", "biometric", "account", "online", "device", "location",
        "financial", "health", "career", "communication", "social", "media", "belief", "other",
    ];

    [Fact]
    public void Has80Categories_64LeavesAnd16TopLevel()
    {
        var all = BuiltInCategories.All;

        Assert.Equal(80, all.Length);
        Assert.Equal(16, all.Count(category => category.ParentId is null));
        Assert.Equal(64, all.Count(category => category.ParentId is not null));
        Assert.Equal(TopLevelIds, all.Where(category => category.ParentId is null).Select(category => category.Id));
    }

    [Fact]
    public void IdsAreUnique()
    {
        var ids = BuiltInCategories.All.Select(category => category.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EveryChildsParentIsKnown_AndIsTopLevel_AndComesBeforeIt()
    {
        var all = BuiltInCategories.All;
        for (var i = 0; i < all.Length; i++)
        {
            var category = all[i];
            if (category.ParentId is null)
            {
                continue;
            }

            var parentIndex = all.IndexOf(all.Single(candidate => candidate.Id == category.ParentId));
            Assert.True(parentIndex < i, $"{category.Id} comes before its parent");
            Assert.Null(all[parentIndex].ParentId);
            Assert.Equal(category.ParentId + "." + category.Id.Substring(category.ParentId.Length + 1), category.Id);
        }
    }

    [Fact]
    public void EveryTopLevelHasChildren()
    {
        foreach (var top in TopLevelIds)
        {
            Assert.Contains(BuiltInCategories.All, category => category.ParentId == top);
        }
    }

    [Fact]
    public void IdsAreLowercaseKebabSegments()
    {
        foreach (var category in BuiltInCategories.All)
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)?$", category.Id);
        }
    }

    [Fact]
    public void AllAreBuiltIn_AndNamed()
    {
        Assert.All(BuiltInCategories.All, category =>
        {
            Assert.True(category.IsBuiltIn);
            Assert.False(string.IsNullOrWhiteSpace(category.ChineseName));
            Assert.False(string.IsNullOrWhiteSpace(category.EnglishName));
            Assert.Equal(category.Id, category.ToString());
        });
    }

    [Fact]
    public void SensitiveLeaves_AreExactlyThoseDesignMarks()
    {
        string[] expected =
        [
            "profile.ethnicity", "profile.marital-status",
            "identity.national-id", "identity.passport", "identity.driver-license", "identity.social-security", "identity.document",
            "biometric.face", "biometric.fingerprint", "biometric.voiceprint", "biometric.iris", "biometric.genetic",
            "account.credential",
            "online.browsing-history",
            "location.precise", "location.trajectory",
            "financial.bank-account", "financial.payment", "financial.transaction", "financial.credit", "financial.income", "financial.property",
            "health.medical", "health.physiological",
            "communication.content", "communication.call-log",
            "social.contacts", "social.friends",
            "belief.religion", "belief.political",
            "other.sexual-orientation", "other.criminal-record", "other.minor",
        ];

        var sensitiveLeaves = BuiltInCategories.All.Where(category => category.ParentId is not null && category.IsSensitive).Select(category => category.Id);

        Assert.Equal(expected, sensitiveLeaves);
    }

    [Fact]
    public void TopLevelIsSensitive_ExactlyWhenAllItsChildrenAre()
    {
        var all = BuiltInCategories.All;
        foreach (var top in all.Where(category => category.ParentId is null))
        {
            var children = all.Where(category => category.ParentId == top.Id).ToList();
            Assert.True(children.All(child => child.IsSensitive) == top.IsSensitive, top.Id);
        }

        Assert.Equal(
            ["identity", "biometric", "financial", "health", "communication", "social", "belief", "other"],
            all.Where(category => category.ParentId is null && category.IsSensitive).Select(category => category.Id));
    }

    [Theory]
    [InlineData("contact.phone", "手机号码、电话号码", "phone number", false)]
    [InlineData("identity.national-id", "身份证号", "national ID number", true)]
    [InlineData("other.minor", "不满十四周岁未成年人信息", "data of children under 14", true)]
    [InlineData("device.id", "设备标识 (IMEI、IDFA、OAID、MAC)", "device identifiers", false)]
    public void Rows_MatchTheDesignTable(string id, string chinese, string english, bool sensitive)
    {
        Assert.True(CategoryTaxonomy.BuiltIn.TryGetCategory(id, out var category));
        Assert.Equal(chinese, category.ChineseName);
        Assert.Equal(english, category.EnglishName);
        Assert.Equal(sensitive, category.IsSensitive);
    }

    [Fact]
    public void BuiltInTaxonomy_HoldsExactlyTheBuiltInCategories()
    {
        Assert.Equal(BuiltInCategories.All, CategoryTaxonomy.BuiltIn.Categories);
        Assert.All(BuiltInCategories.All, category => Assert.True(CategoryTaxonomy.BuiltIn.IsKnown(category.Id)));
        Assert.False(CategoryTaxonomy.BuiltIn.IsKnown(CategoryTaxonomy.UnspecifiedId));
        Assert.False(CategoryTaxonomy.BuiltIn.IsKnown("Contact.Phone"));
        Assert.False(CategoryTaxonomy.BuiltIn.IsKnown(""));
    }
}
