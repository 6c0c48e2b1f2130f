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

    [Fact]
    public async Task ScopeState_KeyValueEntriesWrittenInPlace_AreEachReportedAtTheirValue_OtherStatesAsTheyPrint()
    {
        await Verify.VerifyAsync("""
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;

            public record Contact([property: PersonalData(DataCategories.Contact.Phone)] string Phone);

            public class Service
            {
                public void Run(ILogger logger, Customer customer, Contact contact)
                {
                    using (logger.BeginScope(new Dictionary<string, object> { ["Email"] = {|#0:customer.Email|}, ["CustomerId"] = customer.Id }))
                    using (logger.BeginScope(new Dictionary<string, object> { { "Name", {|#1:customer.Name|} } }))
                    using (logger.BeginScope(new List<KeyValuePair<string, object>> { new("Email", {|#2:customer.Email|}) }))
                    using (logger.BeginScope(new[] { KeyValuePair.Create<string, object>("Name", {|#3:customer.Name|}) }))
                    using (logger.BeginScope(new Dictionary<string, object> { ["@Customer"] = {|#4:customer|}, ["Customer"] = customer }))
                    using (logger.BeginScope({|#5:new { customer.Email, customer.Id }|}))
                    using (logger.BeginScope({|#6:("Name", customer.Name)|}))
                    using (logger.BeginScope({|#7:contact|}))
                    using (logger.BeginScope(customer))
                    using (logger.BeginScope(new { customer }))
                    {
                    }

                    var state = new Dictionary<string, object>();
                    state.Add("Customer", customer);
                    using (logger.BeginScope({|#8:state|}))
                    {
                    }
                }
            }
            """,
            Logged(0, Email, "BeginScope"),
            Logged(1, Name, "BeginScope"),
            Logged(2, Email, "BeginScope"),
            Logged(3, Name, "BeginScope"),
            Logged(4, WholeCustomer, "BeginScope", sensitive: true),
            Logged(5, Email, "BeginScope"),
            Logged(6, Name, "BeginScope"),
            Logged(7, "Contact.Phone (contact.phone)", "BeginScope"),
            Logged(8, WholeCustomer, "BeginScope", sensitive: true));
    }
}
