using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>
/// Runs an analyzer over test source with <see cref="LeakTestSources"/> and <see cref="ComplianceTestSources"/>, as a
/// library (the default) or as an application.
/// </summary>
internal static class ComplianceVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>Classifications, the logging generator's attributes and redaction switch, and Identity.</summary>
    public static readonly string[] AllSources = [ComplianceTestSources.Classification, ComplianceTestSources.TelemetryLogging, ComplianceTestSources.Identity];

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, editorConfig: null, OutputKind.DynamicallyLinkedLibrary, AllSources, expected);

    public static Task VerifyApplicationAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, editorConfig: null, OutputKind.ConsoleApplication, AllSources, expected);

    public static Task VerifyAsync(string source, string? editorConfig, OutputKind outputKind, IEnumerable<string> sources, params DiagnosticResult[] expected)
    {
        var test = LeakVerifier<TAnalyzer>.Create(source, editorConfig);
        var index = 0;
        foreach (var extra in sources)
        {
            test.TestState.Sources.Add(($"/Compliance{index++}.cs", extra));
        }

        test.TestState.OutputKind = outputKind;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Code being typed, in an application: whatever the analyzer reports, it must not throw.</summary>
    public static Task VerifyDoesNotThrowAsync(string source)
    {
        var compilation = TestCompilation.Create([source, LeakTestSources.Customer, LeakTestSources.MicrosoftExtensionsLogging, .. AllSources]);
        return AnalyzerExceptions.AssertNoneAsync(compilation.WithOptions(compilation.Options.WithOutputKind(OutputKind.ConsoleApplication)), new TAnalyzer());
    }
}
