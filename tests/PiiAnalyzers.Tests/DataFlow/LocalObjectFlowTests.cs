using Verify = PiiAnalyzers.Tests.Analyzers.LeakVerifier<PiiAnalyzers.Analyzers.PersonalDataLogAnalyzer>;

namespace PiiAnalyzers.Tests.DataFlow;

/// <summary>
/// What the object a local holds carries, seen through PII0001: what is set on it after it was created, and what a factory
/// of another assembly built it from (the options objects and messages client libraries send).
/// </summary>
public class LocalObjectFlowTests
{
    private const string Email = "Customer.Email (contact.email)";
    private const string Name = "Customer.Name (profile.name)";

    [Fact]
    public async Task MembersSetOnALocalsObject_AreCarriedByIt_UnlessTheMemberIsPersonalDataItself()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;

            public sealed class Envelope
            {
                public string Note { get; set; } = "";

                public Envelope? Inner { get; set; }
            }

            public sealed class Reply
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string To { get; set; } = "";
            }

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    var envelope = new Envelope();
                    envelope.Note = customer.Name;
                    logger.LogInformation("{@Envelope}", {|#0:envelope|});

                    var outer = new Envelope();
                    outer.Inner = new Envelope { Note = customer.IdCardNumber };
                    logger.LogInformation("{@Envelope}", {|#1:outer|});

                    // The marked member already says what it holds, wherever the object goes: Reply.To.
                    var reply = new Reply();
                    reply.To = customer.Email;
                    logger.LogInformation("{@Reply}", {|#2:reply|});

                    var empty = new Envelope();
                    empty.Note = "none";
                    logger.LogInformation("{@Envelope}", empty);
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 0, false, Name, "LogInformation"),
            Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 1, true, "Customer.IdCardNumber (identity.national-id)", "LogInformation"),
            Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 2, false, "Reply.To (contact.email)", "LogInformation"));
    }

    [Fact]
    public async Task FactoriesOfOtherAssembliesThatReturnTheirOwnType_CarryTheirArguments()
    {
        await Verify.VerifyAsync("""
            using System.Text.Json.Nodes;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    var node = JsonValue.Create(customer.Email);
                    logger.LogInformation("{@Node}", {|#0:node|});
                    logger.LogInformation("{@Node}", JsonValue.Create(customer.Id));
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 0, false, Email, "LogInformation"));
    }
}
