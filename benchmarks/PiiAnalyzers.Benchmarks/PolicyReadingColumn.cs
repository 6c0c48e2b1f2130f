using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using PiiAnalyzers.Benchmarks.Workload;

namespace PiiAnalyzers.Benchmarks;

/// <summary>
/// A figure of the policy reading benchmarks relative to the policy's UTF-8 size: megabytes read per second (the size over
/// the mean time) or bytes allocated per policy byte. Both stay the same across sizes when the reader is linear.
/// </summary>
public sealed class PolicyReadingColumn : IColumn
{
    private readonly bool _allocation;

    private PolicyReadingColumn(bool allocation) => _allocation = allocation;

    public static PolicyReadingColumn Throughput { get; } = new(allocation: false);

    public static PolicyReadingColumn AllocationPerByte { get; } = new(allocation: true);

    public string Id => _allocation ? "PolicyAllocationPerByte" : "PolicyThroughput";

    public string ColumnName => _allocation ? "Alloc/byte" : "MB/s";

    public bool AlwaysShow => false;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _allocation ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _allocation
        ? "Bytes allocated per byte of policy text (UTF-8)"
        : "Policy text read per second (UTF-8 megabytes, 2^20 bytes)";

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(IsPolicyReading);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (!IsPolicyReading(benchmarkCase) || report?.ResultStatistics is not { Mean: > 0 } statistics)
        {
            return "-";
        }

        var language = (string)benchmarkCase.Parameters[nameof(PolicyReadingBenchmarks.Language)];
        var megabytes = (int)benchmarkCase.Parameters[nameof(PolicyReadingBenchmarks.Megabytes)];
        double bytes = PolicyText.ByteCount(language, PolicyReadingBenchmarks.MinimumBytes(megabytes));
        var value = _allocation
            ? report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) / bytes
            : bytes / 1048576.0 / (statistics.Mean / 1e9);
        return value?.ToString("F1", CultureInfo.InvariantCulture) ?? "-";
    }

    private static bool IsPolicyReading(BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.Type == typeof(PolicyReadingBenchmarks);
}
