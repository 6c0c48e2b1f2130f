using Microsoft.CodeAnalysis.Testing;
using Verify = PiiAnalyzers.Tests.Analyzers.LeakVerifier<PiiAnalyzers.Analyzers.PersonalDataLogAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>PII0001 at the log sinks added as rows of <c>SinkTable.Log</c> or as a small piece of logic.</summary>
public class LogSinkTests
{
    private const string Email = "Customer.Email (contact.email)";
    private const string Name = "Customer.Name (profile.name)";
    private const string WholeCustomer = Email + ", " + Name + ", Customer.IdCardNumber (identity.national-id)";

    private static DiagnosticResult Logged(int location, string data, string sink, bool sensitive = false) =>
        Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, location, sensitive, data, sink);

    [Fact]
    public async Task SerilogProperties_AreSinks_AnObjectCountingWhole_OnlyWhenDestructured()
    {
        await Verify.VerifyAsync("""
            using Serilog;
            using Serilog.Context;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    using (LogContext.PushProperty("Email", {|#0:customer.Email|}))
                    using (LogContext.PushProperty("Customer", {|#1:customer|}, destructureObjects: true))
                    using (LogContext.PushProperty("Customer", customer))
                    using (LogContext.PushProperty("CustomerId", customer.Id))
                    {
                        logger.ForContext("Customer", {|#2:customer|}, true).Information("Registered");
                        logger.ForContext("Customer", customer).Information("Registered");
                        Log.ForContext("Name", {|#3:customer.Name|}).Information("Registered");
                    }
                }
            }
            """,
            Logged(0, Email, "PushProperty"),
            Logged(1, WholeCustomer, "PushProperty", sensitive: true),
            Logged(2, WholeCustomer, "ForContext", sensitive: true),
            Logged(3, Name, "ForContext"));
    }
}
