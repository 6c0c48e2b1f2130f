using Microsoft.CodeAnalysis.Testing;
using Verify = PiiAnalyzers.Tests.Analyzers.LeakVerifier<PiiAnalyzers.Analyzers.PersonalDataLogAnalyzer>;

namespace PiiAnalyzers.Tests.DataFlow;

/// <summary>
/// Calls that do not bind because an argument names a type the compilation lacks (a folder scanned without its
/// packages), seen through PII0001: the one method that fits is followed as if the call had bound.
/// </summary>
public class UnresolvedArgumentFlowTests
{
    private const string Email = "Customer.Email (contact.email)";
    private const string Name = "Customer.Name (profile.name)";

    private static DiagnosticResult Logged(int location, string data) =>
        Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, location, false, data, "LogInformation");

    private static DiagnosticResult MissingName(int location) =>
        DiagnosticResult.CompilerError("CS0103").WithLocation(location).WithArguments("Constants");

    [Fact]
    public async Task CallWithOneFittingMethod_CarriesWhatThatMethodReturns()
    {
        var test = Verify.Create("""
            using Microsoft.Extensions.Logging;

            public static class Labels
            {
                public static string Label(string value, string style) => style + value;

                public static int Width(string value, string style) => value.Length;

                public static string Either(string value, string style) => value;

                public static string Either(string value, int width) => value;
            }

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    var label = Labels.Label(customer.Email, {|#10:Constants|}.Style);
                    logger.LogInformation({|#0:label|});

                    var trimmed = customer.Name.Replace({|#11:Constants|}.Prefix, "");
                    logger.LogInformation({|#1:trimmed|});

                    var width = Labels.Width(customer.Email, {|#12:Constants|}.Style);
                    logger.LogInformation("{Width}", width);

                    var either = Labels.Either(customer.Email, {|#13:Constants|}.Style);
                    logger.LogInformation("{Either}", either);
                }
            }
            """, editorConfig: null);
        test.ExpectedDiagnostics.AddRange(new[]
        {
            Logged(0, Email),
            Logged(1, Name),
            MissingName(10),
            MissingName(11),
            MissingName(12),
            MissingName(13),
        });
        await test.RunAsync(CancellationToken.None);
    }
}
