using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = PiiAnalyzers.Tests.Analyzers.ComplianceVerifier<PiiAnalyzers.Analyzers.RedactionNotEnabledAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>PII0008: an application with classified <c>[LoggerMessage]</c> parameters that never calls <c>EnableRedaction</c>.</summary>
public class RedactionNotEnabledAnalyzerTests
{
    private const string AppLog = """

        public static partial class AppLog
        {
            [Microsoft.Extensions.Logging.LoggerMessage(EventId = 1, Level = Microsoft.Extensions.Logging.LogLevel.Information, Message = "Sent to {Email}")]
            public static partial void EmailSent(Microsoft.Extensions.Logging.ILogger logger, [MyCo.Compliance.PrivateData] string {|#1:email|});

            public static partial void EmailSent(Microsoft.Extensions.Logging.ILogger logger, string email) { }
        }
        """;

    private static DiagnosticResult NotEnabled(int location, string parameter) =>
        new DiagnosticResult(DiagnosticDescriptors.RedactionNotEnabled).WithLocation(location).WithArguments(parameter);

    [Fact]
    public async Task Application_ThatNeverEnablesRedaction_IsReportedOnce_OnItsLoggingSetup()
    {
        await Verify.VerifyApplicationAsync(
            """
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Logging;

            public static class Program
            {
                public static void Main()
                {
                    IServiceCollection services = null!;
                    services.{|#0:AddLogging|}(logging => logging.AddConsole());
                    services.AddLogging();
                }
            }

            public static partial class MoreLog
            {
                [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Called {Phone}")]
                public static partial void Called(ILogger logger, [MyCo.Compliance.PrivateData] string phone);

                public static partial void Called(ILogger logger, string phone) { }
            }
            """ + Unmarked(AppLog),
            NotEnabled(0, "MoreLog.Called(phone)"));
    }

    [Fact]
    public async Task HostBuilderLogging_IsTheLoggingSetup()
    {
        await Verify.VerifyApplicationAsync(
            """
            using Microsoft.Extensions.Hosting;
            using Microsoft.Extensions.Logging;

            var builder = Host.CreateApplicationBuilder(args);
            builder.{|#0:Logging|}.AddConsole();
            """ + Unmarked(AppLog),
            NotEnabled(0, "AppLog.EmailSent(email)"));
    }

    [Fact]
    public async Task LoggerFactoryCreate_IsTheLoggingSetup()
    {
        await Verify.VerifyApplicationAsync(
            """
            using Microsoft.Extensions.Logging;

            var factory = LoggerFactory.{|#0:Create|}(logging => logging.AddConsole());
            """ + Unmarked(AppLog),
            NotEnabled(0, "AppLog.EmailSent(email)"));
    }

    [Fact]
    public async Task Application_WithoutLoggingSetup_IsReportedOnTheFirstClassifiedParameter()
    {
        await Verify.VerifyApplicationAsync(
            """
            System.Console.WriteLine("no logging set up here");
            """ + AppLog,
            NotEnabled(1, "AppLog.EmailSent(email)"));
    }

    [Fact]
    public async Task LogPropertiesObjectWithClassifiedMembers_NeedsRedactionToo()
    {
        await Verify.VerifyApplicationAsync("""
            using Microsoft.Extensions.Logging;

            System.Console.WriteLine("no logging set up here");

            public class Order
            {
                [MyCo.Compliance.PrivateData]
                public string DeliveryAddress { get; set; } = "";
            }

            public static partial class AppLog
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Shipped")]
                public static partial void Shipped(ILogger logger, [LogProperties] Order {|#0:order|}, int count);

                public static partial void Shipped(ILogger logger, Order order, int count) { }
            }
            """,
            NotEnabled(0, "AppLog.Shipped(order)"));
    }

    [Fact]
    public async Task Application_ThatEnablesRedaction_IsNotReported()
    {
        await Verify.VerifyApplicationAsync(
            """
            using Microsoft.Extensions.Hosting;
            using Microsoft.Extensions.Logging;

            var builder = Host.CreateApplicationBuilder(args);
            builder.Logging.AddConsole();
            builder.Logging.EnableRedaction();
            """ + Unmarked(AppLog));

        await Verify.VerifyApplicationAsync(
            """
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Logging;

            IServiceCollection services = null!;
            services.AddLogging(logging => LoggingRedactionExtensions.EnableRedaction(logging.AddConsole()));
            """ + Unmarked(AppLog));
    }

    [Fact]
    public async Task Application_WithNothingClassified_IsNotReported()
    {
        await Verify.VerifyApplicationAsync("""
            using Microsoft.Extensions.Hosting;
            using Microsoft.Extensions.Logging;

            var builder = Host.CreateApplicationBuilder(args);
            builder.Logging.AddConsole();

            public class Order
            {
                public string Reference { get; set; } = "";
            }

            public static partial class AppLog
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Shipped {Reference}")]
                public static partial void Shipped(ILogger logger, string reference, [LogProperties] Order order, [Microsoft.Extensions.Compliance.Classification.NoDataClassification] string note);

                public static partial void Shipped(ILogger logger, string reference, Order order, string note) { }
            }
            """);
    }

    [Fact]
    public async Task Library_IsNotReported_ItsHostDecides()
    {
        await Verify.VerifyAsync(
            """
            using Microsoft.Extensions.DependencyInjection;

            public static class Setup
            {
                public static void Configure(IServiceCollection services) => services.AddLogging();
            }
            """ + Unmarked(AppLog));
    }

    [Fact]
    public async Task WithoutTheComplianceLoggingGenerator_NothingIsReported()
    {
        await Verify.VerifyAsync(
            "System.Console.WriteLine();" + Unmarked(AppLog),
            editorConfig: null,
            OutputKind.ConsoleApplication,
            [ComplianceTestSources.Classification]);
    }

    [Theory]
    [InlineData("[LoggerMessage(EventId = 1, Message = \"{E}\")] public static partial void A(ILogger logger, [PrivateData] string")]
    [InlineData("[LoggerMessage] public static partial void B(ILogger logger, [PrivateData] string e, [LogProperties] Undefined u);")]
    [InlineData("[LoggerMessage] public static partial void C(ILogger logger, [LogProperties] )")]
    [InlineData("public static void D(IServiceCollection services) => services.AddLogging(l => l.EnableRedaction(")]
    [InlineData("public static void E(HostApplicationBuilder b) => b.Logging.")]
    [InlineData("public static void F() => LoggerFactory.Create(")]
    public async Task IncompleteCode_DoesNotThrow(string member)
    {
        await Verify.VerifyDoesNotThrowAsync($$"""
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;
            using Microsoft.Extensions.Logging;
            using MyCo.Compliance;

            public static partial class Broken
            {
                {{member}}
            }
            """);
    }

    // The shared source without its markup, where the diagnostic is expected elsewhere.
    private static string Unmarked(string source) => source.Replace("{|#1:", string.Empty).Replace("|}", string.Empty);
}
