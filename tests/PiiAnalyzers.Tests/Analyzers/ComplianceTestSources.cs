namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>
/// Stand-ins, in their real namespaces and shapes, for Microsoft.Extensions.Compliance's classifications, the logging
/// generator's <c>[LogProperties]</c> and redaction switch (Microsoft.Extensions.Telemetry(.Abstractions)), the logging
/// setup calls, and ASP.NET Core Identity's user with the members Identity marks. The packages are not referenced: the
/// analyzers match them by metadata name.
/// </summary>
internal static class ComplianceTestSources
{
    /// <summary>The classification base types and a user's taxonomy: <c>[PrivateData]</c>.</summary>
    public const string Classification = """
        namespace Microsoft.Extensions.Compliance.Classification
        {
            public readonly struct DataClassification
            {
                public DataClassification(string taxonomyName, string value) { }
            }

            public abstract class DataClassificationAttribute : System.Attribute
            {
                protected DataClassificationAttribute(DataClassification classification) { }
            }

            public sealed class NoDataClassificationAttribute : DataClassificationAttribute
            {
                public NoDataClassificationAttribute() : base(default) { }
            }
        }

        namespace MyCo.Compliance
        {
            using Microsoft.Extensions.Compliance.Classification;

            public sealed class PrivateDataAttribute : DataClassificationAttribute
            {
                public PrivateDataAttribute() : base(new DataClassification("MyCo", "Private")) { }
            }
        }
        """;

    /// <summary>
    /// What Microsoft.Extensions.Telemetry(.Abstractions) and the hosting packages add: <c>[LogProperties]</c>,
    /// <c>ILoggingBuilder.EnableRedaction()</c>, and the calls that set up logging.
    /// </summary>
    public const string TelemetryLogging = """
        #nullable enable
        namespace Microsoft.Extensions.DependencyInjection
        {
            public interface IServiceCollection { }

            public static class LoggingServiceCollectionExtensions
            {
                public static IServiceCollection AddLogging(this IServiceCollection services) => services;
                public static IServiceCollection AddLogging(this IServiceCollection services, System.Action<Microsoft.Extensions.Logging.ILoggingBuilder> configure) => services;
            }
        }

        namespace Microsoft.Extensions.Logging
        {
            using System;
            using Microsoft.Extensions.DependencyInjection;

            [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
            public sealed class LogPropertiesAttribute : Attribute
            {
                public bool OmitReferenceName { get; set; }
            }

            public interface ILoggingBuilder
            {
                IServiceCollection Services { get; }
            }

            public static class LoggingRedactionExtensions
            {
                public static ILoggingBuilder EnableRedaction(this ILoggingBuilder builder) => builder;
            }

            public static class ConsoleLoggerExtensions
            {
                public static ILoggingBuilder AddConsole(this ILoggingBuilder builder) => builder;
            }

            public class LoggerFactory
            {
                public static LoggerFactory Create(Action<ILoggingBuilder> configure) => new LoggerFactory();
            }
        }

        namespace Microsoft.Extensions.Hosting
        {
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Logging;

            public sealed class HostApplicationBuilder
            {
                public IServiceCollection Services { get; } = null!;
                public ILoggingBuilder Logging { get; } = null!;
            }

            public static class Host
            {
                public static HostApplicationBuilder CreateApplicationBuilder(string[] args) => new HostApplicationBuilder();
            }
        }
        """;

    /// <summary>ASP.NET Core Identity's markers and user, marked as Identity marks them.</summary>
    public const string Identity = """
        #nullable enable
        namespace Microsoft.AspNetCore.Identity
        {
            using System;

            public class PersonalDataAttribute : Attribute { }

            public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }

            public class IdentityUser<TKey> where TKey : IEquatable<TKey>
            {
                [PersonalData]
                public virtual TKey Id { get; set; } = default!;

                [ProtectedPersonalData]
                public virtual string? UserName { get; set; }

                [ProtectedPersonalData]
                public virtual string? Email { get; set; }

                [PersonalData]
                public virtual bool EmailConfirmed { get; set; }

                [PersonalData]
                public virtual bool PhoneNumberConfirmed { get; set; }

                [PersonalData]
                public virtual bool TwoFactorEnabled { get; set; }

                public virtual DateTimeOffset? LockoutEnd { get; set; }

                public virtual int AccessFailedCount { get; set; }
            }

            public class IdentityUser : IdentityUser<string> { }
        }
        """;
}
