using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PiiAnalyzers.Analyzers;
using Verify = PiiAnalyzers.Tests.Analyzers.ComplianceVerifier<PiiAnalyzers.Analyzers.PersonalDataLogAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>
/// PII0001 and Microsoft.Extensions.Compliance's logging generator: a classified <c>[LoggerMessage]</c> parameter and the
/// classified members of a <c>[LogProperties]</c> object are redacted, so not reported; everything else is.
/// </summary>
public class LoggerMessageRedactionTests
{
    private const string Email = "Customer.Email (contact.email)";
    private const string Name = "Customer.Name (profile.name)";

    // A customer whose email and name M.E.Compliance classifies, and whose phone only this package marks.
    private const string ClassifiedCustomer = """

        public class ClassifiedCustomer
        {
            [MyCo.Compliance.PrivateData]
            public string Email { get; set; } = "";

            [MyCo.Compliance.PrivateData]
            public string Name { get; set; } = "";

            [PiiAnalyzers.PersonalData(PiiAnalyzers.DataCategories.Contact.Phone)]
            public string Phone { get; set; } = "";
        }
        """;

    private const string AppLog = """
        using Microsoft.Extensions.Logging;
        using MyCo.Compliance;

        public static partial class AppLog
        {
            [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Sent to {Email} for {Name}")]
            public static partial void EmailSent(ILogger logger, [PrivateData] string email, string name);

            [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Welcome {Name}")]
            public static partial void Welcomed(this ILogger logger, [PiiAnalyzers.PersonalData(PiiAnalyzers.DataCategories.Profile.Name)] string name);

            [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Signed up")]
            public static partial void SignedUp(ILogger logger, [LogProperties] ClassifiedCustomer customer);
        }

        public static partial class AppLog
        {
            public static partial void EmailSent(ILogger logger, string email, string name) { }

            public static partial void Welcomed(this ILogger logger, string name) { }

            public static partial void SignedUp(ILogger logger, ClassifiedCustomer customer) { }
        }
        """;

    private static DiagnosticResult Logged(int location, string data, string sink, bool sensitive = false) =>
        LeakVerifier<PersonalDataLogAnalyzer>.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, location, sensitive, data, sink);

    [Fact]
    public async Task ClassifiedParameter_IsRedacted_WhileAnUnclassifiedOneOfTheSameMethodIsReported()
    {
        await Verify.VerifyAsync(AppLog + """

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    AppLog.EmailSent(logger, customer.Email, {|#0:customer.Name|});
                    AppLog.EmailSent(logger, "Mail to " + customer.Email, {|#1:$"{customer.Name} <{customer.Email}>"|});
                }
            }
            """ + ClassifiedCustomer,
            Logged(0, Name, "EmailSent"),
            Logged(1, Name + ", " + Email, "EmailSent"));
    }

    [Fact]
    public async Task PersonalDataMarkerOnAParameter_IsNotRedaction()
    {
        await Verify.VerifyAsync(AppLog + """

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.Welcomed({|#0:customer.Name|});
                }
            }
            """ + ClassifiedCustomer,
            Logged(0, Name, "Welcomed"));
    }

    [Fact]
    public async Task LogPropertiesObject_ItsClassifiedMembersAreRedacted_TheOthersReported()
    {
        await Verify.VerifyAsync(AppLog + """

            public class Service
            {
                public void Run(ILogger logger, ClassifiedCustomer customer)
                {
                    AppLog.SignedUp(logger, {|#0:customer|});
                    logger.LogInformation("Signed up {@Customer}", {|#1:customer|});
                }
            }
            """ + ClassifiedCustomer,
            Logged(0, "ClassifiedCustomer.Phone (contact.phone)", "SignedUp"),
            Logged(1, "ClassifiedCustomer.Email (unspecified), ClassifiedCustomer.Name (unspecified), ClassifiedCustomer.Phone (contact.phone)", "LogInformation"));
    }

    [Fact]
    public async Task ClassifiedData_GivenToAnUnclassifiedParameterOrAnotherLogger_IsReported()
    {
        await Verify.VerifyAsync(AppLog + """

            public class Service
            {
                public void Run(ILogger logger, ClassifiedCustomer customer, [PrivateData] string email)
                {
                    AppLog.EmailSent(logger, email, {|#0:customer.Name|});
                    logger.LogInformation("Sent to {Email}", {|#1:email|});
                }
            }
            """ + ClassifiedCustomer,
            Logged(0, "ClassifiedCustomer.Name (unspecified)", "EmailSent"),
            Logged(1, "email (unspecified)", "LogInformation"));
    }

    [Fact]
    public async Task WithoutTheComplianceLoggingGenerator_ClassifiedParameters_AreReported()
    {
        // Without Microsoft.Extensions.Telemetry.Abstractions ([LogProperties]), the runtime's generator writes every parameter as it is.
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.Logging;
            using MyCo.Compliance;

            public static partial class AppLog
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Sent to {Email}")]
                public static partial void EmailSent(ILogger logger, [PrivateData] string email);

                public static partial void EmailSent(ILogger logger, string email) { }
            }

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    AppLog.EmailSent(logger, {|#0:customer.Email|});
                }
            }
            """,
            editorConfig: null,
            OutputKind.DynamicallyLinkedLibrary,
            [ComplianceTestSources.Classification],
            Logged(0, Email, "EmailSent"));
    }

    [Theory]
    [InlineData("AppLog.EmailSent(logger, customer.")]
    [InlineData("AppLog.EmailSent(logger, customer.Email")]
    [InlineData("AppLog.SignedUp(logger, );")]
    [InlineData("AppLog.Undefined(logger, customer.Email);")]
    [InlineData("logger.EmailSent(customer.Email, customer.Name);")]
    public async Task IncompleteCode_DoesNotThrow(string statement)
    {
        await Verify.VerifyDoesNotThrowAsync(AppLog + $$"""

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    {{statement}}
                }
            }
            """ + ClassifiedCustomer);
    }
}
