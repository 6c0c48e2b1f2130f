using Microsoft.CodeAnalysis.CSharp;
using PiiAnalyzers.Options;
using PiiAnalyzers.Tests.Model;

namespace PiiAnalyzers.Tests.AppTypes;

/// <summary><c>pii_app_type</c>: read where every option is read, per file like the other keys, by id, number or Chinese name.</summary>
public class AppTypeOptionTests
{
    [Theory]
    [InlineData("online-shopping", "online-shopping")]
    [InlineData("6", "online-shopping")]
    [InlineData("网上购物类", "online-shopping")]
    [InlineData("网上购物", "online-shopping")]
    [InlineData(" news ", "news")]
    public void AValueThatNamesAType_GivesIt(string value, string id)
    {
        var setting = PiiOptions.ReadAppType(TestAnalyzerConfigOptionsProvider.ForAllFiles(PiiOptions.AppTypeKey, value), CSharpSyntaxTree.ParseText("class C { }"));

        Assert.Equal(id, setting.AppType?.Id);
        Assert.Equal(value.Trim(), setting.Text);
        Assert.False(setting.IsUnknown);
    }

    [Fact]
    public void AValueThatNamesNoType_IsUnknown_AsWritten()
    {
        var setting = PiiOptions.ReadAppType(TestAnalyzerConfigOptionsProvider.ForAllFiles(PiiOptions.AppTypeKey, " shop "), CSharpSyntaxTree.ParseText("class C { }"));

        Assert.True(setting.IsUnknown);
        Assert.Null(setting.AppType);
        Assert.Equal("shop", setting.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void NoValue_OrAnEmptyOne_IsNone(string? value)
    {
        var provider = new TestAnalyzerConfigOptionsProvider(value is null ? null : new Dictionary<string, string> { [PiiOptions.AppTypeKey] = value });

        var setting = PiiOptions.ReadAppType(provider.GetOptions(CSharpSyntaxTree.ParseText("class C { }")));

        Assert.Same(AppTypeSetting.None, setting);
        Assert.False(setting.IsUnknown);
    }

    [Fact]
    public void TheValueInForce_IsTheFilesOwn_OrTheGlobalOneWithoutAFile()
    {
        var provider = new TestAnalyzerConfigOptionsProvider(
            globalOptions: new Dictionary<string, string> { [PiiOptions.AppTypeKey] = "news" },
            optionsByPath: new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["/src/Shop.cs"] = new Dictionary<string, string> { [PiiOptions.AppTypeKey] = "6" },
            });
        var options = TestAnalyzerConfigOptionsProvider.Of(provider);

        Assert.Equal("online-shopping", PiiOptions.ReadAppType(options, CSharpSyntaxTree.ParseText("class C { }", path: "/src/Shop.cs")).AppType?.Id);
        Assert.Equal("news", PiiOptions.ReadAppType(options, tree: null).AppType?.Id);
    }
}
