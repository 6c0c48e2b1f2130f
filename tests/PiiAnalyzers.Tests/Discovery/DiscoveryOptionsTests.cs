using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Discovery;
using PiiAnalyzers.Options;
using PiiAnalyzers.Tests.Model;

namespace PiiAnalyzers.Tests.Discovery;

public class DiscoveryOptionsTests
{
    private static readonly SyntaxTree Tree = CSharpSyntaxTree.ParseText("class C { }", path: "/src/C.cs");

    [Fact]
    public void NoOptions_MeansOn_WithNothingAdded()
    {
        var options = PiiOptions.ReadDiscoveryOptions(null, Tree, ["contact.phone"]);

        Assert.Same(DiscoveryOptions.Default, options);
        Assert.True(options.Enabled);
        Assert.Empty(options.ExcludedNamespaces);
        Assert.Empty(options.AddedTerms);
    }

    [Theory]
    [InlineData("false", false)]
    [InlineData(" FALSE ", false)]
    [InlineData("true", true)]
    [InlineData("nonsense", true)]
    public void Discovery_IsOffOnlyWhenFalse(string value, bool expected)
    {
        var options = PiiOptions.ReadDiscoveryOptions(Options(new() { ["pii_discovery"] = value }), Tree, []);

        Assert.Equal(expected, options.Enabled);
    }

    [Fact]
    public void Words_AreReadPerCategory_AsPhrases()
    {
        var options = PiiOptions.ReadDiscoveryOptions(
            Options(new() { ["pii_discovery_words.contact.phone"] = "tel, handy,, home line ", ["pii_discovery_words.unknown.id"] = "x" }),
            Tree,
            ["contact.phone", "contact.email"]);

        Assert.Equal(["tel", "handy", "homeline"], options.AddedTerms.Select(term => term.Key));
        Assert.All(options.AddedTerms, term => Assert.Equal("contact.phone", term.CategoryId));
    }

    [Fact]
    public void ExcludedNamespaces_CoverTheirChildren_NotTheirSiblings()
    {
        var options = PiiOptions.ReadDiscoveryOptions(Options(new() { ["pii_discovery_exclude_namespaces"] = "Acme.Legacy, global::Acme.Tests" }), Tree, []);

        Assert.True(options.IsExcluded("Acme.Legacy"));
        Assert.True(options.IsExcluded("Acme.Legacy.Orders"));
        Assert.True(options.IsExcluded("Acme.Tests"));
        Assert.False(options.IsExcluded("Acme.LegacyTools"));
        Assert.False(options.IsExcluded("Acme"));
        Assert.False(options.IsExcluded(string.Empty));
    }

    private static AnalyzerOptions Options(Dictionary<string, string> values) =>
        new(ImmutableArray<AdditionalText>.Empty, new TestAnalyzerConfigOptionsProvider(values));
}
