using static PiiAnalyzers.Tests.Analyzers.ThirdPartyVerifier;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>PII0005 on the catalog's crash reporting and analytics libraries (stand-ins with the real metadata names).</summary>
public class ThirdPartyTelemetryTests
{
    private const string Phone = "Customer.Phone (contact.phone)";
    private const string Name = "Customer.Name (profile.name)";
    private const string Email = "Customer.Email (contact.email)";

    [Fact]
    public async Task Sentry_TheUserOfTheScopeAndMessages_AreSent()
    {
        await VerifyAsync("""
            using Sentry;

            public class Errors
            {
                public void Run(Customer customer)
                {
                    SentrySdk.ConfigureScope(scope =>
                    {
                        scope.User = {|#0:new SentryUser { Id = customer.Id.ToString(), Email = customer.Email }|};
                        scope.User.Username = {|#1:customer.Name|};
                        scope.SetTag("phone", {|#2:customer.Phone|});
                    });
                    SentrySdk.CaptureMessage({|#3:$"Checkout failed for {customer.Name}"|});
                }
            }
            """,
            Sent(0, Email, "Sentry (Functional Software, Inc., US)"),
            Sent(1, Name, "Sentry (Functional Software, Inc., US)"),
            Sent(2, Phone, "Sentry (Functional Software, Inc., US)"),
            Sent(3, Name, "Sentry (Functional Software, Inc., US)"));
    }

    [Fact]
    public async Task ApplicationInsights_EventPropertiesAndTheUserContext_AreSent()
    {
        await VerifyAsync("""
            using System.Collections.Generic;
            using Microsoft.ApplicationInsights;

            public class Telemetry
            {
                public void Run(TelemetryClient telemetry, Customer customer)
                {
                    telemetry.Context.User.AuthenticatedUserId = {|#0:customer.Email|};
                    telemetry.TrackEvent("Checkout", {|#1:new Dictionary<string, string> { ["name"] = customer.Name }|});
                    telemetry.TrackTrace({|#2:"Phone changed to " + customer.Phone|});
                    telemetry.TrackEvent("Checkout", new Dictionary<string, string> { ["customer"] = customer.Id.ToString() });
                }
            }
            """,
            Sent(0, Email, "Azure Application Insights (Microsoft Corporation, US)"),
            Sent(1, Name, "Azure Application Insights (Microsoft Corporation, US)"),
            Sent(2, Phone, "Azure Application Insights (Microsoft Corporation, US)"));
    }

    [Fact]
    public async Task SegmentAndMixpanel_TraitsAndProperties_AreSent()
    {
        await VerifyAsync("""
            using Mixpanel;
            using Segment;
            using Segment.Model;

            public class Tracking
            {
                public async System.Threading.Tasks.Task Run(IMixpanelClient mixpanel, Customer customer)
                {
                    Segment.Analytics.Client.Identify(customer.Id.ToString(), {|#0:new Traits { { "name", customer.Name }, { "email", customer.Email } }|});
                    await mixpanel.PeopleSetAsync(customer.Id, {|#1:new { customer.Phone, Plan = "gold" }|});
                }
            }
            """,
            Sent(0, Name + ", " + Email, "Segment (Twilio Inc., US)"),
            Sent(1, Phone, "Mixpanel (Mixpanel, Inc., US)"));
    }
}
