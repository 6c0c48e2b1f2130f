using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Benchmarks.Workload;

namespace PiiAnalyzers.Benchmarks;

/// <summary>
/// Each analyzer of the PiiAnalyzers assembly (found by reflection), alone, over a generated project of ~1,000 files
/// (with its privacy policy), against <see cref="EmptyAnalyzer"/>: on code it finds nothing in, and on code in which it
/// finds something in every service. Each operation is a full <see cref="CompilationWithAnalyzers"/> run over a
/// compilation from the setup, so the compiler binds the code every time, as in a build; the baseline is that cost.
/// </summary>
public class AnalyzerBenchmarks
{
    public const int FileCount = 1000;

    private static readonly Dictionary<string, Type> AnalyzerTypes = typeof(PrivacyPolicyAnalyzer).Assembly.GetTypes()
        .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Append(typeof(EmptyAnalyzer))
        .ToDictionary(type => type.Name);

    private CSharpCompilation _compilation = null!;
    private AnalyzerOptions _options = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;

    /// <summary>Every analyzer, then the baseline: the benchmarks share one process, and the later ones run on a warmer JIT.</summary>
    public static IEnumerable<string> AllAnalyzers =>
        AnalyzerTypes.Keys.Where(name => name != nameof(EmptyAnalyzer)).Order(StringComparer.Ordinal).Append(nameof(EmptyAnalyzer));

    [ParamsSource(nameof(AllAnalyzers))]
    public string Analyzer { get; set; } = nameof(EmptyAnalyzer);

    [Params("FindsNothing", "FindsIssues")]
    public string Code { get; set; } = "FindsNothing";

    [GlobalSetup]
    public void Setup()
    {
        var withIssues = Code == "FindsIssues";
        _compilation = SyntheticProject.Compile(SyntheticProject.Files(FileCount, withIssues));
        _options = new AnalyzerOptions([new PolicyFile(SyntheticProject.PolicyPath, SyntheticProject.Policy(withIssues))], new PolicyOptionsProvider());
        _analyzers = [(DiagnosticAnalyzer)Activator.CreateInstance(AnalyzerTypes[Analyzer])!];

        // (The generated project compiles without errors: checked once while writing it, too slow to repeat in every setup.)
        var errors = _compilation.SyntaxTrees.SelectMany(tree => tree.GetDiagnostics()).Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The generated project does not parse: " + string.Join(Environment.NewLine, errors));
        }

        // One run before BenchmarkDotNet's own warm-up, so that this analyzer's code is jitted before the first iteration.
        _ = Analyze();
    }

    [Benchmark]
    public int Analyze()
    {
        var withAnalyzers = new CompilationWithAnalyzers(
            _compilation,
            _analyzers,
            new CompilationWithAnalyzersOptions(_options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        return withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult().Length;
    }

    private sealed class PolicyFile(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>The policy is PiiKind=Policy, as the package's targets mark it; nothing else is configured.</summary>
    private sealed class PolicyOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly Options None = new(new Dictionary<string, string>());
        private static readonly Options Policy = new(new Dictionary<string, string> { [PrivacyPolicyAnalyzer.PolicyKindKey] = PrivacyPolicyAnalyzer.PolicyKind });

        public override AnalyzerConfigOptions GlobalOptions => None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path == SyntheticProject.PolicyPath ? Policy : None;
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
