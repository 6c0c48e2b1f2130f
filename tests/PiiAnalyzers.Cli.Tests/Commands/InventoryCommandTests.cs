using System.Diagnostics;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PiiAnalyzers.Generation;

namespace PiiAnalyzers.Cli.Tests.Commands;

public class InventoryCommandTests
{
    public static TheoryData<string, string> FormatsAndLanguages => new()
    {
        { "json", "zh" },
        { "md", "zh" },
        { "md", "en" },
        { "csv", "zh" },
        { "csv", "en" },
        { "html", "zh" },
        { "html", "en" },
    };

    [Theory]
    [MemberData(nameof(FormatsAndLanguages))]
    public void Folder_EveryFormatAndLanguage_MatchesTheGoldenFile(string format, string language)
    {
        var result = CliResult.Run("inventory", TestFiles.ShopFolder, "--format", format, "--lang", language);

        Assert.True(result.ExitCode == 0, result.ToString());
        TestFiles.MatchGolden(result.Output, $"shop.{language}.{format}");
    }

    [Fact]
    public void Json_IsTheSameInEveryLanguage()
    {
        var chinese = CliResult.Run("inventory", TestFiles.ShopFolder, "--format", "json", "--lang", "zh");
        var english = CliResult.Run("inventory", TestFiles.ShopFolder, "--format", "json", "--lang", "en");

        Assert.Equal(chinese.Output, english.Output);
    }

    [Fact]
    public void Progress_GoesToStandardError_Only()
    {
        var result = CliResult.Run("inventory", TestFiles.ShopFolder, "--format", "json");

        Assert.StartsWith("{", result.Output);
        Assert.Contains("Parsing 3 C# file(s)", result.Error);
        Assert.Contains("Found 9 personal data element(s).", result.Error);
    }

    [Fact]
    public void Output_WritesTheFile_AndNothingToStandardOutput()
    {
        var file = Path.Combine(TestFiles.TempFolder(), "reports", "inventory.md");

        var result = CliResult.Run("inventory", TestFiles.ShopFolder, "--format", "md", "--lang", "en", "--output", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(CliResult.Run("inventory", TestFiles.ShopFolder, "--format", "md", "--lang", "en").Output, File.ReadAllText(file));
    }

    [Fact]
    public void Folder_SkipsBinAndObj()
    {
        var folder = TestFiles.TempFolder();
        TestFiles.CopyFolder(TestFiles.ShopFolder, folder);
        const string Stray = "namespace Stray { public class C { [PiiAnalyzers.PersonalData(\"contact.email\")] public string? E { get; set; } } }";
        Directory.CreateDirectory(Path.Combine(folder, "obj"));
        File.WriteAllText(Path.Combine(folder, "obj", "Stray.cs"), Stray);
        Directory.CreateDirectory(Path.Combine(folder, "bin", "Debug"));
        File.WriteAllText(Path.Combine(folder, "bin", "Debug", "Stray.cs"), Stray);

        var result = CliResult.Run("inventory", folder, "--format", "json");

        Assert.Equal(CliResult.Run("inventory", TestFiles.ShopFolder, "--format", "json").Output, result.Output);
    }

    [Fact]
    public void Folder_ClassificationMapInItsEditorConfig_GivesClassifiedMembersTheirCategory()
    {
        var folder = TestFiles.TempFolder();
        File.WriteAllText(Path.Combine(folder, "Classification.cs"), """
            namespace Microsoft.Extensions.Compliance.Classification
            {
                public readonly struct DataClassification
                {
                    public DataClassification(string taxonomy, string value) { }
                }

                public abstract class DataClassificationAttribute : System.Attribute
                {
                    protected DataClassificationAttribute(DataClassification classification) { }
                }
            }

            namespace Shop
            {
                using Microsoft.Extensions.Compliance.Classification;

                public sealed class CardDataAttribute : DataClassificationAttribute
                {
                    public CardDataAttribute() : base(new DataClassification("Shop", "Card")) { }
                }

                public class Payment
                {
                    [CardData]
                    public string? CardNumber { get; set; }
                }
            }
            """);
        var unmapped = JsonDocument.Parse(CliResult.Run("inventory", folder, "--format", "json").Output);
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n\n[*.cs]\npii_classification_map = CardData=financial.bank-account\n");

        var mapped = JsonDocument.Parse(CliResult.Run("inventory", folder, "--format", "json").Output);

        static string Category(JsonDocument inventory) =>
            inventory.RootElement.GetProperty("elements").EnumerateArray().Single().GetProperty("category").GetString()!;
        Assert.Equal("unspecified", Category(unmapped));
        Assert.Equal("financial.bank-account", Category(mapped));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, "\uFFFD")] // not UTF-8: read as U+FFFD
    [InlineData(new byte[] { 0x5C, 0x75, 0x44, 0x38, 0x30, 0x30 }, "\\uD800")] // the escape \uD800, an unpaired surrogate
    public void Folder_AMemberWhoseNameTheCompilerCannotRead_IsReported_NotDroppedSilently(byte[] inName, string shownAs)
    {
        var folder = TestFiles.TempFolder();
        var file = Path.Combine(folder, "Customer.cs");
        File.WriteAllBytes(file, [
            .. "using PiiAnalyzers;\npublic class Customer\n{\n    [PersonalData(DataCategories.Contact.Phone)]\n    public string? Phone { get; set; }\n\n    [PersonalData(DataCategories.Contact.Email)]\n    public string? "u8,
            .. inName,
            .. "Email { get; set; }\n}\n"u8,
        ]);

        var result = CliResult.Run("inventory", folder, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var ids = JsonDocument.Parse(result.Output).RootElement.GetProperty("elements").EnumerateArray().Select(element => element.GetProperty("id").GetString());
        Assert.Equal(["Customer.Phone"], ids);
        Assert.Contains(
            $"note: {file}(8,20): Unexpected character '{shownAs}'; the declaration there does not parse, so its members are not analyzed and not in the inventory.\n",
            result.Error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltAssembly_GivesTheInventoryTheGeneratorEmbedded()
    {
        // The fixture built with the generator (without the unresolved using, which a real build would have a package for).
        var folder = TestFiles.TempFolder();
        var trees = Directory.GetFiles(TestFiles.ShopFolder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(file => CSharpSyntaxTree.ParseText(
                File.ReadAllText(file).Replace("using Shop.Unresolved;", "using GeoPoint = System.Numerics.Vector2;").Replace("GeoPoint?", "GeoPoint"),
                new CSharpParseOptions(LanguageVersion.Latest),
                file));
        var references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location));
        var compilation = CSharpCompilation.Create("Shop", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        CSharpGeneratorDriver.Create(new InventoryGenerator())
            .WithUpdatedAnalyzerConfigOptions(new ProjectDirOptions(TestFiles.ShopFolder))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var assembly = Path.Combine(folder, "Shop.dll");
        var emitted = output.Emit(assembly);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));

        var result = CliResult.Run("inventory", assembly, "--format", "md", "--lang", "zh");

        // The same report as from the source, but for the lines, which the embedded inventory does not carry.
        Assert.True(result.ExitCode == 0, result.ToString());
        var fromSource = CliResult.Run("inventory", TestFiles.ShopFolder, "--format", "md", "--lang", "zh").Output;
        Assert.Matches(@"\.cs:\d+\)", fromSource);
        Assert.Equal(System.Text.RegularExpressions.Regex.Replace(fromSource, @"\.cs:\d+\)", ".cs)"), result.Output);
    }

    [Fact]
    public void Project_LoadedWithMSBuild_GivesTheFolderInventory()
    {
        var folder = TestFiles.TempFolder();
        TestFiles.CopyFolder(TestFiles.ShopFolder, folder);
        File.WriteAllText(Path.Combine(folder, "Shop.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{typeof(PersonalDataAttribute).Assembly.Location}" />
              </ItemGroup>
            </Project>
            """);

        var result = CliResult.Run("inventory", Path.Combine(folder, "Shop.csproj"), "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(CliResult.Run("inventory", TestFiles.ShopFolder, "--format", "json").Output, result.Output);
        Assert.Contains("Loading project", result.Error);
    }

    [Theory]
    [InlineData("missing path", new[] { "inventory", "/no/such/folder" }, "/no/such/folder does not exist.")]
    [InlineData("unknown format", new[] { "inventory", ".", "--format", "xml" }, "Unknown format 'xml': use json, md, csv or html.")]
    [InlineData("unknown language", new[] { "inventory", ".", "--lang", "fr" }, "Unknown language 'fr': use zh or en.")]
    [InlineData("no path", new[] { "inventory" }, "Run 'pii --help' for usage.")]
    [InlineData("unknown command", new[] { "invent" }, "Run 'pii --help' for usage.")]
    public void BadInput_ExitsWith2_WithAMessageOnStandardError(string what, string[] args, string message)
    {
        var result = CliResult.Run(args);

        Assert.True(result.ExitCode == 2, $"{what}: {result}");
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void FileThatIsNotAnAssembly_ExitsWith2()
    {
        var file = Path.Combine(TestFiles.TempFolder(), "NotAnAssembly.dll");
        File.WriteAllText(file, "hello");

        var result = CliResult.Run("inventory", file);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("is not a .NET assembly", result.Error);
    }

    [Fact]
    public async Task BuiltCli_OutOfProcess_PrintsWhatTheInProcessRunPrints()
    {
        var pii = Path.Combine(AppContext.BaseDirectory, "pii.dll");
        Assert.True(File.Exists(pii), $"No {pii}.");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in new[] { pii, "inventory", TestFiles.ShopFolder, "--format", "md", "--lang", "zh" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(process.ExitCode == 0, await stderr);
        Assert.Equal(CliResult.Run("inventory", TestFiles.ShopFolder, "--format", "md", "--lang", "zh").Output, await stdout);
    }

    private sealed class ProjectDirOptions(string projectDir) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
    {
        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions { get; } = new Options(projectDir);

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(null);

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(null);

        private sealed class Options(string? projectDir) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = key == "build_property.projectdir" ? projectDir : null;
                return value is not null;
            }
        }
    }
}
