using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = PiiAnalyzers.Tests.Analyzers.LeakVerifier<PiiAnalyzers.Analyzers.PersonalDataLogAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

public class PersonalDataLogAnalyzerTests
{
    private const string Email = "Customer.Email (contact.email)";
    private const string Name = "Customer.Name (profile.name)";
    private const string IdCard = "Customer.IdCardNumber (identity.national-id)";
    private const string WholeCustomer = Email + ", " + Name + ", " + IdCard;

    private static DiagnosticResult Logged(int location, string data, string sink, bool sensitive = false) =>
        Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, location, sensitive, data, sink);

    [Fact]
    public async Task LoggerExtensions_PersonalArgument_IsReportedAtTheArgument_NamingMemberCategoryAndSink()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger<Service> logger, Customer customer)
                {
                    logger.LogInformation("Registered {Email} as {Id}", {|#0:customer.Email|}, customer.Id);
                    logger.LogDebug("{Name}", {|#1:customer.Name|});
                    logger.LogTrace("{Name}", {|#2:customer.Name|});
                    logger.LogWarning("{Name}", {|#3:customer.Name|});
                    logger.LogError(new System.Exception(), "{Name}", {|#4:customer.Name|});
                    logger.LogCritical("{Name}", {|#5:customer.Name|});
                    logger.Log(LogLevel.Information, "{Name}", {|#6:customer.Name|});
                    logger.LogInformation(new EventId(3), "{Name}", {|#7:customer.Name|});
                }
            }
            """,
            Logged(0, Email, "LogInformation"),
            Logged(1, Name, "LogDebug"),
            Logged(2, Name, "LogTrace"),
            Logged(3, Name, "LogWarning"),
            Logged(4, Name, "LogError"),
            Logged(5, Name, "LogCritical"),
            Logged(6, Name, "Log"),
            Logged(7, Name, "LogInformation"));
    }

    [Fact]
    public async Task SensitiveData_IsAnErrorByDefault()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.LogInformation("Id card {IdCard}", {|#0:customer.IdCardNumber|});
                }
            }
            """,
            Logged(0, IdCard, "LogInformation", sensitive: true));
    }

    [Fact]
    public async Task EditorConfigSeverity_OverridesBothDefaults()
    {
        const string Source = """
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.LogInformation("{IdCard}", {|#0:customer.IdCardNumber|});
                    logger.LogInformation("{Email}", {|#1:customer.Email|});
                }
            }
            """;

        await Verify.VerifyAsync(
            Source,
            "root = true\n\n[*.cs]\ndotnet_diagnostic.PII0001.severity = suggestion\n",
            Logged(0, IdCard, "LogInformation").WithSeverity(DiagnosticSeverity.Info),
            Logged(1, Email, "LogInformation").WithSeverity(DiagnosticSeverity.Info));

        await Verify.VerifyAsync(
            Source,
            "root = true\n\n[*.cs]\ndotnet_diagnostic.PII0001.severity = warning\n",
            Logged(0, IdCard, "LogInformation").WithSeverity(DiagnosticSeverity.Warning),
            Logged(1, Email, "LogInformation").WithSeverity(DiagnosticSeverity.Warning));

        await Verify.VerifyAsync(
            Source.Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("|}", string.Empty),
            "root = true\n\n[*.cs]\ndotnet_diagnostic.PII0001.severity = none\n");
    }

    [Fact]
    public async Task StringsBuiltFromPersonalData_AreFollowed()
    {
        await Verify.VerifyAsync("""
            using System.Text;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.LogInformation({|#0:$"Welcome {customer.Name}"|});
                    logger.LogInformation({|#1:"Welcome " + customer.Name|});
                    logger.LogInformation({|#2:string.Format("Welcome {0}", customer.Name)|});
                    logger.LogInformation({|#3:customer.Email.ToUpperInvariant().Trim()|});
                    logger.LogInformation({|#4:string.Concat("a", customer.Email)|});

                    var builder = new StringBuilder();
                    builder.Append("Welcome ").Append(customer.Name);
                    logger.LogInformation({|#5:builder.ToString()|});

                    var email = customer.Email;
                    var text = "Mail to " + email;
                    logger.LogInformation({|#6:text|});
                }
            }
            """,
            Logged(0, Name, "LogInformation"),
            Logged(1, Name, "LogInformation"),
            Logged(2, Name, "LogInformation"),
            Logged(3, Email, "LogInformation"),
            Logged(4, Email, "LogInformation"),
            Logged(5, Name, "LogInformation"),
            Logged(6, Email, "LogInformation"));
    }

    [Fact]
    public async Task LocalReassigned_IsNoLongerPersonal_ButABranchMayStillCarryIt()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer, bool anonymous)
                {
                    var who = customer.Email;
                    who = "anonymous";
                    logger.LogInformation(who);

                    var label = customer.Name;
                    if (anonymous)
                    {
                        label = "anonymous";
                    }

                    logger.LogInformation({|#0:label|});

                    string target;
                    if (anonymous)
                    {
                        target = "nobody";
                    }
                    else
                    {
                        target = customer.Email;
                    }

                    logger.LogInformation({|#1:target|});

                    var message = "start";
                    logger.LogInformation(message);
                    message = customer.Email;
                }
            }
            """,
            Logged(0, Name, "LogInformation"),
            Logged(1, Email, "LogInformation"));
    }

    [Fact]
    public async Task LoopCarriedAssignment_IsFollowed()
    {
        await Verify.VerifyAsync("""
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, List<Customer> customers)
                {
                    var previous = "none";
                    foreach (var customer in customers)
                    {
                        logger.LogInformation({|#0:previous|});
                        previous = customer.Email;
                    }
                }
            }
            """,
            Logged(0, Email, "LogInformation"));
    }

    [Fact]
    public async Task WholeObjectsAndCollections_NameEveryPersonalMember()
    {
        await Verify.VerifyAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.Logging;

            public class Order
            {
                public int Number { get; set; }
                public Customer Buyer { get; set; } = new();
            }

            public class Service
            {
                public void Run(ILogger logger, Customer customer, List<Customer> customers, Order order)
                {
                    logger.LogInformation("{@Customer}", {|#0:customer|});
                    logger.LogInformation("{@Customers}", {|#1:customers|});
                    logger.LogInformation("{@Order}", {|#2:order|});
                    logger.LogInformation("{@Buyer}", {|#3:order.Buyer|});
                    logger.LogInformation("{Emails}", {|#4:customers.Select(c => c.Email).ToList()|});
                    foreach (var each in customers)
                    {
                        logger.LogInformation("{Email}", {|#5:each.Email|});
                    }
                }
            }
            """,
            Logged(0, WholeCustomer, "LogInformation", sensitive: true),
            Logged(1, WholeCustomer, "LogInformation", sensitive: true),
            Logged(2, WholeCustomer, "LogInformation", sensitive: true),
            Logged(3, WholeCustomer, "LogInformation", sensitive: true),
            Logged(4, Email, "LogInformation"),
            Logged(5, Email, "LogInformation"));
    }

    [Fact]
    public async Task Linq_ProjectionsYieldTheirSelector_AggregatesOfCountsAndFlagsCarryNothing()
    {
        await Verify.VerifyAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, List<Customer> customers)
                {
                    logger.LogInformation("{Ids}", customers.Where(c => c.Email.Length > 0).Select(c => c.Id).ToList());
                    logger.LogInformation("{Count}", customers.Count(c => c.Email.EndsWith(".cn")));
                    logger.LogInformation("{Any}", customers.Any(c => c.Name == "x"));
                    logger.LogInformation("{Emails}", {|#0:customers.Where(c => c.Id > 3).Select(c => c.Email)|});
                    logger.LogInformation("{@Kept}", {|#1:customers.Where(c => c.Id > 3).ToList()|});
                }
            }
            """,
            Logged(0, Email, "LogInformation"),
            Logged(1, WholeCustomer, "LogInformation", sensitive: true));
    }

    [Fact]
    public async Task PlainTemplateHoles_PrintToString_OnlyDestructuringHolesWriteEveryMember()
    {
        await Verify.VerifyAsync("""
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;

            public record Contact([property: PersonalData(DataCategories.Contact.Phone)] string Phone);

            public class Service
            {
                public void Run(ILogger logger, Customer customer, List<Customer> customers, Contact contact, string template)
                {
                    logger.LogInformation("Customer {Customer} of {Count}", customer, customers.Count);
                    logger.LogInformation("Customers {Customers}", customers);
                    logger.LogInformation("Customer {0}", customer);
                    logger.LogInformation("Contact {Contact}", {|#0:contact|});
                    logger.LogInformation("Customer {Id} {@Customer}", customer.Id, {|#1:customer|});
                    logger.LogInformation(template, {|#2:customer|});
                    logger.LogInformation("{Id}", customer.Id, {|#3:customer|});
                }
            }
            """,
            Logged(0, "Contact.Phone (contact.phone)", "LogInformation"),
            Logged(1, WholeCustomer, "LogInformation", sensitive: true),
            Logged(2, WholeCustomer, "LogInformation", sensitive: true),
            Logged(3, WholeCustomer, "LogInformation", sensitive: true));
    }

    [Fact]
    public async Task NonPersonalMembersAndNonIdentifyingReads_AreNotReported()
    {
        await Verify.VerifyAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer, List<Customer> customers)
                {
                    logger.LogInformation("Customer {Id} created at {CreatedAt}", customer.Id, customer.CreatedAt);
                    logger.LogInformation("Notes: {Notes}", customer.Notes);
                    logger.LogInformation("Email length {Length}", customer.Email.Length);
                    logger.LogInformation("Has email {HasEmail}", !string.IsNullOrEmpty(customer.Email));
                    logger.LogInformation("Count {Count} {Any}", customers.Count, customers.Count(c => c.Email.Contains("@")));
                    logger.LogInformation("Same {Same}", customer.Email == "a@b.c");
                    logger.LogInformation($"Customer {customer.Id} has {customer.Name.Length} letters");
                    logger.LogInformation(nameof(customer.Email));
                }
            }
            """);
    }

    [Fact]
    public async Task PlainObjectInterpolated_PrintsItsTypeName_AndIsNotReported()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.LogInformation($"Processing {customer}");
                    logger.LogInformation("Processing " + customer.ToString());
                }
            }
            """);
    }

    [Fact]
    public async Task RecordInterpolated_CarriesWhatItsToStringPrints()
    {
        await Verify.VerifyAsync("""
            using PiiAnalyzers;
            using Microsoft.Extensions.Logging;

            public record Contact(int Id, [PersonalData(DataCategories.Contact.Phone)] string Phone);

            public class Service
            {
                public void Run(ILogger logger, Contact contact)
                {
                    logger.LogInformation({|#0:$"Processing {contact}"|});
                }
            }
            """,
            Logged(0, "Contact.Phone (contact.phone)", "LogInformation"));
    }

    [Fact]
    public async Task BuiltInSanitizers_StopTheFlow()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.AspNetCore.DataProtection;
            using Microsoft.Extensions.Compliance.Redaction;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer, Redactor redactor, IDataProtector protector, byte[] key)
                {
                    logger.LogInformation("{Hash}", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(customer.Email))));
                    logger.LogInformation("{Mac}", HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(customer.Email)));
                    logger.LogInformation("{Redacted}", redactor.Redact(customer.Email));
                    logger.LogInformation("{Protected}", protector.Protect(customer.Email));
                    logger.LogInformation($"{redactor.Redact(customer.Name)} signed up");

                    var hashed = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(customer.Name)));
                    logger.LogInformation(hashed);

                    using var aes = Aes.Create();
                    logger.LogInformation("{Cipher}", aes.EncryptCbc(Encoding.UTF8.GetBytes(customer.Email), new byte[16]));

                    logger.LogInformation("{Encoded}", {|#0:Convert.ToBase64String(Encoding.UTF8.GetBytes(customer.Email))|});
                    logger.LogInformation("{Unprotected}", {|#1:protector.Unprotect(customer.Email)|});
                }
            }
            """,
            Logged(0, Email, "LogInformation"),
            Logged(1, Email, "LogInformation"));
    }

    [Fact]
    public async Task UserSanitizers_FromAttributeAndEditorConfig_StopTheFlow_OtherHelpersDoNot()
    {
        await Verify.VerifyAsync(
            """
            using PiiAnalyzers;
            using Microsoft.Extensions.Logging;

            namespace MyCo
            {
                public static class Masking
                {
                    [PersonalDataSanitizer]
                    public static string Mask(string value) => "***";

                    public static string Hide(string value) => "***";

                    public static string Shout(string value) => value.ToUpperInvariant();
                }

                [PersonalDataSanitizer]
                public static class Anonymizer
                {
                    public static string Anonymize(this string value) => "***";
                }

                public class Service
                {
                    public void Run(ILogger logger, Customer customer)
                    {
                        logger.LogInformation("{Email}", Masking.Mask(customer.Email));
                        logger.LogInformation("{Email}", Masking.Hide(customer.Email));
                        logger.LogInformation("{Email}", customer.Email.Anonymize());
                        logger.LogInformation("{Email}", {|#0:Masking.Shout(customer.Email)|});
                    }
                }
            }
            """,
            "root = true\n\n[*.cs]\npii_sanitizers = M:MyCo.Masking.Hide(System.String)\n",
            Logged(0, Email, "LogInformation"));
    }

    [Fact]
    public async Task PersonalParameter_IsReportedByName()
    {
        await Verify.VerifyAsync("""
            using PiiAnalyzers;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Register(ILogger logger, [PersonalData(DataCategories.Contact.Phone)] string phone, string code)
                {
                    logger.LogInformation("Sending {Code} to {Phone}", code, {|#0:phone|});
                }
            }
            """,
            Logged(0, "phone (contact.phone)", "LogInformation"));
    }

    [Fact]
    public async Task ScopesAndTheCoreLogMethod_AreSinks()
    {
        await Verify.VerifyAsync("""
            using System;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    using (logger.BeginScope({|#0:customer.Email|}))
                    {
                    }

                    using (logger.BeginScope("Customer {Name}", {|#1:customer.Name|}))
                    {
                    }

                    logger.Log(LogLevel.Information, new EventId(1), {|#2:customer.Email|}, null, (state, exception) => state);
                }
            }
            """,
            Logged(0, Email, "BeginScope"),
            Logged(1, Name, "BeginScope"),
            Logged(2, Email, "Log"));
    }

    [Fact]
    public async Task LoggerMessageDelegatesAndMethods_AreSinks_AtTheCallSite()
    {
        await Verify.VerifyAsync("""
            using System;
            using Microsoft.Extensions.Logging;

            public static partial class AppLog
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Sent to {Email}")]
                public static partial void EmailSent(ILogger logger, string email);

                [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Customer {Id}")]
                public static partial void CustomerSeen(this ILogger logger, int id);
            }

            public static partial class AppLog
            {
                public static partial void EmailSent(ILogger logger, string email) { }

                public static partial void CustomerSeen(this ILogger logger, int id) { }
            }

            public class Service
            {
                private static readonly Action<ILogger, string, Exception> _emailSent =
                    LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Sent to {Email}");

                private static readonly Func<ILogger, string, IDisposable> _customerScope =
                    LoggerMessage.DefineScope<string>("Customer {Name}");

                public void Run(ILogger logger, Customer customer)
                {
                    _emailSent(logger, {|#0:customer.Email|}, null);
                    using (_customerScope(logger, {|#1:customer.Name|}))
                    {
                    }

                    AppLog.EmailSent(logger, {|#2:customer.Email|});
                    logger.CustomerSeen(customer.Id);
                }
            }
            """,
            Logged(0, Email, "_emailSent"),
            Logged(1, Name, "_customerScope"),
            Logged(2, Email, "EmailSent"));
    }

    [Fact]
    public async Task Serilog_InterfaceStaticLogAndContext_AreSinks_IncludingDestructuredObjects()
    {
        await Verify.VerifyAsync("""
            using Serilog;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.Information("Registered {Email}", {|#0:customer.Email|});
                    logger.Warning("Registered {Email} {Name}", {|#1:customer.Email|}, {|#2:customer.Name|});
                    Log.Information("Registered {@Customer}", {|#3:customer|});
                    Log.Information("Registered {Id}", customer.Id);
                    logger.ForContext("Email", {|#4:customer.Email|}).Information("Registered");
                    logger.Write(Serilog.Events.LogEventLevel.Information, {|#5:$"Registered {customer.Name}"|});
                }
            }
            """,
            Logged(0, Email, "Information"),
            Logged(1, Email, "Warning"),
            Logged(2, Name, "Warning"),
            Logged(3, WholeCustomer, "Information", sensitive: true),
            Logged(4, Email, "ForContext"),
            Logged(5, Name, "Write"));
    }

    [Fact]
    public async Task NLogAndLog4Net_AreSinks()
    {
        await Verify.VerifyAsync("""
            using System;

            public class Service
            {
                private static readonly NLog.Logger Logger = NLog.LogManager.GetCurrentClassLogger();

                public void Run(log4net.ILog log, Customer customer)
                {
                    Logger.Info({|#0:customer.Email|});
                    Logger.Info("Registered {Email}", {|#1:customer.Email|});
                    Logger.Warn(new InvalidOperationException(), {|#2:"Failed for " + customer.Name|});
                    log.Info({|#3:customer.Email|});
                    log.InfoFormat("Registered {0}", {|#4:customer.Name|});
                    log.Info("Registered", new Exception());
                }
            }
            """,
            Logged(0, Email, "Info"),
            Logged(1, Email, "Info"),
            Logged(2, Name, "Warn"),
            Logged(3, Email, "Info"),
            Logged(4, Name, "InfoFormat"));
    }

    [Fact]
    public async Task ConsoleDebugTraceAndActivity_AreSinks()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.Diagnostics;

            public class Service
            {
                public void Run(Customer customer, Activity activity)
                {
                    Console.WriteLine({|#0:customer.Email|});
                    Console.Write("{0}", {|#1:customer.Name|});
                    Debug.WriteLine({|#2:customer.Email|});
                    Trace.TraceInformation("User {0}", {|#3:customer.Name|});
                    activity.SetTag("user.email", {|#4:customer.Email|});
                    activity.AddTag("user.name", {|#5:customer.Name|});
                    activity.AddBaggage("user.id-card", {|#6:customer.IdCardNumber|});
                    activity.SetTag("user.id", customer.Id);
                    Console.WriteLine(customer.Id);
                }
            }
            """,
            Logged(0, Email, "WriteLine"),
            Logged(1, Name, "Write"),
            Logged(2, Email, "WriteLine"),
            Logged(3, Name, "TraceInformation"),
            Logged(4, Email, "SetTag"),
            Logged(5, Name, "AddTag"),
            Logged(6, IdCard, "AddBaggage", sensitive: true));
    }

    [Fact]
    public async Task UserConfiguredSinks_AreSinks()
    {
        await Verify.VerifyAsync(
            """
            namespace MyCo
            {
                public static class Audit
                {
                    public static void Write(string entry) { }

                    public static void Write(string entry, int level) { }
                }

                public static class Telemetry
                {
                    public static void Track(string name, object value) { }
                }

                public class Service
                {
                    public void Run(Customer customer)
                    {
                        Audit.Write({|#0:customer.Email|});
                        Audit.Write(customer.Email, 1);
                        Telemetry.Track("signup", {|#1:customer.Name|});
                    }
                }
            }
            """,
            "root = true\n\n[*.cs]\npii_log_sinks = M:MyCo.Audit.Write(System.String), T:MyCo.Telemetry\n",
            Logged(0, Email, "Write"),
            Logged(1, Name, "Track"));
    }

    [Fact]
    public async Task GeneratedCode_IsSkipped()
    {
        await Verify.VerifyAsync("""
            // <auto-generated/>
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.LogInformation("{Email}", customer.Email);
                }
            }
            """);
    }

    [Theory]
    [InlineData("logger.LogInformation(customer.")]
    [InlineData("logger.LogInformation(\"{E}\", customer.Email")]
    [InlineData("var x = ; logger.LogInformation(x);")]
    [InlineData("logger.LogInformation($\"{customer.Email\");")]
    [InlineData("logger.LogInformation(Undefined(customer.Email));")]
    [InlineData("foreach (var c in ) { logger.LogInformation(c); }")]
    [InlineData("string s = s + customer.Email; logger.LogInformation(s);")]
    [InlineData("var sb = new System.Text.StringBuilder(); sb.Append(sb); logger.LogInformation(sb.ToString());")]
    public async Task IncompleteCode_DoesNotThrow(string statement)
    {
        await Verify.VerifyDoesNotThrowAsync($$"""
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    {{statement}}
                }
            }
            """);
    }
}
