using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// Runs every analyzer and every incremental generator of the PiiAnalyzers assembly, found by reflection so that a new
/// one is covered without a change here, over a batch of files, and collects what went wrong: analyzer exceptions (the
/// <see cref="CompilationWithAnalyzersOptions"/> callback), AD0001/AD0002, diagnostics whose message cannot be formatted
/// in English or Chinese, generator exceptions and generated code that does not compile.
/// </summary>
internal static class RobustnessHost
{
    public const string PolicyPath = RobustnessSources.TreeRoot + "PRIVACY.md";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly CultureInfo[] MessageCultures = [CultureInfo.InvariantCulture, new("zh-Hans")];

    public static Assembly AnalyzerAssembly { get; } = typeof(PrivacyPolicyAnalyzer).Assembly;

    /// <summary>Every concrete <see cref="DiagnosticAnalyzer"/> with <c>[DiagnosticAnalyzer]</c> in the PiiAnalyzers assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = AnalyzerAssembly.GetTypes()
        .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    /// <summary>Every concrete <see cref="IIncrementalGenerator"/> with <c>[Generator]</c> in the PiiAnalyzers assembly.</summary>
    public static ImmutableArray<Type> GeneratorTypes { get; } = AnalyzerAssembly.GetTypes()
        .Where(type => typeof(IIncrementalGenerator).IsAssignableFrom(type) && !type.IsAbstract && type.GetCustomAttribute<GeneratorAttribute>() is not null)
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>
    /// The framework, the attributes, and what the repository's own code uses (Roslyn, xunit, the testing library) so that
    /// its sources bind as far as they can; the samples' ASP.NET Core when the SDK's reference pack is found. Whatever stays
    /// unresolved is part of the test: an analyzer runs on code with errors in the IDE.
    /// </summary>
    public static ImmutableArray<MetadataReference> References { get; } = TestReferences.All
        .AddRange(new[]
            {
                typeof(SyntaxNode).Assembly,
                typeof(CSharpSyntaxTree).Assembly,
                typeof(Microsoft.CodeAnalysis.Testing.DiagnosticResult).Assembly,
                typeof(Assert).Assembly,
                typeof(FactAttribute).Assembly,
                typeof(Xunit.Abstractions.ITestOutputHelper).Assembly,
            }
            .Distinct()
            .Select(assembly => (MetadataReference)MetadataReference.CreateFromFile(assembly.Location)))
        .AddRange(AspNetCoreReferences());

    /// <summary>A batch's policy (the PiiKind=Policy AdditionalFile) and editorconfig settings, varied by batch so that the options' paths run too.</summary>
    public sealed record Settings(string Policy, IReadOnlyDictionary<string, string> FileOptions)
    {
        public static Settings For(int variant, IReadOnlyList<string> policies)
        {
            var policy = policies.Count == 0 ? string.Empty : policies[variant % policies.Count];
            var options = new Dictionary<string, string>();
            if (variant % 2 == 1)
            {
                options["pii_require_encryption"] = "all";
                options["pii_classification_map"] = "PrivateData=contact.email, Shop.Compliance.CardDataAttribute=financial.bank-account, Broken=";
                options["pii_log_sinks"] = "M:Shop.Audit.Write, M:Not.A.Method(";
                options["pii_storage_sinks"] = "M:Shop.Archive.Save";
                options["pii_sanitizers"] = "M:Shop.Masking.Mask";
                options["pii_log_keys_and_flags"] = "true";
                options["pii_discovery_words.contact.phone"] = "tel, handy";
                options["pii_discovery_exclude_namespaces"] = "Legacy";
            }

            return new Settings(policy, options);
        }
    }

    public static CSharpCompilation Compile(IEnumerable<RobustnessFile> files) =>
        Compile(files.Select(Parse));

    public static SyntaxTree Parse(RobustnessFile file) =>
        CSharpSyntaxTree.ParseText(file.Text, ParseOptions, path: file.TreePath);

    /// <remarks>
    /// Nullable analysis is off: it is the compiler's own work (a third of the binding time of src/PiiAnalyzers on two
    /// cores), and no analyzer of this assembly reads nullable annotations.
    /// </remarks>
    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            "RobustnessAssembly",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable, allowUnsafe: true));

    /// <summary>What went wrong running every analyzer over <paramref name="files"/>, one line each; empty when nothing did.</summary>
    public static async Task<IReadOnlyList<string>> RunAnalyzersAsync(IReadOnlyList<RobustnessFile> files, Settings settings)
    {
        var failures = new ConcurrentQueue<string>();
        var compilation = Compile(files);
        var options = CreateAnalyzerOptions(settings);
        var withAnalyzers = compilation.WithAnalyzers(
            Analyzers,
            new CompilationWithAnalyzersOptions(
                options,
                onAnalyzerException: (exception, analyzer, _) => failures.Enqueue($"{analyzer.GetType().Name} threw {exception}"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: true));

        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Id is "AD0001" or "AD0002")
            {
                failures.Enqueue(diagnostic.ToString());
                continue;
            }

            foreach (var culture in MessageCultures)
            {
                try
                {
                    _ = diagnostic.GetMessage(culture);
                    _ = diagnostic.Descriptor.Title.ToString(culture);
                }
                catch (Exception exception)
                {
                    failures.Enqueue($"{diagnostic.Id} at {diagnostic.Location.GetLineSpan()}: its message does not format in '{culture.Name}': {exception}");
                }
            }

            if (diagnostic.Location.IsInSource && !compilation.ContainsSyntaxTree(diagnostic.Location.SourceTree!))
            {
                failures.Enqueue($"{diagnostic.Id} is reported in a syntax tree that is not part of the compilation: {diagnostic}");
            }
        }

        return failures.ToList();
    }

    /// <summary>What went wrong running every generator over <paramref name="files"/>; empty when nothing did.</summary>
    public static IReadOnlyList<string> RunGenerators(IReadOnlyList<RobustnessFile> files, Settings settings)
    {
        var failures = new List<string>();
        var compilation = Compile(files);
        var driver = CreateDriver(settings).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        foreach (var result in driver.GetRunResult().Results)
        {
            if (result.Exception is not null)
            {
                failures.Add($"{result.Generator.GetGeneratorType().Name} threw {result.Exception}");
            }

            // The generated trees only: binding the whole compilation again would double the test's time.
            foreach (var generated in result.GeneratedSources)
            {
                var tree = output.SyntaxTrees.First(candidate => candidate.FilePath.EndsWith(generated.HintName, StringComparison.Ordinal));
                foreach (var error in output.GetSemanticModel(tree).GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
                {
                    failures.Add($"{result.Generator.GetGeneratorType().Name} generated code that does not compile: {error}");
                }
            }
        }

        // CS8784/CS8785: a generator failed to initialize or to run (also reported through result.Exception above).
        failures.AddRange(driverDiagnostics.Where(diagnostic => diagnostic.Id is "CS8784" or "CS8785").Select(diagnostic => diagnostic.ToString()));
        return failures;
    }

    /// <summary>Every generator's output over <paramref name="trees"/>, as hint name → text, in hint-name order.</summary>
    public static IReadOnlyList<(string HintName, string Text)> Generate(IEnumerable<SyntaxTree> trees, Settings settings)
    {
        var driver = CreateDriver(settings).RunGenerators(Compile(trees));
        return driver.GetRunResult().Results
            .SelectMany(result =>
            {
                Assert.True(result.Exception is null, $"{result.Generator.GetGeneratorType().Name} threw {result.Exception}");
                return result.GeneratedSources.Select(source => (HintName: $"{result.Generator.GetGeneratorType().FullName}/{source.HintName}", Text: source.SourceText.ToString()));
            })
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The batch's files that fail alone, for a message that names the file; when none does (it takes the combination), the
    /// failures of the whole batch.
    /// </summary>
    public static async Task<string> DescribeAsync(RobustnessBatch batch, Settings settings, IReadOnlyList<string> failures, Func<IReadOnlyList<RobustnessFile>, Settings, Task<IReadOnlyList<string>>> run)
    {
        var lines = new List<string> { $"{batch.Name}: {failures.Count} failure(s); policy variant {settings.Policy.Length} characters, options {string.Join("; ", settings.FileOptions.Select(pair => pair.Key + "=" + pair.Value))}" };
        var isolated = false;
        foreach (var file in batch.Files)
        {
            var alone = await run([file], settings);
            if (alone.Count > 0)
            {
                isolated = true;
                lines.Add($"  file {file.Origin} (tree {file.TreePath}):");
                lines.AddRange(alone.Distinct().Select(failure => "    " + failure));
            }
        }

        if (!isolated)
        {
            lines.Add("  no file fails alone; the batch's failures:");
            lines.AddRange(failures.Distinct().Select(failure => "    " + failure));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static GeneratorDriver CreateDriver(Settings settings) =>
        CSharpGeneratorDriver.Create(
            GeneratorTypes.Select(type => ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator()),
            additionalTexts: [new InMemoryAdditionalText(PolicyPath, settings.Policy)],
            parseOptions: ParseOptions,
            optionsProvider: new OptionsProvider(settings.FileOptions));

    private static AnalyzerOptions CreateAnalyzerOptions(Settings settings) =>
        new([new InMemoryAdditionalText(PolicyPath, settings.Policy)], new OptionsProvider(settings.FileOptions));

    private static IEnumerable<MetadataReference> AspNetCoreReferences()
    {
        // <dotnet root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → <dotnet root>/packs/Microsoft.AspNetCore.App.Ref/10.*/ref/net10.0
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var pack = Path.Combine(dotnetRoot, "packs", "Microsoft.AspNetCore.App.Ref");
        if (!Directory.Exists(pack))
        {
            return [];
        }

        var folder = Directory.EnumerateDirectories(pack, "10.*")
            .Select(version => Path.Combine(version, "ref", "net10.0"))
            .Where(Directory.Exists)
            .OrderBy(path => path, StringComparer.Ordinal)
            .LastOrDefault();
        return folder is null
            ? []
            : Directory.EnumerateFiles(folder, "*.dll").OrderBy(path => path, StringComparer.Ordinal).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>The build's view: the project folder globally, the policy marked PiiKind=Policy, the batch's settings for every source file.</summary>
    private sealed class OptionsProvider(IReadOnlyDictionary<string, string> fileOptions) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _fileOptions = new(fileOptions);

        private readonly Options _policyOptions = new(new Dictionary<string, string> { [PrivacyPolicyAnalyzer.PolicyKindKey] = PrivacyPolicyAnalyzer.PolicyKind });

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>
        {
            ["build_property.projectdir"] = RobustnessSources.TreeRoot,
            ["build_property.rootnamespace"] = "Robustness",
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _fileOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path == PolicyPath ? _policyOptions : _fileOptions;
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
