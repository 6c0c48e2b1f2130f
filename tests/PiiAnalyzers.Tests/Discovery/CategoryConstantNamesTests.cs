using System.Reflection;
using PiiAnalyzers.Discovery;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Tests.Discovery;

public class CategoryConstantNamesTests
{
    public static TheoryData<string> BuiltInIds()
    {
        var data = new TheoryData<string>();
        foreach (var category in BuiltInCategories.All)
        {
            data.Add(category.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void EveryBuiltInId_NamesTheDataCategoriesConstantThatHoldsIt(string id)
    {
        var name = CategoryConstantNames.For(id);

        Assert.NotNull(name);
        var parts = name.Split('.');
        Assert.Equal(2, parts.Length);
        var nested = typeof(DataCategories).GetNestedType(parts[0], BindingFlags.Public);
        Assert.NotNull(nested);
        var field = nested.GetField(parts[1], BindingFlags.Public | BindingFlags.Static);
        Assert.NotNull(field);
        Assert.Equal(id, field.GetRawConstantValue());
    }

    [Theory]
    [InlineData("identity.national-id", "Identity.NationalId")]
    [InlineData("online.ip-address", "Online.IpAddress")]
    [InlineData("contact", "Contact.All")]
    public void For_WritesPascalCase(string id, string expected)
    {
        Assert.Equal(expected, CategoryConstantNames.For(id));
    }

    [Theory]
    [InlineData("loyalty.member-id")]
    [InlineData("unspecified")]
    [InlineData("")]
    public void For_CustomOrUnknownId_IsNull(string id)
    {
        Assert.Null(CategoryConstantNames.For(id));
    }
}
