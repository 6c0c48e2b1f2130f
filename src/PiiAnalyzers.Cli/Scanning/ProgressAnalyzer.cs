using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Cli.Output;

namespace PiiAnalyzers.Cli.Scanning;

/// <summary>
/// Reports no diagnostic: it runs beside the package's analyzers to show which file the analysis has reached. On a
/// terminal the progress line names each file as its analysis completes; elsewhere (a CI log) a line every 30 s says how
/// far the analysis is, so that a long scan is never silent. Created by the command for one compilation, never loaded
/// by a compiler, so it carries no [DiagnosticAnalyzer] attribute (RS1001 asks for one on analyzers a compiler loads).
/// </summary>
#pragma warning disable RS1001
internal sealed class ProgressAnalyzer : DiagnosticAnalyzer
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(30);

    private readonly CommandConsole _console;
    private readonly string _root;
    private readonly int _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _done;
    private long _lastLogTicks;

    public ProgressAnalyzer(CommandConsole console, string root, int total)
    {
        _console = console;
        _root = root;
        _total = total;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray<DiagnosticDescriptor>.Empty;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
        context.RegisterSemanticModelAction(Completed);
    }

    private void Completed(SemanticModelAnalysisContext context)
    {
        var done = Interlocked.Increment(ref _done);
        var path = AnalysisEngine.Relative(_root, context.SemanticModel.SyntaxTree.FilePath);
        _console.Status($"{done} of {_total} file(s): {path}");
        var now = _clock.Elapsed.Ticks;
        var last = Interlocked.Read(ref _lastLogTicks);
        if (now - last >= LogInterval.Ticks && Interlocked.CompareExchange(ref _lastLogTicks, now, last) == last && !_console.ShowsStatus)
        {
            _console.Progress($"  {done} of {_total} file(s) analyzed after {_clock.Elapsed.TotalSeconds:0} s; the latest: {path}");
        }
    }
}
#pragma warning restore RS1001
