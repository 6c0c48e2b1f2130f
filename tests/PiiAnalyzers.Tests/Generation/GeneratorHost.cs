using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Generation;
using PiiAnalyzers.Generation.Emission;
using PiiAnalyzers.Inventory;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.Generation;

/// <summary>Runs the inventory generator over test sources at /src/File{n}.cs, with /src/ as the project folder.</summary>
internal static class GeneratorHost
{
    public const string ProjectDirectory = "/src/";

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static SyntaxTree Parse(string source, int index) =>
        CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"{ProjectDirectory}File{index}.cs");

    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            "TestAssembly",
            trees,
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static CSharpCompilation Compile(params string[] sources) =>
        Compile(sources.Select(Parse));

    public static GeneratorDriver CreateDriver(IReadOnlyDictionary<string, string>? fileOptions = null) =>
        CSharpGeneratorDriver.Create(
            [new InventoryGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            optionsProvider: new OptionsProvider(fileOptions),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary><c>build_property.projectdir</c> and the given settings for every file, for a driver's later run.</summary>
    public static AnalyzerConfigOptionsProvider CreateOptions(IReadOnlyDictionary<string, string>? fileOptions) => new OptionsProvider(fileOptions);

    /// <summary>Runs the generator over sources that must compile; the generated code must compile with them.</summary>
    public static GeneratedInventory Run(string[] sources, IReadOnlyDictionary<string, string>? fileOptions = null)
    {
        var compilation = Compile(sources);
        AssertNoErrors(compilation, "The test source does not compile");
        var driver = CreateDriver(fileOptions).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        AssertNoErrors(output, "The generated code does not compile");
        return new GeneratedInventory(driver, output, GeneratedSource(driver));
    }

    /// <summary>The one file the generator added, or null when it added none.</summary>
    public static string? GeneratedSource(GeneratorDriver driver)
    {
        var result = Assert.Single(driver.GetRunResult().Results);
        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        return result.GeneratedSources.Length == 0
            ? null
            : Assert.Single(result.GeneratedSources, source => source.HintName == InventoryEmitter.HintName).SourceText.ToString();
    }

    /// <summary>The elements of the generated inventory, read from its <c>Json</c> constant.</summary>
    public static IReadOnlyList<InventoryElement> GeneratedElements(GeneratorDriver driver) => GeneratedDocument(driver).Elements;

    /// <summary>The generated inventory, read from its <c>Json</c> constant.</summary>
    public static InventoryDocument GeneratedDocument(GeneratorDriver driver)
    {
        var source = GeneratedSource(driver);
        Assert.NotNull(source);
        var json = CSharpSyntaxTree.ParseText(source, ParseOptions).GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>()
            .Single(variable => variable.Identifier.ValueText == "Json");
        var literal = Assert.IsType<LiteralExpressionSyntax>(json.Initializer?.Value);
        return InventoryJson.Read((string)literal.Token.Value!);
    }

    public static void AssertNoErrors(Compilation compilation, string message)
    {
        var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, message + ":" + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }

    /// <summary><c>build_property.projectdir</c> for every run, and the given settings for every file.</summary>
    private sealed class OptionsProvider(IReadOnlyDictionary<string, string>? fileOptions) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _fileOptions = new(fileOptions ?? ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions { get; } =
            new Options(new Dictionary<string, string> { ["build_property.projectdir"] = ProjectDirectory });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _fileOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _fileOptions;
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

/// <summary>A generator run: the driver (for a second run), the compilation with the generated code, and that code.</summary>
internal sealed record GeneratedInventory(GeneratorDriver Driver, Compilation Output, string? Source);
