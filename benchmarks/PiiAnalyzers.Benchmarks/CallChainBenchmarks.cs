using System.Collections.Immutable;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Benchmarks.Workload;

namespace PiiAnalyzers.Benchmarks;

/// <summary>
/// The worst case of method summaries: 10,000 methods in call chains that pass a value down until the last method logs
/// it, entered with a customer's email at the top of each chain; each method also calls a sibling chain's next method
/// (fan-out 2) and the chains call back into their own first method at the bottom (recursion). <see cref="Depth"/> is the
/// chains' length (10,000 / Depth chains). PII0001 against the empty analyzer, time and memory.
/// </summary>
public class CallChainBenchmarks
{
    private const int MethodCount = 10_000;

    private Compilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;

    [Params(10, 100, 1000)]
    public int Depth { get; set; } = 10;

    [Params(nameof(PersonalDataLogAnalyzer), nameof(EmptyAnalyzer))]
    public string Analyzer { get; set; } = nameof(PersonalDataLogAnalyzer);

    [GlobalSetup]
    public void Setup()
    {
        _compilation = SyntheticProject.Compile(Files());
        _analyzers = [Analyzer == nameof(EmptyAnalyzer) ? new EmptyAnalyzer() : new PersonalDataLogAnalyzer()];
        _ = Analyze();
    }

    [Benchmark]
    public int Analyze()
    {
        var withAnalyzers = new CompilationWithAnalyzers(
            _compilation,
            _analyzers,
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        return withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult().Length;
    }

    private IEnumerable<(string Path, string Text)> Files()
    {
        yield return ("/Stubs.cs", SyntheticProject.Stubs);
        yield return ("/Customer.cs", """
            using PiiAnalyzers;

            namespace Chains;

            public sealed class Customer
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";
            }
            """);

        var chains = MethodCount / Depth;
        for (var chain = 0; chain < chains; chain++)
        {
            var text = new StringBuilder($$"""
                using Microsoft.Extensions.Logging;

                namespace Chains;

                public sealed class Chain{{chain}}(ILogger logger)
                {
                    public void Enter(Customer customer) => Step0(customer.Email, 0);

                """);
            for (var step = 0; step < Depth; step++)
            {
                var sibling = (chain + 1) % chains;
                var next = step + 1 < Depth
                    ? $"Step{step + 1}(value, depth + 1); new Chain{sibling}(logger).Step{Math.Min(step + 1, Depth - 1)}(value.Trim(), depth + 1);"
                    : $"logger.LogInformation(\"{{Value}}\", value); if (depth < 3) Step0(value, depth + 1);";
                text.Append($"    public void Step{step}(string value, int depth) {{ {next} }}\n\n");
            }

            text.Append("}\n");
            yield return ($"/Chain{chain}.cs", text.ToString());
        }
    }
}
