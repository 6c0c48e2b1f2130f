using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PiiAnalyzers.Analyzers;
using LogVerify = PiiAnalyzers.Tests.Analyzers.LeakVerifier<PiiAnalyzers.Analyzers.PersonalDataLogAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>
/// The leak rules on code nobody annotated: members that look like personal data with high confidence count as personal
/// data, reported with the rule's inferred message at the <c>pii_inference_severity</c> (Info by default).
/// </summary>
public class InferredPersonalDataTests
{
    private const string Order = """
        using Microsoft.Extensions.Logging;

        public class OrderRequest
        {
            public int OrderId { get; set; }
            public string CardNumber { get; set; } = "";
            public string CardHolderName { get; set; } = "";
            public decimal Total { get; set; }
        }
        """;

    private static DiagnosticResult Inferred(int location, string data, string sink, string evidence, DiagnosticSeverity severity = DiagnosticSeverity.Info) =>
        new DiagnosticResult(DiagnosticDescriptors.PersonalDataInLogInferred)
            .WithLocation(location)
            .WithSeverity(severity)
            .WithArguments(data, sink, evidence);

    [Fact]
    public async Task UnannotatedMembersThatLookPersonal_AreReportedAsInferred_AtInfo()
    {
        await LogVerify.VerifyAsync(Order + """

            public class Checkout
            {
                public void Pay(ILogger logger, OrderRequest order)
                {
                    logger.LogInformation("Paying with {Card}", {|#0:order.CardNumber|});
                    logger.LogInformation("Order {@Order}", {|#1:order|});
                    logger.LogInformation("Order {Id} of {Total}", order.OrderId, order.Total);
                }
            }
            """,
            Inferred(0, "OrderRequest.CardNumber (financial.bank-account)", "LogInformation", "CardNumber"),
            Inferred(1, "OrderRequest.CardNumber (financial.bank-account), OrderRequest.CardHolderName (profile.name)", "LogInformation", "CardNumber"));
    }

    [Fact]
    public async Task InferredMessage_SaysWhatItWasInferredFrom()
    {
        var test = new Verifiers.CSharpAnalyzerVerifier<PersonalDataLogAnalyzer>.Test
        {
            TestCode = Order.Replace("using Microsoft.Extensions.Logging;", string.Empty) + """

                public class Checkout
                {
                    public void Pay(OrderRequest order) => System.Console.WriteLine({|#0:order.CardNumber|});
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.PersonalDataInLogInferred).WithLocation(0).WithSeverity(DiagnosticSeverity.Info)
            .WithMessage("OrderRequest.CardNumber (financial.bank-account) is written to a log by WriteLine (inferred from 'CardNumber': annotate it with [PersonalData] or mark it [NotPersonalData])"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ParametersNamedAfterPersonalData_AreInferred()
    {
        await LogVerify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class SignIn
            {
                public void Succeeded(ILogger logger, string email, int attempts)
                {
                    logger.LogInformation("{Email} signed in after {Attempts} attempts", {|#0:email|}, attempts);
                }
            }
            """,
            Inferred(0, "email (contact.email)", "LogInformation", "email"));
    }

    [Fact]
    public async Task AnObjectOfTheCode_IsInferredMemberByMember_NotAsAWhole()
    {
        await LogVerify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class BillingAddress
            {
                public string Country { get; set; } = "";
                public string PhoneNumber { get; set; } = "";
            }

            public class Billing
            {
                public void Update(ILogger logger, BillingAddress billingAddress)
                {
                    logger.LogWarning("Unsupported country {Country}", billingAddress.Country);
                    logger.LogWarning("Phone {Phone}", {|#0:billingAddress.PhoneNumber|});
                }
            }
            """,
            Inferred(0, "BillingAddress.PhoneNumber (contact.phone)", "LogWarning", "PhoneNumber"));
    }

    [Fact]
    public async Task Annotations_WinOverInference()
    {
        await LogVerify.VerifyAsync("""
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;

            public class Member
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public string Email { get; set; } = "";
            }

            public class Service
            {
                public void Run(ILogger logger, Member member) => logger.LogInformation("{Email}", {|#0:member.Email|});
            }
            """,
            LogVerify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 0, false, "Member.Email (contact.phone)", "LogInformation"));
    }

    [Fact]
    public async Task MarkedAndInferredTogether_TakeTheSeverityOfTheMarkedData()
    {
        await LogVerify.VerifyAsync(Order + """

            public class Service
            {
                public void Run(ILogger logger, Customer customer, OrderRequest order) =>
                    logger.LogInformation("{Text}", {|#0:customer.Email + order.CardNumber|});
            }
            """,
            new DiagnosticResult(DiagnosticDescriptors.PersonalDataInLogInferred).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
                .WithArguments("Customer.Email (contact.email), OrderRequest.CardNumber (financial.bank-account)", "LogInformation", "CardNumber"));
    }

    [Fact]
    public async Task NotPersonalData_OnTheMemberOrItsType_SilencesInference()
    {
        await LogVerify.VerifyAsync("""
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;

            public class Shop
            {
                [NotPersonalData(Reason = "The shop's own hotline")]
                public string Email { get; set; } = "";
            }

            [NotPersonalData]
            public class ScheduledJob
            {
                public string CardNumber { get; set; } = "";
            }

            public class Service
            {
                public void Run(ILogger logger, Shop shop, ScheduledJob job, [NotPersonalData] string email)
                {
                    logger.LogInformation("{Email} {Card} {Other}", shop.Email, job.CardNumber, email);
                }
            }
            """);
    }

    [Fact]
    public async Task NotPersonalList_InEditorConfig_SilencesInference()
    {
        await LogVerify.VerifyAsync(
            """
            using Microsoft.Extensions.Logging;

            namespace Jobs
            {
                public class Task1 { public string Email { get; set; } = ""; }
                public class Task2 { public string Email { get; set; } = ""; }
            }

            namespace Infrastructure
            {
                public class Relay { public string Email { get; set; } = ""; }
            }

            public class Service
            {
                public void Run(ILogger logger, Jobs.Task1 one, Jobs.Task2 two, Infrastructure.Relay relay)
                {
                    logger.LogInformation("{A} {B} {C}", one.Email, two.Email, relay.Email);
                }
            }
            """,
            """
            root = true

            [*.cs]
            pii_not_personal = P:Jobs.Task1.Email, T:Jobs.Task2, N:Infrastructure
            """);
    }

    [Fact]
    public async Task InferenceOff_ReportsNothingUnannotated()
    {
        await LogVerify.VerifyAsync(
            Order + """

            public class Service
            {
                public void Run(ILogger logger, OrderRequest order, string email) =>
                    logger.LogInformation("{Order} {Email}", order, email);
            }
            """,
            """
            root = true

            [*.cs]
            pii_inference = false
            """);
    }

    [Theory]
    [InlineData("high", false)]
    [InlineData("medium", true)]
    public async Task MinConfidence_DecidesWhichGuessesCount(string minConfidence, bool reported)
    {
        // 'Mobile' alone is a qualified term: likely a phone number, not certain.
        var source = """
            using Microsoft.Extensions.Logging;

            public class Profile
            {
                public string Mobile { get; set; } = "";
            }

            public class Service
            {
                public void Run(ILogger logger, Profile profile) =>
                    logger.LogInformation("{Mobile}", {|#0:profile.Mobile|});
            }
            """;
        var config = $"""
            root = true

            [*.cs]
            pii_inference_min_confidence = {minConfidence}
            """;
        var expected = reported
            ? new[] { Inferred(0, "Profile.Mobile (contact.phone)", "LogInformation", "Mobile") }
            : Array.Empty<DiagnosticResult>();
        await LogVerify.VerifyAsync(reported ? source : source.Replace("{|#0:", string.Empty).Replace("|}", string.Empty), config, expected);
    }

    [Theory]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    [InlineData("silent", DiagnosticSeverity.Hidden)]
    public async Task InferenceSeverity_SetsTheSeverityOfInferredFindings(string setting, DiagnosticSeverity severity)
    {
        await LogVerify.VerifyAsync(
            """
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, string phoneNumber) =>
                    logger.LogInformation("{Phone}", {|#0:phoneNumber|});
            }
            """,
            $"""
            root = true

            [*.cs]
            pii_inference_severity = {setting}
            """,
            Inferred(0, "phoneNumber (contact.phone)", "LogInformation", "phoneNumber", severity));
    }

    [Fact]
    public async Task InferenceSeverityNone_ReportsNothing()
    {
        await LogVerify.VerifyAsync(
            """
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, string phoneNumber) =>
                    logger.LogInformation("{Phone}", phoneNumber);
            }
            """,
            """
            root = true

            [*.cs]
            pii_inference_severity = none
            """);
    }

    [Fact]
    public async Task ProtectedValuesAndSurrogateKeys_AreNotInferred()
    {
        await LogVerify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class Account
            {
                public string PasswordHash { get; set; } = "";
                public string EncryptedPhone { get; set; } = "";
                public string OpenId { get; set; } = "";
            }

            public class Service
            {
                public void Run(ILogger logger, Account account) =>
                    logger.LogInformation("{A} {B} {C}", account.PasswordHash, account.EncryptedPhone, account.OpenId);
            }
            """);
    }

    [Fact]
    public async Task AnonymousTypesAndTuples_CarryWhatTheyWereGiven_NotWhatTheirNamesSay()
    {
        await LogVerify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, int id)
                {
                    logger.LogInformation("{@Value}", new { Email = "n/a", Id = id });
                    (string Email, int Id) pair = ("n/a", id);
                    logger.LogInformation("{Value}", pair.Email);
                }
            }
            """);
    }
}
