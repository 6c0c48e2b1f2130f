using Microsoft.CodeAnalysis.Testing;
using Verify = PiiAnalyzers.Tests.Analyzers.LeakVerifier<PiiAnalyzers.Analyzers.PersonalDataLogAnalyzer>;

namespace PiiAnalyzers.Tests.DataFlow;

/// <summary>
/// Tuples returned by the methods of the compilation, seen through PII0001: each local a deconstruction gives, and each
/// element read, carries what that element carries, not what the whole tuple does.
/// </summary>
public class TupleFlowTests
{
    private const string Email = "Customer.Email (contact.email)";
    private const string Name = "Customer.Name (profile.name)";
    private const string WholeCustomer = Email + ", " + Name + ", Customer.IdCardNumber (identity.national-id)";

    private static DiagnosticResult Logged(int location, string data) =>
        Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, location, false, data, "LogInformation");

    [Fact]
    public async Task DeconstructedCall_GivesEachLocalTheElementTheMethodReturnsThere()
    {
        await Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public async Task Run(ILogger logger, Customer customer)
                {
                    var (email, notes) = Lookup(customer);
                    logger.LogInformation({|#0:email|});
                    logger.LogInformation(notes);

                    string label;
                    string name;
                    (label, name) = await LookupAsync(customer);
                    logger.LogInformation(label);
                    logger.LogInformation({|#1:name|});
                }

                private (string Email, string Notes) Lookup(Customer customer) => (customer.Email, customer.Notes);

                private async Task<(string, string)> LookupAsync(Customer customer)
                {
                    await Task.Yield();
                    if (customer.Id == 0)
                    {
                        return ("none", customer.Name);
                    }

                    return (customer.Notes, customer.Name);
                }
            }
            """,
            Logged(0, Email),
            Logged(1, Name));
    }

    [Fact]
    public async Task NestedTuplesAndTupleLocals_AreFollowedElementByElement()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    var (notes, (name, tag)) = Nested(customer);
                    logger.LogInformation(notes);
                    logger.LogInformation({|#0:name|});
                    logger.LogInformation(tag);

                    var pair = Pair(customer);
                    logger.LogInformation({|#1:pair.Email|});
                    logger.LogInformation(pair.Notes);
                    logger.LogInformation({|#2:pair.Item1|});

                    var (email, other) = pair;
                    logger.LogInformation({|#3:email|});
                    logger.LogInformation(other);
                }

                private (string, (string, string)) Nested(Customer customer) => (customer.Notes, (customer.Name, "vip"));

                private (string Email, string Notes) Pair(Customer customer)
                {
                    var result = (customer.Email, customer.Notes);
                    return result;
                }
            }
            """,
            Logged(0, Name),
            Logged(1, Email),
            Logged(2, Email),
            Logged(3, Email));
    }

    [Fact]
    public async Task DeconstructedConditionalOfCalls_GivesEachLocalTheElementOfEitherCall()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer, bool swapped)
                {
                    var (first, second) = swapped ? Swapped(customer) : Pair(customer);
                    logger.LogInformation({|#0:first|});
                    logger.LogInformation({|#1:second|});

                    var (label, notes) = swapped ? ("x", customer.Notes) : Labelled(customer);
                    logger.LogInformation(label);
                    logger.LogInformation(notes);
                }

                private (string, string) Pair(Customer customer) => (customer.Email, customer.Notes);

                private (string, string) Swapped(Customer customer) => (customer.Notes, customer.Name);

                private (string, string) Labelled(Customer customer) => ("y", customer.Notes);
            }
            """,
            Logged(0, Email),
            Logged(1, Name));
    }

    [Fact]
    public async Task ValueDeconstructedByItsDeconstructMethod_GivesEachLocalTheWholeValue()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Logging;

            public static class CustomerParts
            {
                public static void Deconstruct(this Customer customer, out string email, out string notes)
                {
                    email = customer.Email;
                    notes = customer.Notes;
                }
            }

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    var (email, notes) = customer;
                    logger.LogInformation({|#0:email|});
                    logger.LogInformation({|#1:notes|});
                }
            }
            """,
            Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 0, true, WholeCustomer, "LogInformation"),
            Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 1, true, WholeCustomer, "LogInformation"));
    }

    [Theory]
    [InlineData("var (a, b) = Lookup(;")]
    [InlineData("var (a, (b, c)) = Lookup(customer); logger.LogInformation(b);")]
    [InlineData("var (a, b, c) = Lookup(customer); logger.LogInformation(c);")]
    [InlineData("var (a, b) = Missing(customer); logger.LogInformation(a);")]
    [InlineData("var pair = Lookup(customer); logger.LogInformation(pair.Item9);")]
    [InlineData("(var a, _) = Broken(customer); logger.LogInformation(a);")]
    public async Task IncompleteCode_DoesNotThrow(string statements)
    {
        await Verify.VerifyDoesNotThrowAsync($$"""
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    {{statements}}
                }

                private (string, string) Lookup(Customer customer) => (customer.Email, customer.Notes);

                private (string, string) Broken(Customer customer) => (customer.Email;
            }
            """);
    }
}
