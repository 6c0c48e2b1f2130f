using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiAnalyzers.Tests.Verifiers;

/// <summary>Code being typed: whatever analyzers report on it, none of them may throw (an AD0001 disables it for the user).</summary>
internal static class AnalyzerExceptions
{
    public static Task AssertNoneAsync(Compilation compilation, params DiagnosticAnalyzer[] analyzers) =>
        AssertNoneAsync(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), analyzers);

    /// <summary>The same, with options (an <c>.editorconfig</c> setting that turns a rule on).</summary>
    public static async Task AssertNoneAsync(Compilation compilation, AnalyzerOptions analyzerOptions, params DiagnosticAnalyzer[] analyzers)
    {
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            analyzerOptions,
            (exception, analyzer, diagnostic) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation
            .WithAnalyzers(analyzers.ToImmutableArray(), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }
}
