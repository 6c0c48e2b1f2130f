using Microsoft.CodeAnalysis.Testing;
using Verify = PiiAnalyzers.Tests.Analyzers.LeakVerifier<PiiAnalyzers.Analyzers.ExceptionMessageAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

public class ExceptionMessageAnalyzerTests
{
    private const string Email = "Customer.Email (contact.email)";
    private const string Name = "Customer.Name (profile.name)";
    private const string IdCard = "Customer.IdCardNumber (identity.national-id)";

    private static DiagnosticResult InMessage(int location, string data, string exception, bool sensitive = false) =>
        Verify.Diagnostic(DiagnosticDescriptors.PersonalDataInExceptionMessage, location, sensitive, data, exception);

    [Fact]
    public async Task PersonalDataInAnyExceptionMessage_IsReported()
    {
        await Verify.VerifyAsync("""
            using System;

            public class CustomerNotFoundException : Exception
            {
                public CustomerNotFoundException(string message, Exception inner) : base(message, inner) { }
            }

            public class Service
            {
                public void Run(Customer customer, Exception inner)
                {
                    var a = new InvalidOperationException({|#0:$"No account for {customer.Email}"|});
                    var b = new CustomerNotFoundException({|#1:"Missing " + customer.Name|}, inner);
                    var c = new ArgumentException({|#2:customer.IdCardNumber|}, nameof(customer));

                    var message = string.Format("Duplicate {0}", customer.Email);
                    throw new Exception({|#3:message|});
                }
            }
            """,
            InMessage(0, Email, "InvalidOperationException"),
            InMessage(1, Name, "CustomerNotFoundException"),
            InMessage(2, IdCard, "ArgumentException", sensitive: true),
            InMessage(3, Email, "Exception"));
    }

    [Fact]
    public async Task NonPersonalMessages_AreNotReported()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Extensions.Compliance.Redaction;

            public class Service
            {
                public void Run(Customer customer, Redactor redactor, string code)
                {
                    var a = new InvalidOperationException($"Customer {customer.Id} not found");
                    var b = new ArgumentException("Email is empty", nameof(customer.Email));
                    var c = new ArgumentException($"Email of {customer.Id} has {customer.Email.Length} characters");
                    var d = new InvalidOperationException($"No account for {redactor.Redact(customer.Email)}");
                    var e = new InvalidOperationException(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(customer.Email))));
                    var f = new InvalidOperationException($"Not found: {code}");
                    var g = new ArgumentNullException(nameof(customer));
                    var h = new InvalidOperationException($"Customer {customer} is inactive");
                }
            }
            """);
    }

    [Fact]
    public async Task RecordPrintedIntoTheMessage_IsReported()
    {
        await Verify.VerifyAsync("""
            using System;
            using PiiAnalyzers;

            public record Contact(int Id, [PersonalData(DataCategories.Contact.Phone)] string Phone);

            public class Service
            {
                public void Run(Contact contact)
                {
                    throw new InvalidOperationException({|#0:$"Cannot reach {contact}"|});
                }
            }
            """,
            InMessage(0, "Contact.Phone (contact.phone)", "InvalidOperationException"));
    }

    [Theory]
    [InlineData("throw new System.Exception(customer.")]
    [InlineData("throw new System.Exception($\"{customer.Email\");")]
    [InlineData("throw new UnknownException(customer.Email);")]
    [InlineData("throw new System.Exception(customer.Email, );")]
    public async Task IncompleteCode_DoesNotThrow(string statement)
    {
        await Verify.VerifyDoesNotThrowAsync($$"""
            public class Service
            {
                public void Run(Customer customer)
                {
                    {{statement}}
                }
            }
            """);
    }
}
