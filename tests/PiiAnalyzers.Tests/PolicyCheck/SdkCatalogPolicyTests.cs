using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PiiAnalyzers.Tests.Analyzers;
using VerifyPolicy = PiiAnalyzers.Tests.PolicyChecks.PolicyAnalyzerVerifier;

namespace PiiAnalyzers.Tests.PolicyChecks;

/// <summary>
/// The policy check counts the SDK catalog's recipients as the code really uses them: personal data passed to a catalog
/// SDK without a <c>[SharedWith]</c> is shared with it (PII0105, PII0107), and an SDK the code embeds is not one the
/// policy names in vain (no PII0108).
/// </summary>
public class SdkCatalogPolicyTests
{
    private const string SendsThePhoneToTwilio = """
        using PiiAnalyzers;

        public class Customer
        {
            [PersonalData(DataCategories.Contact.Phone)]
            public string? {|#0:Phone|} { get; set; }
        }

        public static class Notifier
        {
            public static void Shipped(Customer customer) =>
                Twilio.Rest.Api.V2010.Account.MessageResource.Create(customer.Phone!, "Shipped");
        }
        """ + ThirdPartyStandIns.TwilioAndSentrySource;

    // The policy names Sentry, which the code embeds: no PII0108 for it.
    [Fact]
    public Task DataPassedToACatalogSdk_ThatThePolicyNamesNowhere_IsSharedWithoutBeingNamed_AndGoesAbroad() =>
        VerifyPolicy.VerifyAsync(
            SendsThePhoneToTwilio,
            "# Privacy Policy\n\n## Information we collect\n\nWe collect your phone number.\n\n## How we share your information\n\nWe share your information with Sentry.\n",
            VerifyPolicy.Diagnostic(DiagnosticDescriptors.SharedWithUnlistedRecipient)
                .WithLocation(0)
                .WithArguments("Customer.Phone", "Twilio SMS", "PRIVACY.md")
                .WithMessage("'Customer.Phone' is shared with 'Twilio SMS', which the privacy policy 'PRIVACY.md' does not name in its sharing or SDK sections"),
            AbroadWithoutAWord);

    [Fact]
    public Task DataPassedToACatalogSdk_ThatThePolicyNamesByItsCompany_IsNamed_ButItsGoingAbroadIsNot() =>
        VerifyPolicy.VerifyAsync(
            SendsThePhoneToTwilio,
            "# Privacy Policy\n\n## Information we collect\n\nWe collect your phone number.\n\n## How we share your information\n\nWe share your phone number with Twilio Inc. to send text messages, and crash reports with Sentry.\n",
            AbroadWithoutAWord);

    // Twilio receives the data in the US; the policy, written for China by default, says nothing of transfers abroad.
    private static DiagnosticResult AbroadWithoutAWord =>
        VerifyPolicy.Diagnostic(DiagnosticDescriptors.CrossBorderNotStated)
            .WithLocation(0)
            .WithSeverity(DiagnosticSeverity.Warning)
            .WithArguments("Customer.Phone", "Twilio SMS", "US", "PRIVACY.md", "CN")
            .WithMessage("'Customer.Phone' goes to 'Twilio SMS' in US, outside CN, but the privacy policy 'PRIVACY.md' says nothing of transferring personal data abroad");
}
