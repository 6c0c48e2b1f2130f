using Microsoft.CodeAnalysis.Testing;
using Verify = PiiAnalyzers.Tests.Analyzers.LeakVerifier<PiiAnalyzers.Analyzers.PersonalDataLogAnalyzer>;

namespace PiiAnalyzers.Tests.DataFlow;

/// <summary>
/// Personal data followed across the methods of the compilation (method summaries), seen through PII0001: reported
/// where it enters the call, naming the path to the sink.
/// </summary>
public class MethodSummaryTests
{
    private const string Email = "Customer.Email (contact.email)";
    private const string Name = "Customer.Name (profile.name)";

    private static DiagnosticResult Logged(int location, string data, string path) =>
        Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, location, false, data, path);

    [Fact]
    public async Task HelperThatLogsItsParameter_IsReportedAtTheCall_NamingThePath()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class Notifier
            {
                private readonly ILogger _logger;

                public Notifier(ILogger logger) => _logger = logger;

                public void Notify(Customer customer)
                {
                    LogRecipient({|#0:customer.Email|});
                    LogRecipient("support desk");
                    LogCount(customer.Id);
                }

                private void LogRecipient(string recipient) => _logger.LogInformation("Sending to {Recipient}", recipient);

                private void LogCount(int count) => _logger.LogInformation("Count {Count}", count);
            }
            """,
            Logged(0, Email, "Notifier.LogRecipient(recipient) → LogInformation"));
    }

    [Fact]
    public async Task ThreeLevelsOfCalls_NameEveryStep()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class Writer
            {
                private readonly ILogger _logger;

                public Writer(ILogger logger) => _logger = logger;

                public void Write(string line) => _logger.LogInformation(line);
            }

            public class Audit
            {
                private readonly Writer _writer;

                public Audit(Writer writer) => _writer = writer;

                public void Record(string text) => _writer.Write("audit: " + text);
            }

            public class Service
            {
                public void Run(Audit audit, Customer customer) => audit.Record({|#0:customer.Name|});
            }
            """,
            Logged(0, Name, "Audit.Record(text) → Writer.Write(line) → LogInformation"));
    }

    [Fact]
    public async Task Recursion_IsFollowedOnce_AndEnds()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class Walker
            {
                private readonly ILogger _logger;

                public Walker(ILogger logger) => _logger = logger;

                public void Visit(string who, int depth)
                {
                    if (depth > 3)
                    {
                        _logger.LogInformation(who);
                        return;
                    }

                    Visit(who, depth + 1);
                }

                public void Ping(string who, int depth)
                {
                    if (depth > 0)
                    {
                        Pong(who, depth - 1);
                    }
                }

                public void Pong(string who, int depth)
                {
                    _logger.LogDebug(who);
                    Ping(who, depth);
                }

                public void Run(Customer customer)
                {
                    Visit({|#0:customer.Email|}, 0);
                    Ping({|#1:customer.Name|}, 2);
                }
            }
            """,
            Logged(0, Email, "Walker.Visit(who) → LogInformation"),
            Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 1, false, Name, "Walker.Ping(who) → Walker.Pong(who) → LogDebug"));
    }

    [Fact]
    public async Task InterfaceVirtualAndBaseClassHelpers_ReachTheImplementations()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public interface IAuditSink
            {
                void Write(string value);
            }

            public sealed class LoggingAuditSink(ILogger logger) : IAuditSink
            {
                public void Write(string value) => logger.LogInformation(value);
            }

            public sealed class SilentAuditSink : IAuditSink
            {
                public void Write(string value) { }
            }

            public abstract class ServiceBase(ILogger logger)
            {
                protected void Trace(string message) => logger.LogTrace(message);

                public virtual void Describe(string text) { }
            }

            public sealed class OrderService(ILogger logger) : ServiceBase(logger)
            {
                public override void Describe(string text) => logger.LogWarning(text);

                public void Place(IAuditSink sink, Customer customer, ServiceBase service)
                {
                    sink.Write({|#0:customer.Email|});
                    Trace({|#1:customer.Name|});
                    service.Describe({|#2:customer.Email|});
                }
            }
            """,
            Logged(0, Email, "IAuditSink.Write(value) → LogInformation"),
            Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 1, false, Name, "ServiceBase.Trace(message) → LogTrace"),
            Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 2, false, Email, "ServiceBase.Describe(text) → LogWarning"));
    }

    [Fact]
    public async Task GenericExtensionAndLocalFunctions_AreSummarized()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public static class LoggingExtensions
            {
                public static void Recipient(this ILogger logger, string who) => logger.LogInformation("To {Who}", who);

                public static void Dump<T>(this ILogger logger, T value) => logger.LogDebug("{@Value}", value);
            }

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.Recipient({|#0:customer.Email|});
                    logger.Dump({|#1:customer|});
                    logger.Dump(customer.Id);

                    void Write(string text) => logger.LogInformation(text);
                    Write({|#2:customer.Name|});
                    Write("done");
                }
            }
            """,
            Logged(0, Email, "LoggingExtensions.Recipient(who) → LogInformation"),
            Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 1, true, Email + ", " + Name + ", Customer.IdCardNumber (identity.national-id)", "LoggingExtensions.Dump(value) → LogDebug"),
            Logged(2, Name, "Write(text) → LogInformation"));
    }

    [Fact]
    public async Task PipelineBehaviourThatLogsItsGenericRequest_ReportsTheRequestTypesThatHoldPersonalData()
    {
        // MediatR calls a pipeline behaviour with every request; no call in the compilation passes one. What TRequest
        // stands for is every type of the compilation that satisfies its constraint; those without personal data and an
        // unconstrained T add nothing.
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public interface IRequest<TResponse> { }

            public interface IAudited { }

            public sealed record PlaceOrder(Customer Buyer, string Sku) : IRequest<bool>, IAudited;

            public sealed record CancelOrder(int OrderId) : IRequest<bool>, IAudited;

            public sealed record RenameProduct(string Sku) : IRequest<bool>;

            public sealed class LoggingBehavior<TRequest, TResponse> where TRequest : IRequest<TResponse>
            {
                private readonly ILogger _logger;

                public LoggingBehavior(ILogger logger) => _logger = logger;

                public void Handle(TRequest request, TResponse response)
                {
                    _logger.LogInformation("Handling {@Command}", {|#0:request|});
                    _logger.LogInformation("Handled: {@Response}", response);
                }
            }

            public sealed class AuditBehavior<TRequest> where TRequest : IRequest<bool>, IAudited
            {
                public void Handle(ILogger logger, TRequest request) => logger.LogInformation("Audit {@Request}", {|#1:request|});
            }

            public static class Dumper
            {
                public static void Dump<T>(ILogger logger, T value) => logger.LogDebug("{@Value}", value);
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 0, true, Email + ", " + Name + ", Customer.IdCardNumber (identity.national-id)", "LogInformation"),
            Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 1, true, Email + ", " + Name + ", Customer.IdCardNumber (identity.national-id)", "LogInformation"));
    }

    [Fact]
    public async Task PipelineBehaviourOfAnUnresolvedPackage_StillFindsTheRequestTypes()
    {
        // A folder scan of code that was never restored: MediatR's IRequest<T> is an unknown type at every use.
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public sealed record PlaceOrder(Customer Buyer, string Sku) : {|CS0246:IRequest<bool>|};

            public sealed class LoggingBehavior<TRequest, TResponse> where TRequest : {|CS0246:IRequest<TResponse>|}
            {
                public void Handle(ILogger logger, TRequest request) => logger.LogInformation("Handling {@Command}", {|#0:request|});
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 0, true, Email + ", " + Name + ", Customer.IdCardNumber (identity.national-id)", "LogInformation"));
    }

    [Fact]
    public async Task ConstructorThatStoresAValue_ReportsWhereAMethodLaterLogsIt()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public sealed class Receipt
            {
                private readonly ILogger _logger;
                private readonly string _email;
                private readonly int _count;

                public Receipt(ILogger logger, string email, int count)
                {
                    _logger = logger;
                    _email = email;
                    _count = count;
                }

                public void Print() => _logger.LogInformation("Receipt for {Email}: {Count}", {|#2:_email|}, _count);
            }

            public sealed class Ticket(ILogger logger, string holder, string code)
            {
                public void Print() => logger.LogInformation("Ticket {Code}", code);

                public string Holder => holder;
            }

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    new Receipt(logger, {|#0:customer.Email|}, customer.Id).Print();
                    new Ticket(logger, customer.Name, {|#1:customer.Email|}).Print();
                }
            }
            """,
            Logged(0, Email, "new Receipt(email) → Receipt._email → LogInformation"),
            Logged(1, Email, "new Ticket(code) → LogInformation"),

            // The field is also inferred to be personal from its name, and reported where it is logged, as a suggestion.
            new DiagnosticResult(DiagnosticDescriptors.PersonalDataInLogInferred).WithLocation(2).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info)
                .WithArguments("Receipt._email (contact.email)", "LogInformation", "_email"));
    }

    [Fact]
    public async Task WhatAMethodReturns_ComesFromItsSummary()
    {
        await Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            public static class Describe
            {
                public static string Contact(Customer customer) => $"{customer.Name} <{customer.Email}>";

                public static string Greeting(Customer customer) => "Hello";

                public static string Initial(string name) => "X.";

                public static string Shout(string text) => text.ToUpperInvariant();

                public static async Task<string> LoadNameAsync(Customer customer)
                {
                    await Task.Yield();
                    return customer.Name;
                }
            }

            public class Service
            {
                public async Task Run(ILogger logger, Customer customer)
                {
                    logger.LogInformation({|#0:Describe.Contact(customer)|});
                    logger.LogInformation(Describe.Greeting(customer));
                    logger.LogInformation(Describe.Initial(customer.Name));
                    logger.LogInformation({|#1:Describe.Shout(customer.Email)|});

                    var name = await Describe.LoadNameAsync(customer);
                    logger.LogInformation({|#2:name|});
                }
            }
            """,
            Logged(0, Name + ", " + Email, "LogInformation"),
            Logged(1, Email, "LogInformation"),
            Logged(2, Name, "LogInformation"));
    }

    [Fact]
    public async Task MarkedParameter_IsReportedInsideTheHelper_NotAtItsCallers()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;
            using PiiAnalyzers;

            public class Service
            {
                private readonly ILogger _logger;

                public Service(ILogger logger) => _logger = logger;

                public void Log([PersonalData(DataCategories.Contact.Email)] string address) => _logger.LogInformation({|#0:address|});

                public void Run(Customer customer) => Log(customer.Email);
            }
            """,
            Logged(0, "address (contact.email)", "LogInformation"));
    }

    [Fact]
    public async Task HelperThatLogsOneMemberOfItsParameter_CountsOnlyWhatTheCallerPutThere()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public sealed class Order
            {
                public int Id { get; set; }

                public string Status { get; set; } = "";

                public string Note { get; set; } = "";
            }

            public sealed class OrderService(ILogger logger)
            {
                public void Save(Order order) => logger.LogInformation("Saved {Status} for {Id}", order.Status, order.Id);

                public void Annotate(Order order) => Save(order);
            }

            public class Checkout
            {
                public void Run(OrderService service, Customer customer, Order existing)
                {
                    service.Save(new Order { Status = "new", Note = customer.Email });
                    service.Save(existing);
                    service.Save({|#0:new Order { Status = customer.Name }|});

                    var order = new Order { Status = customer.Email };
                    service.Annotate({|#1:order|});
                }
            }
            """,
            Logged(0, Name, "OrderService.Save(order.Status) → LogInformation"),
            Logged(1, Email, "OrderService.Annotate(order.Status) → OrderService.Save(order.Status) → LogInformation"));
    }

    [Fact]
    public async Task ConstructorThatStoresAnObject_WhoseMemberAMethodLogs_CountsOnlyThatMember()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public sealed class Session
            {
                public string Key { get; set; } = "";

                public string Label { get; set; } = "";
            }

            public sealed class SessionController(ILogger logger, Session session)
            {
                private readonly Session _session = session;

                public void Open() => logger.LogDebug("Opened {Key}", _session.Key);
            }

            public class Host
            {
                public void Run(ILogger logger, Customer customer, Session existing)
                {
                    new SessionController(logger, existing).Open();
                    new SessionController(logger, new Session { Key = "k", Label = customer.Name }).Open();
                    new SessionController(logger, {|#0:new Session { Key = customer.Email }|}).Open();
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 0, false, Email, "new SessionController(session.Key) → SessionController._session.Key → LogDebug"));
    }

    [Fact]
    public async Task AnEmailsDomain_IdentifiesNoOne_ItsUserPartDoes()
    {
        await Verify.VerifyAsync("""
            using System.Net.Mail;
            using Microsoft.Extensions.Logging;

            public static class EmailParts
            {
                public static string Domain(string email) => new MailAddress(email).Host.ToLowerInvariant();

                public static string Mailbox(string email) => new MailAddress(email).User;
            }

            public class Registration
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.LogInformation("Blocked domain {Domain}", EmailParts.Domain(customer.Email));
                    logger.LogInformation("Mailbox {Mailbox}", {|#0:EmailParts.Mailbox(customer.Email)|});
                }
            }
            """,
            Logged(0, Email, "LogInformation"));
    }
}
