using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Tests.Diff;

/// <summary>Each side of <c>pii inventory diff</c> may be an inventory JSON file, a built assembly or a folder of code; bad sides exit with code 2.</summary>
public class DiffSidesTests
{
    [Fact]
    public void TwoFolders_GiveTheChangesOfTheCode_AMemberThatMovedIsUnchanged()
    {
        var before = DiffFixtures.CodeFolder("Customer.cs", DiffFixtures.CustomerBefore);
        var after = DiffFixtures.CodeFolder("Customer.cs", DiffFixtures.CustomerAfter);

        var result = CliResult.Run("inventory", "diff", before, after, "--format", "text", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(DiffFixtures.CustomerChangesInEnglish, result.Output);
    }

    [Fact]
    public void JsonAgainstTheAssemblyBuiltWithTheSameInventory_GivesTheSameDiff_AsJsonAgainstJson()
    {
        var assembly = AssemblyWithInventory(File.ReadAllText(DiffFixtures.Head));

        var result = CliResult.Run("inventory", "diff", DiffFixtures.Base, assembly, "--format", "md", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(TestFiles.GoldenFolder, "diff.en.md")), result.Output);
        Assert.Contains($"Reading the embedded inventory of {assembly}\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCodeAgainstItsOwnInventoryFile_HasNoChange()
    {
        var folder = DiffFixtures.CodeFolder("Customer.cs", DiffFixtures.CustomerAfter);
        var inventory = Path.Combine(TestFiles.TempFolder(), "inventory.json");
        Assert.Equal(0, CliResult.Run("inventory", folder, "--format", "json", "--output", inventory).ExitCode);

        var result = CliResult.Run("inventory", "diff", inventory, folder, "--format", "text", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Personal data inventory changes\nNo change to the personal data inventory.\n", result.Output);
    }

    public static TheoryData<string, string> BadSides => new()
    {
        { "missing file", "/no/such/base.json does not exist." },
        { "not JSON", "broken.json is not an inventory as 'pii inventory --format json' writes it: " },
        { "JSON of another kind", "policy.json is not an inventory as 'pii inventory --format json' writes it: The inventory has no schemaVersion 1." },
        { "assembly without an inventory", "Plain.dll has no embedded inventory: it was not built with the PiiAnalyzers package" },
        { "file that is not an assembly", "NotAnAssembly.dll is not a .NET assembly" },
        { "file of another kind", "inventory.txt is not a folder, a .csproj, a .sln or a built .dll." },
    };

    [Theory]
    [MemberData(nameof(BadSides))]
    public void BadSide_ExitsWith2_NamingIt(string what, string message)
    {
        var path = BadSide(what);

        var asBase = CliResult.Run("inventory", "diff", path, DiffFixtures.Head);
        var asHead = CliResult.Run("inventory", "diff", DiffFixtures.Base, path, "--fail-on", "new-category");

        foreach (var result in new[] { asBase, asHead })
        {
            Assert.True(result.ExitCode == 2, $"{what}: {result}");
            Assert.Equal(string.Empty, result.Output);
            Assert.Contains(message, result.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("one path", new[] { "inventory", "diff", "base.json" }, "error: Give the base and the head (pii inventory diff base.json head.json), or one path with --base-ref.\n")]
    [InlineData("two paths and --base-ref", new[] { "inventory", "diff", "base.json", "head.json", "--base-ref", "HEAD" }, "error: With --base-ref, give one path, the head as it is on disk: pii inventory diff --base-ref origin/main src/Shop/Shop.csproj\n")]
    [InlineData("unknown format", new[] { "inventory", "diff", "base.json", "head.json", "--format", "html" }, "error: Unknown format 'html': use md, json or text.\n")]
    [InlineData("unknown language", new[] { "inventory", "diff", "base.json", "head.json", "--lang", "fr" }, "error: Unknown language 'fr': use zh or en.\n")]
    public void BadArguments_ExitWith2_WithOneLine(string what, string[] args, string error)
    {
        var result = CliResult.Run(args);

        Assert.True(result.ExitCode == 2, $"{what}: {result}");
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(error, result.Error);
    }

    [Theory]
    [InlineData(new object[] { new[] { "inventory", "diff" } })]
    [InlineData(new object[] { new[] { "inventory", "diff", "a.json", "b.json", "c.json" } })]
    public void WrongNumberOfPaths_ExitsWith2_PointingToTheHelp(string[] args)
    {
        var result = CliResult.Run(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.EndsWith("Run 'pii --help' for usage.\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PathBeforeDiff_ExitsWith2_InsteadOfBeingIgnored()
    {
        var result = CliResult.Run("inventory", "Shop.csproj", "diff", DiffFixtures.Base, DiffFixtures.Head);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(
            "error: 'Shop.csproj' before 'diff' is not used: give the base and the head after it (pii inventory diff base.json head.json).\n"
            + "error: Run 'pii --help' for usage.\n",
            result.Error);
    }

    private static string BadSide(string what) => what switch
    {
        "missing file" => "/no/such/base.json",
        "not JSON" => WriteFile("broken.json", "{ \"schemaVersion\": 1, "),
        "JSON of another kind" => WriteFile("policy.json", "{ \"categories\": [] }"),
        "assembly without an inventory" => AssemblyWithInventory(null),
        "file that is not an assembly" => WriteFile("NotAnAssembly.dll", "hello"),
        "file of another kind" => WriteFile("inventory.txt", "hello"),
        _ => throw new ArgumentOutOfRangeException(nameof(what)),
    };

    private static string WriteFile(string name, string content)
    {
        var file = Path.Combine(TestFiles.TempFolder(), name);
        File.WriteAllText(file, content);
        return file;
    }

    // An assembly whose metadata carries the inventory as the generator embeds it, or none; built in memory, no generator needed.
    private static string AssemblyWithInventory(string? json)
    {
        var source = json is null
            ? "public class Plain { }"
            : $"[assembly: System.Reflection.AssemblyMetadata(\"{AssemblyInventoryReader.MetadataKey}\", {SymbolDisplay.FormatLiteral(json, quote: true)})]";
        var compilation = CSharpCompilation.Create(
            json is null ? "Plain" : "Shop",
            [CSharpSyntaxTree.ParseText(source)],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var path = Path.Combine(TestFiles.TempFolder(), compilation.AssemblyName + ".dll");
        var emitted = compilation.Emit(path);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        return path;
    }
}
