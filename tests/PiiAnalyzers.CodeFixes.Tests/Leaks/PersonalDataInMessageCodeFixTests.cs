using PiiAnalyzers.Analyzers;

namespace PiiAnalyzers.CodeFixes.Tests.Leaks;

public class PersonalDataInMessageCodeFixTests
{
    private const string Remove = nameof(PersonalDataInMessageCodeFixProvider) + ".Remove";
    private const string Redact = nameof(PersonalDataInMessageCodeFixProvider) + ".Redact";

    [Fact]
    public async Task Remove_DeletesTheInterpolationHole()
    {
        await LeakFixTest.VerifyAsync<PersonalDataLogAnalyzer, PersonalDataInMessageCodeFixProvider>(
            """
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.LogInformation({|PII0001:$"Welcome {customer.Name} ({customer.Id})"|});
                }
            }
            """,
            """
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.LogInformation($"Welcome ({customer.Id})");
                }
            }
            """,
            Remove);
    }

    [Fact]
    public async Task Remove_DeletesTheArgumentAndItsPlaceholder()
    {
        await LeakFixTest.VerifyAsync<PersonalDataLogAnalyzer, PersonalDataInMessageCodeFixProvider>(
            """
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.LogInformation("Registered {Email} as {Id}", {|PII0001:customer.Email|}, customer.Id);
                }
            }
            """,
            """
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.LogInformation("Registered as {Id}", customer.Id);
                }
            }
            """,
            Remove);
    }

    [Fact]
    public async Task Redact_ReplacesTheValue_OrTheHole()
    {
        await LeakFixTest.VerifyAsync<PersonalDataLogAnalyzer, PersonalDataInMessageCodeFixProvider>(
            """
            using System;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    Console.WriteLine({|PII0001:customer.Email|});
                    var text = "Mail to " + customer.Email;
                    logger.LogInformation({|PII0001:text|});
                    logger.LogInformation({|PII0001:$"Welcome {customer.Name}!"|});
                }
            }
            """,
            """
            using System;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    Console.WriteLine("[REDACTED]");
                    var text = "Mail to " + customer.Email;
                    logger.LogInformation("[REDACTED]");
                    logger.LogInformation($"Welcome [REDACTED]!");
                }
            }
            """,
            Redact);
    }

    [Fact]
    public async Task Redact_InAnExceptionMessage()
    {
        await LeakFixTest.VerifyAsync<ExceptionMessageAnalyzer, PersonalDataInMessageCodeFixProvider>(
            """
            using System;

            public class Service
            {
                public void Run(Customer customer)
                {
                    throw new InvalidOperationException({|PII0003:$"No account for {customer.Email} ({customer.Id})"|});
                }
            }
            """,
            """
            using System;

            public class Service
            {
                public void Run(Customer customer)
                {
                    throw new InvalidOperationException($"No account for [REDACTED] ({customer.Id})");
                }
            }
            """,
            Redact);
    }

    [Fact]
    public async Task FixAll_RemovesEveryOccurrenceInTheDocument()
    {
        await LeakFixTest.VerifyAsync<PersonalDataLogAnalyzer, PersonalDataInMessageCodeFixProvider>(
            """
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.LogInformation("Sent {Count} mails to {Email} for {Name}", 3, {|PII0001:customer.Email|}, {|PII0001:customer.Name|});
                    logger.LogInformation({|PII0001:$"Welcome {customer.Name}, {customer.Email}"|});
                    logger.LogInformation("{Name} signed in", {|PII0001:customer.Name|});
                }

                public void Other(ILogger logger, Customer customer)
                {
                    logger.LogInformation({|PII0001:$"Bye {customer.Name}"|});
                }
            }
            """,
            """
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.LogInformation("Sent {Count} mails to for", 3);
                    logger.LogInformation($"Welcome,");
                    logger.LogInformation("signed in");
                }

                public void Other(ILogger logger, Customer customer)
                {
                    logger.LogInformation($"Bye");
                }
            }
            """,
            Remove);
    }
}
