using PiiAnalyzers.Generation.Emission;
using PiiAnalyzers.Generation.Model;

namespace PiiAnalyzers.Tests.Generation;

public class InventoryEmitterTests
{
    [Theory]
    [InlineData("Shop", "Shop")]
    [InlineData("Shop.Web", "Shop.Web")]
    [InlineData("My-App.2024", "My_App._2024")]
    [InlineData("class", "@class")]
    [InlineData(null, "PiiAnalyzers.Generated")]
    [InlineData("", "PiiAnalyzers.Generated")]
    public void Namespace_IsTheAssemblyNameMadeValid(string? assemblyName, string expected) =>
        Assert.Equal(expected, InventoryEmitter.NamespaceFor(assemblyName));

    [Theory]
    [InlineData("/repo/app/Models/Customer.cs", "/repo/app/", "Models/Customer.cs")]
    [InlineData("/repo/app/Customer.cs", "/repo/app", "Customer.cs")]
    [InlineData(@"C:\repo\app\Models\Customer.cs", @"C:\repo\app\", "Models/Customer.cs")]
    [InlineData("/elsewhere/Shared.cs", "/repo/app/", "Shared.cs")]
    [InlineData("/repo/app/Customer.cs", null, "Customer.cs")]
    public void Paths_AreRelativeToTheProject_OrJustTheFileName(string path, string? projectDirectory, string expected) =>
        Assert.Equal(expected, InventoryAssembler.RelativePath(path, projectDirectory));

    [Fact]
    public void Literal_EscapesWhatCSharpNeeds() =>
        Assert.Equal("\"a\\\"b\\\\c\\nd\\u2028\"", InventoryEmitter.Literal("a\"b\\c\nd\u2028"));
}
