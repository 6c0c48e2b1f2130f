using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using PiiAnalyzers.Benchmarks.Workload;

namespace PiiAnalyzers.Benchmarks;

/// <summary>MB/s of the policy reading benchmarks: the generated policy's UTF-8 size over the mean time.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => false;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Policy text read per second (UTF-8 megabytes, 2^20 bytes)";

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(IsPolicyReading);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (!IsPolicyReading(benchmarkCase) || mean is not > 0)
        {
            return "-";
        }

        var language = (string)benchmarkCase.Parameters[nameof(PolicyReadingBenchmarks.Language)];
        var bytes = PolicyText.ByteCount(language, PolicyReadingBenchmarks.PolicyBytes);
        return (bytes / 1048576.0 / (mean.Value / 1e9)).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsPolicyReading(BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.Type == typeof(PolicyReadingBenchmarks);
}
