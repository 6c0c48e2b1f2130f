using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.PolicyChecks;

/// <summary>
/// Runs <see cref="PrivacyPolicyAnalyzer"/> with a policy given as an AdditionalFile, marked as the build marks it: the
/// package's targets make <c>PiiKind=Policy</c> compiler-visible, which the build writes into a global analyzer config
/// as <c>build_metadata.AdditionalFiles.PiiKind = Policy</c> under a section named by the file's full path.
/// </summary>
internal static class PolicyAnalyzerVerifier
{
    public const string PolicyPath = "/PRIVACY.md";

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    /// <summary>Verifies with <paramref name="policy"/> at <see cref="PolicyPath"/>, or with no policy at all when it is null.</summary>
    public static Task VerifyAsync(string source, string? policy, params DiagnosticResult[] expected) =>
        VerifyAsync(source, policy, PolicyPath, expected);

    public static Task VerifyAsync(string source, string? policy, string policyPath, params DiagnosticResult[] expected)
    {
        var test = CreateTest(source);
        if (policy is not null)
        {
            AddPolicy(test, policy, policyPath);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public static CSharpAnalyzerVerifier<PrivacyPolicyAnalyzer>.Test CreateTest(string source) => new() { TestCode = source };

    public static void AddPolicy(CSharpAnalyzerVerifier<PrivacyPolicyAnalyzer>.Test test, string policy, string policyPath = PolicyPath)
    {
        test.TestState.AdditionalFiles.Add((policyPath, policy));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"""
            is_global = true

            [{policyPath}]
            build_metadata.AdditionalFiles.PiiKind = Policy
            """));
    }
}
