using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiAnalyzers.Benchmarks;

/// <summary>
/// The baseline: an analyzer that registers one operation action doing nothing, so that the compiler does the same work
/// (binding every method body into operations) as for a real analyzer. What an analyzer costs is its time minus this.
/// Its one rule is enabled (Hidden): the compiler skips an analyzer whose every rule is disabled.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("BENCH0000", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(_ => { }, OperationKind.Invocation);
    }
}
