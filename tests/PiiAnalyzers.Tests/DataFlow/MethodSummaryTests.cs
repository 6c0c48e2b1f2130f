using Microsoft.CodeAnalysis.Testing;
using Verify = PiiAnalyzers.Tests.Analyzers.LeakVerifier<PiiAnalyzers.Analyzers.PersonalDataLogAnalyzer>;

namespace PiiAnalyzers.Tests.DataFlow;

/// <summary>
/// Personal data followed across the methods of the compilation (method summaries), seen through PII0001: reported
/// where it enters the call, naming the path to the sink.
/// </summary>
public class MethodSummaryTests
{
    private const string Email = "Customer.Email (contact.email)";
    private const string Name = "Customer.Name (profile.name)";

    private static DiagnosticResult Logged(int location, string data, string path) =>
        Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, location, false, data, path);

    [Fact]
    public async Task HelperThatLogsItsParameter_IsReportedAtTheCall_NamingThePath()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class Notifier
            {
                private readonly ILogger _logger;

                public Notifier(ILogger logger) => _logger = logger;

                public void Notify(Customer customer)
                {
                    LogRecipient({|#0:customer.Email|});
                    LogRecipient("support desk");
                    LogCount(customer.Id);
                }

                private void LogRecipient(string recipient) => _logger.LogInformation("Sending to {Recipient}", recipient);

                private void LogCount(int count) => _logger.LogInformation("Count {Count}", count);
            }
            """,
            Logged(0, Email, "Notifier.LogRecipient(recipient) → LogInformation"));
    }
}
