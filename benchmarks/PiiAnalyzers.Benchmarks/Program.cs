using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PiiAnalyzers.Benchmarks;

// A short job, in process: a handful of iterations is enough for operations of milliseconds to seconds, and running in
// process builds no extra project (a generated one inside the repository would pick up its Directory.*.props).
// Add BenchmarkDotNet's own options after `--`, e.g. `--filter *Policy*`, `--job medium` for more iterations.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(PolicyReadingColumn.Throughput, PolicyReadingColumn.AllocationPerByte)
    .HideColumns(Column.Error, Column.StdDev)
    .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40));

BenchmarkSwitcher.FromAssembly(typeof(PolicyReadingColumn).Assembly).Run(args, config);
