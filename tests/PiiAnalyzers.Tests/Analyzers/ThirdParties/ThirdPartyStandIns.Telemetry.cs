namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>Stand-ins for the crash reporting and analytics libraries of the third-party catalog.</summary>
internal static partial class ThirdPartyStandIns
{
    public const string Telemetry = """
        #nullable disable
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Sentry
        {
            public class SentryUser
            {
                public string Id { get; set; }
                public string Email { get; set; }
                public string Username { get; set; }
            }
            public class Scope
            {
                public SentryUser User { get; set; }
                public void SetTag(string key, string value) { }
            }
            public static class SentrySdk
            {
                public static void ConfigureScope(Action<Scope> configureScope) { }
                public static Guid CaptureMessage(string message) => default;
            }
        }

        namespace Microsoft.ApplicationInsights.Extensibility.Implementation
        {
            public sealed class UserContext
            {
                public string Id { get; set; }
                public string AuthenticatedUserId { get; set; }
            }
        }

        namespace Microsoft.ApplicationInsights.DataContracts
        {
            public sealed class TelemetryContext
            {
                public Microsoft.ApplicationInsights.Extensibility.Implementation.UserContext User => null;
            }
        }

        namespace Microsoft.ApplicationInsights
        {
            public sealed class TelemetryClient
            {
                public DataContracts.TelemetryContext Context => null;
                public void TrackEvent(string eventName, IDictionary<string, string> properties = null, IDictionary<string, double> metrics = null) { }
                public void TrackTrace(string message) { }
            }
        }

        namespace Segment.Model
        {
            public class Traits : Dictionary<string, object> { }
        }

        namespace Segment
        {
            public interface IAnalyticsClient
            {
                void Identify(string userId, IDictionary<string, object> traits);
                void Track(string userId, string eventName, IDictionary<string, object> properties);
            }
            public class Client : IAnalyticsClient
            {
                public void Identify(string userId, IDictionary<string, object> traits) { }
                public void Track(string userId, string eventName, IDictionary<string, object> properties) { }
            }
            public static class Analytics
            {
                public static Client Client => null;
            }
        }

        namespace Mixpanel
        {
            public interface IMixpanelClient
            {
                Task<bool> TrackAsync(string @event, object distinctId, object properties, CancellationToken cancellationToken = default);
                Task<bool> PeopleSetAsync(object distinctId, object properties, CancellationToken cancellationToken = default);
            }
            public class MixpanelClient : IMixpanelClient
            {
                public MixpanelClient(string token) { }
                public Task<bool> TrackAsync(string @event, object distinctId, object properties, CancellationToken cancellationToken = default) => null;
                public Task<bool> PeopleSetAsync(object distinctId, object properties, CancellationToken cancellationToken = default) => null;
            }
        }
        """;
}
