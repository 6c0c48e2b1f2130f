using Verify = PiiAnalyzers.Tests.Analyzers.LeakVerifier<PiiAnalyzers.Analyzers.PersonalDataLogAnalyzer>;

namespace PiiAnalyzers.Tests.DataFlow;

/// <summary>
/// A method of the compilation that returns a member of its parameter, seen through PII0001: the call carries what the
/// caller put in that member, not everything its argument carries.
/// </summary>
public class ReturnedMemberTests
{
    [Fact]
    public async Task ReturnedMemberOfParameter_CarriesOnlyWhatTheArgumentPutThere()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class Order
            {
                public string Status { get; set; } = "";
            }

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.LogInformation(NotesOf(customer));
                    logger.LogInformation({|#0:StatusOf(new Order { Status = customer.Name })|});
                    logger.LogInformation(StatusOf(new Order { Status = "new" }));
                }

                private static string NotesOf(Customer customer) => customer.Notes;

                private static string StatusOf(Order order) => order.Status;
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 0, false, "Customer.Name (profile.name)", "LogInformation"));
    }
}
