using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Tests.Taxonomy;

public class CategoryTaxonomyTests
{
    [Theory]
    [InlineData("contact", "contact.phone", true)]
    [InlineData("contact", "contact.email", true)]
    [InlineData("contact.phone", "contact.phone", true)]
    [InlineData("contact", "contact", true)]
    [InlineData("loyalty", "loyalty.tier.gold", true)]
    [InlineData("loyalty.tier", "loyalty.tier.gold", true)]
    [InlineData("contact.phone", "contact", false)]
    [InlineData("contact", "contactx.phone", false)]
    [InlineData("contact", "contactx", false)]
    [InlineData("contact.phone", "contact.phones", false)]
    [InlineData("contact.phone", "contact.email", false)]
    [InlineData("contact", "identity.national-id", false)]
    [InlineData("Contact", "contact.phone", false)]
    [InlineData("contact", "Contact.phone", false)]
    [InlineData("identity", "identity.national-id", true)]
    public void Covers(string declared, string collected, bool expected)
    {
        Assert.Equal(expected, CategoryTaxonomy.Covers(declared, collected));
    }

    [Theory]
    [InlineData("contact.phon", "contact.phone")]
    [InlineData("Contact.Phone", "contact.phone")]
    [InlineData("CONTACT.PHONE", "contact.phone")]
    [InlineData("contact.phone ", "contact.phone")]
    [InlineData("phone", "contact.phone")]
    [InlineData("Phone", "contact.phone")]
    [InlineData("national_id", "identity.national-id")]
    [InlineData("NationalId", "identity.national-id")]
    [InlineData("identity.national_id", "identity.national-id")]
    [InlineData("identity.nationalid", "identity.national-id")]
    [InlineData("ip-address", "online.ip-address")]
    [InlineData("IpAddress", "online.ip-address")]
    [InlineData("birth-date", "profile.birth-date")]
    [InlineData("emial", "contact.email")]
    [InlineData("emali", "contact.email")]
    [InlineData("fingerprnt", "biometric.fingerprint")]
    [InlineData("contact.emial", "contact.email")]
    [InlineData("contacts.phone", "contact.phone")]
    [InlineData("biometrics.face", "biometric.face")]
    [InlineData("Biometric", "biometric")]
    public void SuggestClosest_FindsTheIntendedId(string unknown, string expected)
    {
        Assert.Equal(expected, CategoryTaxonomy.BuiltIn.SuggestClosest(unknown));
    }

    [Theory]
    [InlineData("xyzzy-quux")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-_-")]
    [InlineData("completely.unrelated-thing")]
    [InlineData("spaceship")]
    public void SuggestClosest_NothingClose_IsNull(string unknown)
    {
        Assert.Null(CategoryTaxonomy.BuiltIn.SuggestClosest(unknown));
    }

    [Fact]
    public void SuggestClosest_KnowsCustomCategories()
    {
        var taxonomy = CategoryTaxonomy.BuiltIn.WithCustomCategories(
            [new DataCategory("loyalty.member-id", "会员号", "loyalty member id", isSensitive: true, isBuiltIn: false)]);

        Assert.Equal("loyalty.member-id", taxonomy.SuggestClosest("loyalty.memberid"));
        Assert.Equal("loyalty.member-id", taxonomy.SuggestClosest("member_id"));
        Assert.Equal("loyalty.member-id", taxonomy.SuggestClosest("loyalty.member-ids"));
        Assert.Null(CategoryTaxonomy.BuiltIn.SuggestClosest("loyalty.member-id"));
    }

    [Fact]
    public void WithCustomCategories_AddsNewOnes_KeepsFirstDefinition()
    {
        var builtIn = CategoryTaxonomy.BuiltIn;
        var taxonomy = builtIn.WithCustomCategories(
        [
            new DataCategory("loyalty.points", "积分", "points", isSensitive: false, isBuiltIn: false),
            new DataCategory("contact.phone", "手机", "phone", isSensitive: true, isBuiltIn: false),
            new DataCategory("loyalty.points", "积分2", "points 2", isSensitive: true, isBuiltIn: false),
        ]);

        Assert.NotSame(builtIn, taxonomy);
        Assert.Equal(81, taxonomy.Categories.Length);
        Assert.True(taxonomy.TryGetCategory("loyalty.points", out var points));
        Assert.Equal("积分", points.ChineseName);
        Assert.False(points.IsSensitive);
        Assert.True(taxonomy.TryGetCategory("contact.phone", out var phone));
        Assert.True(phone.IsBuiltIn);
        Assert.False(phone.IsSensitive);

        // The built-in taxonomy itself is unchanged.
        Assert.Equal(80, builtIn.Categories.Length);
        Assert.False(builtIn.IsKnown("loyalty.points"));
    }

    [Fact]
    public void WithCustomCategories_NothingNew_ReturnsSameTaxonomy()
    {
        var builtIn = CategoryTaxonomy.BuiltIn;

        Assert.Same(builtIn, builtIn.WithCustomCategories([]));
        Assert.Same(builtIn, builtIn.WithCustomCategories([new DataCategory("contact.phone", "手机", "phone", isSensitive: true, isBuiltIn: false)]));
    }

    [Fact]
    public void TryGetCategory_IsCaseSensitive()
    {
        Assert.True(CategoryTaxonomy.BuiltIn.TryGetCategory("contact.phone", out var phone));
        Assert.Equal("contact.phone", phone.Id);
        Assert.Equal("contact", phone.ParentId);
        Assert.False(CategoryTaxonomy.BuiltIn.TryGetCategory("Contact.Phone", out _));
    }

    [Theory]
    [InlineData("contact.phone", "contact")]
    [InlineData("contact", null)]
    [InlineData("loyalty.tier.gold", "loyalty.tier")]
    public void DataCategory_ParentId(string id, string? parent)
    {
        Assert.Equal(parent, new DataCategory(id, "", "", isSensitive: false, isBuiltIn: false).ParentId);
    }
}
