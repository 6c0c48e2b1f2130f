using BenchmarkDotNet.Attributes;
using PiiAnalyzers.Benchmarks.Workload;
using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Benchmarks;

/// <summary>Reads a generated 4 MB privacy policy, in Chinese and in English; the MB/s column is its size over the mean time.</summary>
public class PolicyReadingBenchmarks
{
    public const int PolicyBytes = 4 * 1024 * 1024;

    private string _text = "";

    [Params("zh", "en")]
    public string Language { get; set; } = "zh";

    [GlobalSetup]
    public void Setup() => _text = PolicyText.Create(Language, PolicyBytes);

    [Benchmark]
    public PolicyDocument Read() => PolicyReader.Read(_text, "PRIVACY.md");
}
