using BenchmarkDotNet.Attributes;
using PiiAnalyzers.Benchmarks.Workload;
using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Benchmarks;

/// <summary>
/// Reads generated privacy policies of 1, 4 and 16 MB, in Chinese and in English. The reader reads in linear time when
/// the MB/s column is the same at every size, and in bounded memory when the allocation per policy byte is.
/// </summary>
public class PolicyReadingBenchmarks
{
    private string _text = "";

    [Params("zh", "en")]
    public string Language { get; set; } = "zh";

    [Params(1, 4, 16)]
    public int Megabytes { get; set; } = 1;

    /// <summary>The size the generated policy reaches at least: <see cref="Megabytes"/> MB of UTF-8.</summary>
    public static int MinimumBytes(int megabytes) => megabytes * 1024 * 1024;

    [GlobalSetup]
    public void Setup() => _text = PolicyText.Create(Language, MinimumBytes(Megabytes));

    [Benchmark]
    public PolicyDocument Read() => PolicyReader.Read(_text, "PRIVACY.md");
}
