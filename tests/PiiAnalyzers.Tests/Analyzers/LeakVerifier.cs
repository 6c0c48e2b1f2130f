using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>Runs a leak analyzer over test source together with <see cref="LeakTestSources"/>.</summary>
internal static class LeakVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, editorConfig: null, expected);

    public static Task VerifyAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = Create(source, editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Code being typed: whatever the analyzer reports, it must not throw.</summary>
    public static Task VerifyDoesNotThrowAsync(string source)
    {
        var compilation = TestCompilation.Create(
            source,
            LeakTestSources.Customer,
            LeakTestSources.MicrosoftExtensionsLogging,
            LeakTestSources.Serilog,
            LeakTestSources.NLogAndLog4Net,
            LeakTestSources.RedactionAndDataProtection);
        return AnalyzerExceptions.AssertNoneAsync(compilation, new TAnalyzer());
    }

    /// <summary>A diagnostic at markup location <paramref name="location"/>, at error severity when the data is sensitive.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor, int location, bool sensitive, params object[] arguments) =>
        new DiagnosticResult(descriptor)
            .WithLocation(location)
            .WithSeverity(sensitive ? DiagnosticSeverity.Error : descriptor.DefaultSeverity)
            .WithArguments(arguments);

    /// <summary>The test <see cref="VerifyAsync(string, string?, DiagnosticResult[])"/> runs, for a caller to add to.</summary>
    internal static CSharpAnalyzerVerifier<TAnalyzer>.Test Create(string source, string? editorConfig)
    {
        var test = new CSharpAnalyzerVerifier<TAnalyzer>.Test { TestCode = source };
        test.TestState.Sources.Add(("/Customer.cs", LeakTestSources.Customer));
        test.TestState.Sources.Add(("/MicrosoftExtensionsLogging.cs", LeakTestSources.MicrosoftExtensionsLogging));
        test.TestState.Sources.Add(("/Serilog.cs", LeakTestSources.Serilog));
        test.TestState.Sources.Add(("/NLogAndLog4Net.cs", LeakTestSources.NLogAndLog4Net));
        test.TestState.Sources.Add(("/RedactionAndDataProtection.cs", LeakTestSources.RedactionAndDataProtection));
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }

        return test;
    }
}
