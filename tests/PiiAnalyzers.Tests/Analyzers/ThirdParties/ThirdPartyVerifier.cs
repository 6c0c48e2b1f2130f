using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>
/// Runs PII0005 over test source with <see cref="Customer"/> and the client libraries of the third-party catalog
/// (<see cref="ThirdPartyStandIns"/>) referenced as an assembly.
/// </summary>
internal static class ThirdPartyVerifier
{
    public const string Customer = """
        using PiiAnalyzers;

        public class Customer
        {
            public int Id { get; set; }

            [PersonalData(DataCategories.Profile.Name)]
            public string Name { get; set; } = "";

            [PersonalData(DataCategories.Contact.Phone)]
            public string Phone { get; set; } = "";

            [PersonalData(DataCategories.Contact.Email)]
            [SharedWith("SendGrid Email API", Purpose = "Receipts")]
            public string Email { get; set; } = "";

            [PersonalData(DataCategories.Contact.Address)]
            [SharedWith("twilio inc.")]
            public string Address { get; set; } = "";

            [PersonalData(DataCategories.Financial.BankAccount)]
            [SharedWith("stripe")]
            public string CardNumber { get; set; } = "";
        }
        """;

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(Create(source), expected);

    public static Task VerifyAsync(CSharpAnalyzerVerifier<PersonalDataSharingAnalyzer>.Test test, params DiagnosticResult[] expected)
    {
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>The test <see cref="VerifyAsync(string, DiagnosticResult[])"/> runs, for a caller to add files or references to.</summary>
    public static CSharpAnalyzerVerifier<PersonalDataSharingAnalyzer>.Test Create(string source)
    {
        var test = new CSharpAnalyzerVerifier<PersonalDataSharingAnalyzer>.Test { TestCode = source };
        test.TestState.Sources.Add(("/Customer.cs", Customer));
        test.TestState.AdditionalReferences.Add(ThirdPartyStandIns.Libraries);
        return test;
    }

    /// <summary>PII0005 at markup location <paramref name="location"/>: <paramref name="data"/> is sent to <paramref name="recipient"/>.</summary>
    public static DiagnosticResult Sent(int location, string data, string recipient) =>
        new DiagnosticResult(DiagnosticDescriptors.PersonalDataSharedUndeclared)
            .WithLocation(location)
            .WithSeverity(DiagnosticSeverity.Warning)
            .WithArguments(data, recipient);
}
