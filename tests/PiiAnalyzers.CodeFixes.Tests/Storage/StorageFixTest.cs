using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PiiAnalyzers.CodeFixes.Tests.Verifiers;

namespace PiiAnalyzers.CodeFixes.Tests.Storage;

/// <summary>
/// Runs a storage fix with a personal type and minimal stubs of ASP.NET Core Data Protection, cookies and session (in
/// their real namespaces and signatures) beside the code under test; System.IO comes from the framework.
/// </summary>
internal static class StorageFixTest
{
    public const string Account = """
        using PiiAnalyzers;

        public class Account
        {
            public int Id { get; set; }

            [PersonalData(DataCategories.Identity.NationalId)]
            public string IdCardNumber { get; set; } = "";

            [PersonalData(DataCategories.Financial.BankAccount)]
            public string BankCard { get; set; } = "";
        }
        """;

    public const string Stubs = """
        namespace Microsoft.AspNetCore.DataProtection
        {
            public interface IDataProtectionProvider
            {
                IDataProtector CreateProtector(string purpose);
            }

            public interface IDataProtector : IDataProtectionProvider
            {
                byte[] Protect(byte[] plaintext);
                byte[] Unprotect(byte[] protectedData);
            }

            public static class DataProtectionCommonExtensions
            {
                public static string Protect(this IDataProtector protector, string plaintext) => "";
                public static string Unprotect(this IDataProtector protector, string protectedData) => "";
            }
        }

        namespace Microsoft.AspNetCore.Http
        {
            public interface IResponseCookies
            {
                void Append(string key, string value);
            }

            public interface ISession
            {
                void Set(string key, byte[] value);
            }

            public static class SessionExtensions
            {
                public static void SetString(this ISession session, string key, string value) { }
            }
        }
        """;

    public static Task VerifyAsync<TAnalyzer, TCodeFix>(string source, string fixedSource, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new() =>
        VerifyAsync<TAnalyzer, TCodeFix>(source, fixedSource, CodeFixTestBehaviors.None, expected);

    public static Task VerifyAsync<TAnalyzer, TCodeFix>(string source, string fixedSource, CodeFixTestBehaviors behaviors, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixVerifier<TAnalyzer, TCodeFix>.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeFixTestBehaviors = behaviors,
        };
        test.ExpectedDiagnostics.AddRange(expected);

        // A diagnostic the fix could not fix stays in the fixed code's markup.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.Sources.Add(("/Account.cs", Account));
            state.Sources.Add(("/Stubs.cs", Stubs));
        }

        return test.RunAsync(CancellationToken.None);
    }
}
