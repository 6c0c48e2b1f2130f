using Microsoft.CodeAnalysis.Testing;
using Verify = PiiAnalyzers.Tests.Analyzers.LeakVerifier<PiiAnalyzers.Analyzers.PersonalDataLogAnalyzer>;

namespace PiiAnalyzers.Tests.DataFlow;

/// <summary>
/// What a local holds where it is read, on the control-flow graph (reaching definitions), seen through PII0001: the
/// writes that reach the read on some path count, those every path replaces do not.
/// </summary>
public class LocalFlowTests
{
    private const string Email = "Customer.Email (contact.email)";
    private const string Name = "Customer.Name (profile.name)";

    private static DiagnosticResult Logged(int location, string data) =>
        Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, location, false, data, "LogInformation");

    [Fact]
    public async Task ReassignedOnEveryBranch_IsNotReported_ReassignedOnSome_Is()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer, bool anonymous, int kind)
                {
                    var label = customer.Name;
                    if (anonymous)
                    {
                        label = "anonymous";
                    }
                    else
                    {
                        label = "known";
                    }

                    logger.LogInformation(label);

                    var tag = customer.Email;
                    switch (kind)
                    {
                        case 1:
                            tag = "one";
                            break;
                        default:
                            tag = "other";
                            break;
                    }

                    logger.LogInformation(tag);

                    var partial = customer.Email;
                    switch (kind)
                    {
                        case 1:
                            partial = "one";
                            break;
                    }

                    logger.LogInformation({|#0:partial|});
                }
            }
            """,
            Logged(0, Email));
    }

    [Fact]
    public async Task WriteLaterInALoop_ReachesTheNextIteration()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer[] customers)
                {
                    var previous = "none";
                    foreach (var customer in customers)
                    {
                        logger.LogInformation({|#0:previous|});
                        previous = customer.Name;
                    }

                    var last = "none";
                    for (var i = 0; i < customers.Length; i++)
                    {
                        last = "cleared";
                        logger.LogInformation(last);
                        last = customers[i].Email;
                    }
                }
            }
            """,
            Logged(0, Name));
    }

    [Fact]
    public async Task CatchAndFinally_SeeTheValueFromBeforeTheTry()
    {
        await Verify.VerifyAsync("""
            using System;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer, Action risky)
                {
                    var who = customer.Email;
                    try
                    {
                        risky();
                        who = "done";
                    }
                    catch (InvalidOperationException)
                    {
                        logger.LogInformation({|#0:who|});
                    }

                    var name = customer.Name;
                    try
                    {
                        risky();
                        name = "done";
                    }
                    finally
                    {
                        logger.LogInformation({|#1:name|});
                    }

                    var after = customer.Name;
                    try
                    {
                        after = "replaced";
                    }
                    finally
                    {
                        risky();
                    }

                    logger.LogInformation(after);
                }
            }
            """,
            Logged(0, Email),
            Logged(1, Name));
    }

    [Fact]
    public async Task Deconstruction_GivesEachLocalItsOwnElement()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    var (name, id) = (customer.Name, customer.Id);
                    logger.LogInformation({|#0:name|});
                    logger.LogInformation("{Id}", id);

                    string email;
                    int count;
                    (email, count) = (customer.Email, 3);
                    logger.LogInformation({|#1:email|});
                    logger.LogInformation("{Count}", count);
                }
            }
            """,
            Logged(0, Name),
            Logged(1, Email));
    }

    [Fact]
    public async Task PatternVariables_HoldWhatTheyMatched()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer, object value)
                {
                    object boxed = customer.Email;
                    if (boxed is string text)
                    {
                        logger.LogInformation({|#0:text|});
                    }

                    if (customer is { Name: var name, Id: var id })
                    {
                        logger.LogInformation({|#1:name|});
                        logger.LogInformation("{Id}", id);
                    }

                    if (customer.Email is var copy)
                    {
                        logger.LogInformation({|#2:copy|});
                    }

                    if (value is string other)
                    {
                        logger.LogInformation(other);
                    }
                }
            }
            """,
            Logged(0, Email),
            Logged(1, Name),
            Logged(2, Email));
    }

    [Fact]
    public async Task LambdasAndLocalFunctions_SeeTheLocalsTheyCapture()
    {
        await Verify.VerifyAsync("""
            using System;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    var email = customer.Email;
                    Action write = () => logger.LogInformation({|#0:email|});
                    write();

                    var name = "nobody";
                    Announce();
                    name = customer.Name;
                    Announce();

                    void Announce() => logger.LogInformation({|#1:name|});

                    Func<string> inner = () =>
                    {
                        var local = customer.Email;
                        local = "cleared";
                        return local;
                    };
                    logger.LogInformation(inner());
                }
            }
            """,
            Logged(0, Email),
            Logged(1, Name));
    }

    [Fact]
    public async Task ValuesTheGraphCaptures_ConditionalAccessCoalesceSwitch_AreFollowed_AcrossAwait()
    {
        await Verify.VerifyAsync("""
            using System.Text;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public async Task Run(ILogger logger, Customer? customer, bool flag, int kind)
                {
                    var email = customer?.Email ?? "none";
                    logger.LogInformation({|#0:email|});

                    var chosen = flag ? customer!.Name : "nobody";
                    logger.LogInformation({|#1:chosen|});

                    var described = kind switch { 1 => customer!.Email, _ => "other" };
                    logger.LogInformation({|#2:described|});

                    await Task.Yield();
                    var afterAwait = chosen;
                    logger.LogInformation({|#3:afterAwait|});

                    var builder = new StringBuilder("to ");
                    builder.Append(customer.Email).Append('!');
                    logger.LogInformation({|#4:builder.ToString()|});

                    using var scope = logger.BeginScope("run");
                    var safe = customer.Email.Length.ToString();
                    logger.LogInformation(safe);
                }
            }
            """,
            Logged(0, Email),
            Logged(1, Name),
            Logged(2, Email),
            Logged(3, Name),
            Logged(4, Email));
    }

    [Fact]
    public async Task ObjectsBuiltWithInitializers_CarryWhatTheInitializerPutIn()
    {
        await Verify.VerifyAsync("""
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            public sealed class Envelope
            {
                public string Note { get; set; } = "";

                public int Count { get; set; }
            }

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    var envelope = new Envelope { Note = customer.Email, Count = 1 };
                    logger.LogInformation("{@Envelope}", {|#0:envelope|});

                    var names = new List<string> { customer.Name };
                    logger.LogInformation("{@Names}", {|#1:names|});

                    var empty = new Envelope { Count = 2 };
                    logger.LogInformation("{@Envelope}", empty);
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 0, false, Email, "LogInformation"),
            Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 1, false, Name, "LogInformation"));
    }
}
