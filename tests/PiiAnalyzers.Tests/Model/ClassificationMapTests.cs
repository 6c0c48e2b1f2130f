using PiiAnalyzers.Options;

namespace PiiAnalyzers.Tests.Model;

public class ClassificationMapTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(";;,")]
    [InlineData("PrivateData")]
    [InlineData("PrivateData contact.email")]
    [InlineData("=contact.email")]
    [InlineData("PrivateData=")]
    [InlineData("PrivateData=   ")]
    [InlineData("  =contact.email")]
    public void Parse_WithoutUsablePair_IsEmpty(string? text)
    {
        var map = ClassificationMap.Parse(text);

        Assert.Same(ClassificationMap.Empty, map);
        Assert.False(map.TryGetCategory("PrivateData", "PrivateData", out _));
        Assert.False(map.TryGetCategory("PrivateDataAttribute", "PrivateDataAttribute", out _));
    }

    [Fact]
    public void Parse_SemicolonSeparated()
    {
        var map = ClassificationMap.Parse("PrivateData=contact.email; Card=financial.bank-account");

        Assert.True(map.TryGetCategory("A.PrivateDataAttribute", "PrivateDataAttribute", out var email));
        Assert.Equal("contact.email", email);
        Assert.True(map.TryGetCategory("A.CardAttribute", "CardAttribute", out var card));
        Assert.Equal("financial.bank-account", card);
    }

    [Fact]
    public void Parse_CommaSeparated_AndMixed()
    {
        var map = ClassificationMap.Parse("PrivateData=contact.email, Card=financial.bank-account;Health=health.medical");

        Assert.True(map.TryGetCategory("PrivateDataAttribute", "PrivateDataAttribute", out var email));
        Assert.Equal("contact.email", email);
        Assert.True(map.TryGetCategory("CardAttribute", "CardAttribute", out var card));
        Assert.Equal("financial.bank-account", card);
        Assert.True(map.TryGetCategory("HealthAttribute", "HealthAttribute", out var health));
        Assert.Equal("health.medical", health);
    }

    [Fact]
    public void Parse_SkipsBadPairs_KeepsGoodOnes()
    {
        var map = ClassificationMap.Parse("Broken; =contact.phone; Empty=; Card=financial.bank-account;");

        Assert.NotSame(ClassificationMap.Empty, map);
        Assert.True(map.TryGetCategory("CardAttribute", "CardAttribute", out var card));
        Assert.Equal("financial.bank-account", card);
        Assert.False(map.TryGetCategory("BrokenAttribute", "BrokenAttribute", out _));
        Assert.False(map.TryGetCategory("EmptyAttribute", "EmptyAttribute", out _));
    }

    [Fact]
    public void Parse_TrimsNamesAndCategories()
    {
        var map = ClassificationMap.Parse("   PrivateData   =   contact.email   ");

        Assert.True(map.TryGetCategory("PrivateDataAttribute", "PrivateDataAttribute", out var category));
        Assert.Equal("contact.email", category);
    }

    [Fact]
    public void Parse_RepeatedKey_LastWins()
    {
        var map = ClassificationMap.Parse("PrivateData=contact.email; PrivateData=contact.phone");

        Assert.True(map.TryGetCategory("PrivateDataAttribute", "PrivateDataAttribute", out var category));
        Assert.Equal("contact.phone", category);
    }

    [Fact]
    public void Parse_KeepsEverythingAfterTheFirstEquals()
    {
        var map = ClassificationMap.Parse("PrivateData=a=b");

        Assert.True(map.TryGetCategory("PrivateData", "PrivateData", out var category));
        Assert.Equal("a=b", category);
    }

    [Theory]
    [InlineData("PrivateDataAttribute")]
    [InlineData("PrivateData")]
    [InlineData("MyCo.PrivateDataAttribute")]
    [InlineData("MyCo.PrivateData")]
    public void TryGetCategory_MatchesSimpleName_ShortName_AndFullName(string key)
    {
        var map = ClassificationMap.Parse(key + "=contact.email");

        Assert.True(map.TryGetCategory("MyCo.PrivateDataAttribute", "PrivateDataAttribute", out var category));
        Assert.Equal("contact.email", category);
    }

    [Fact]
    public void TryGetCategory_FullNameWinsOverSimpleName_WhichWinsOverShortName()
    {
        var map = ClassificationMap.Parse("PrivateData=contact.phone; PrivateDataAttribute=contact.address; MyCo.PrivateDataAttribute=contact.email");

        Assert.True(map.TryGetCategory("MyCo.PrivateDataAttribute", "PrivateDataAttribute", out var full));
        Assert.Equal("contact.email", full);
        Assert.True(map.TryGetCategory("Other.PrivateDataAttribute", "PrivateDataAttribute", out var simple));
        Assert.Equal("contact.address", simple);

        var shortOnly = ClassificationMap.Parse("PrivateData=contact.phone");
        Assert.True(shortOnly.TryGetCategory("Other.PrivateDataAttribute", "PrivateDataAttribute", out var shortName));
        Assert.Equal("contact.phone", shortName);
    }

    [Fact]
    public void TryGetCategory_IsCaseSensitive()
    {
        var map = ClassificationMap.Parse("privatedata=contact.email");

        Assert.False(map.TryGetCategory("MyCo.PrivateDataAttribute", "PrivateDataAttribute", out _));
    }

    [Fact]
    public void TryGetCategory_ClassNamedAttribute_IsNotShortenedToNothing()
    {
        var map = ClassificationMap.Parse("Attribute=contact.email");

        Assert.True(map.TryGetCategory("MyCo.Attribute", "Attribute", out var category));
        Assert.Equal("contact.email", category);
        Assert.False(ClassificationMap.Parse("Other=contact.email").TryGetCategory("MyCo.Attribute", "Attribute", out _));
    }

    [Fact]
    public void TryGetCategory_NameWithoutSuffix_IsMatchedOnlyByItsName()
    {
        var map = ClassificationMap.Parse("Card=financial.bank-account");

        Assert.True(map.TryGetCategory("MyCo.Card", "Card", out var category));
        Assert.Equal("financial.bank-account", category);
        Assert.False(map.TryGetCategory("MyCo.CardholderAttribute", "CardholderAttribute", out _));
    }
}
