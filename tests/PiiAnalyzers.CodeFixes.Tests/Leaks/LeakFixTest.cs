using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PiiAnalyzers.CodeFixes.Tests.Verifiers;

namespace PiiAnalyzers.CodeFixes.Tests.Leaks;

/// <summary>Runs a leak fix with a personal type and a minimal Microsoft.Extensions.Logging stub beside the code under test.</summary>
internal static class LeakFixTest
{
    public const string Customer = """
        using PiiAnalyzers;

        public class Customer
        {
            public int Id { get; set; }

            [PersonalData(DataCategories.Contact.Email)]
            public string Email { get; set; } = "";

            [PersonalData(DataCategories.Profile.Name)]
            public string Name { get; set; } = "";
        }
        """;

    public const string Logging = """
        namespace Microsoft.Extensions.Logging
        {
            public interface ILogger
            {
            }

            public static class LoggerExtensions
            {
                public static void LogInformation(this ILogger logger, string message, params object[] args) { }
            }
        }
        """;

    public static Task VerifyAsync<TAnalyzer, TCodeFix>(string source, string fixedSource, string? equivalenceKey = null, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixVerifier<TAnalyzer, TCodeFix>.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        test.ExpectedDiagnostics.AddRange(expected);
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.Sources.Add(("/Customer.cs", Customer));
            state.Sources.Add(("/Logging.cs", Logging));
        }

        return test.RunAsync(CancellationToken.None);
    }
}
