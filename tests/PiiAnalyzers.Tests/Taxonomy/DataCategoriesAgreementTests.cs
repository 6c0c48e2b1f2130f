using System.Reflection;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Tests.Taxonomy;

/// <summary>The <c>DataCategories</c> constants users write and the taxonomy the analyzers read must be the same list.</summary>
public class DataCategoriesAgreementTests
{
    private static IReadOnlyList<Type> NestedClasses =>
        typeof(DataCategories).GetNestedTypes(BindingFlags.Public);

    private static IEnumerable<(Type Owner, FieldInfo Field, string Value)> Constants =>
        NestedClasses.SelectMany(nested => nested
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(info => info.IsLiteral && info.FieldType == typeof(string))
            .Select(info => (nested, info, (string)info.GetRawConstantValue()!)));

    [Fact]
    public void DataCategories_HasOnlyNestedStaticClassesOfStringConstants()
    {
        Assert.Empty(typeof(DataCategories).GetFields(BindingFlags.Public | BindingFlags.Static));
        Assert.Equal(16, NestedClasses.Count);
        foreach (var nested in NestedClasses)
        {
            Assert.True(nested.IsAbstract && nested.IsSealed, $"{nested.Name} is not a static class");
            Assert.Empty(nested.GetNestedTypes());
            var fields = nested.GetFields(BindingFlags.Public | BindingFlags.Static);
            Assert.All(fields, info => Assert.True(info.IsLiteral && info.FieldType == typeof(string), $"{nested.Name}.{info.Name} is not a string constant"));
        }
    }

    [Fact]
    public void EveryConstant_IsABuiltInId()
    {
        foreach (var (owner, field, value) in Constants)
        {
            Assert.True(CategoryTaxonomy.BuiltIn.IsKnown(value), $"DataCategories.{owner.Name}.{field.Name} = \"{value}\" is not a built-in id");
        }
    }

    [Fact]
    public void EveryBuiltInId_HasExactlyOneConstant()
    {
        var values = Constants.Select(constant => constant.Value).ToList();

        foreach (var category in BuiltInCategories.All)
        {
            Assert.True(values.Count(value => value == category.Id) == 1, $"\"{category.Id}\" has {values.Count(value => value == category.Id)} constants");
        }

        Assert.Equal(BuiltInCategories.All.Length, values.Count);
    }

    [Fact]
    public void NestedClassName_IsPascalCaseOfTopLevelId_AndAllIsTheTopLevelId()
    {
        var topLevelIds = BuiltInCategories.All.Where(category => category.ParentId is null).Select(category => category.Id).ToList();

        Assert.Equal(topLevelIds.Select(PascalCase).Order(StringComparer.Ordinal), NestedClasses.Select(nested => nested.Name).Order(StringComparer.Ordinal));
        foreach (var nested in NestedClasses)
        {
            var all = nested.GetField("All", BindingFlags.Public | BindingFlags.Static);
            Assert.NotNull(all);
            var topLevel = (string)all.GetRawConstantValue()!;
            Assert.Contains(topLevel, topLevelIds);
            Assert.Equal(PascalCase(topLevel), nested.Name);
        }
    }

    [Fact]
    public void ConstantName_IsPascalCaseOfLastSegment_InTheClassOfItsTopLevel()
    {
        foreach (var (owner, field, value) in Constants.Where(constant => constant.Field.Name != "All"))
        {
            var dot = value.IndexOf('.');
            Assert.True(dot > 0, $"{owner.Name}.{field.Name} = \"{value}\" is not a child id");
            Assert.Equal(PascalCase(value.Substring(0, dot)), owner.Name);
            Assert.Equal(PascalCase(value.Substring(dot + 1)), field.Name);
        }
    }

    [Theory]
    [InlineData("birth-date", "BirthDate")]
    [InlineData("ip-address", "IpAddress")]
    [InlineData("national-id", "NationalId")]
    [InlineData("sexual-orientation", "SexualOrientation")]
    [InlineData("phone", "Phone")]
    public void PascalCase_OfKebab(string kebab, string pascal)
    {
        Assert.Equal(pascal, PascalCase(kebab));
    }

    [Fact]
    public void SpotChecks_FromTheDesign()
    {
        Assert.Equal("contact.phone", DataCategories.Contact.Phone);
        Assert.Equal("identity.national-id", DataCategories.Identity.NationalId);
        Assert.Equal("online.ip-address", DataCategories.Online.IpAddress);
        Assert.Equal("contact", DataCategories.Contact.All);
    }

    private static string PascalCase(string kebab) =>
        string.Concat(kebab.Split('-').Select(word => char.ToUpperInvariant(word[0]) + word.Substring(1)));
}
