using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>Runs a storage or sharing analyzer over test source together with <see cref="StorageTestSources"/> and the data protection stub.</summary>
internal static class StorageVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    private static readonly (string Path, string Source)[] Sources =
    [
        ("/Account.cs", StorageTestSources.Account),
        ("/EntityFrameworkCore.cs", StorageTestSources.EntityFrameworkCore),
        ("/AspNetCoreHttp.cs", StorageTestSources.AspNetCoreHttp),
        ("/Caching.cs", StorageTestSources.Caching),
        ("/Redis.cs", StorageTestSources.Redis),
        ("/SqlClientAndDapper.cs", StorageTestSources.SqlClientAndDapper),
        ("/RedactionAndDataProtection.cs", LeakTestSources.RedactionAndDataProtection),
    ];

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, editorConfig: null, expected);

    public static Task VerifyAsync(string source, string? editorConfig, params DiagnosticResult[] expected) =>
        VerifyAsync([source], editorConfig, expected);

    /// <summary>Several files of the user's code: <c>/0.cs</c>, <c>/1.cs</c>, … (markup locations name their file).</summary>
    public static Task VerifyAsync(string[] sources, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerVerifier<TAnalyzer>.Test();
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/{i}.cs", sources[i]));
        }

        foreach (var (path, stub) in Sources)
        {
            test.TestState.Sources.Add((path, stub));
        }

        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Code being typed: whatever the analyzer reports, it must not throw.</summary>
    public static Task VerifyDoesNotThrowAsync(string source)
    {
        var compilation = TestCompilation.Create([source, .. Sources.Select(stub => stub.Source)]);
        return AnalyzerExceptions.AssertNoneAsync(compilation, new TAnalyzer());
    }

    /// <summary>A diagnostic at markup location <paramref name="location"/>, at error severity when the data is sensitive.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor, int location, bool sensitive, params object[] arguments) =>
        LeakVerifier<TAnalyzer>.Diagnostic(descriptor, location, sensitive, arguments);
}
