using System.Xml.Linq;
using PiiAnalyzers.EndToEnd.Tests.Infrastructure;

namespace PiiAnalyzers.EndToEnd.Tests;

[Collection(PackageCollection.Name)]
public class PackageLayoutTests
{
    private readonly PackageFixture _package;

    public PackageLayoutTests(PackageFixture package)
    {
        _package = package;
    }

    [Theory]
    [InlineData("lib/netstandard2.0/PiiAnalyzers.Attributes.dll")]
    [InlineData("lib/netstandard2.0/PiiAnalyzers.Attributes.xml")]
    [InlineData("analyzers/dotnet/cs/PiiAnalyzers.dll")]
    [InlineData("analyzers/dotnet/cs/zh-Hans/PiiAnalyzers.resources.dll")]
    [InlineData("analyzers/dotnet/cs/PiiAnalyzers.CodeFixes.dll")]
    [InlineData("build/PiiAnalyzers.props")]
    [InlineData("build/PiiAnalyzers.targets")]
    [InlineData("tasks/netstandard2.0/PiiAnalyzers.Tasks.dll")]
    public void Package_ContainsFile(string entry)
    {
        var entries = _package.ReadPackageEntries();

        Assert.True(entries.Contains(entry), $"{entry} is not in {Path.GetFileName(_package.PackagePath)}, which holds:{Describe(entries)}");
    }

    [Fact]
    public void Package_ShipsOnlyTheAttributesAsLibraryAndOnlyTheAnalyzersAsAnalyzers()
    {
        var entries = _package.ReadPackageEntries();
        var dlls = entries.Where(entry => entry.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();

        // Neither the package project's own empty assembly nor a copy of Roslyn may end up in the package.
        Assert.True(
            dlls.SequenceEqual(
            [
                "analyzers/dotnet/cs/PiiAnalyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/PiiAnalyzers.dll",
                "analyzers/dotnet/cs/zh-Hans/PiiAnalyzers.resources.dll",
                "lib/netstandard2.0/PiiAnalyzers.Attributes.dll",
                "tasks/netstandard2.0/PiiAnalyzers.Tasks.dll",
            ]),
            $"Unexpected assemblies in the package:{Describe(dlls)}");
    }

    [Fact]
    public void Nuspec_HasTheIdVersionAndNoDependencies()
    {
        var nuspec = XDocument.Parse(_package.ReadPackageFile("PiiAnalyzers.nuspec"));
        var metadata = nuspec.Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().FirstOrDefault(element => element.Name.LocalName == name)?.Value;

        Assert.Equal("PiiAnalyzers", Value("id"));
        Assert.Equal(_package.Version, Value("version"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")), nuspec.ToString());
        // The attributes are a runtime library: the package must flow to the consumer's output and its dependants.
        Assert.NotEqual("true", Value("developmentDependency"));
        Assert.True(
            !nuspec.Descendants().Any(element => element.Name.LocalName == "dependency"),
            $"The package should have no dependencies:{Environment.NewLine}{nuspec}");
    }

    private static string Describe(IEnumerable<string> entries) =>
        string.Concat(entries.Select(entry => Environment.NewLine + "  " + entry));
}
