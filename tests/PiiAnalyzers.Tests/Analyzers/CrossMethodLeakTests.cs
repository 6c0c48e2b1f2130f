using Microsoft.CodeAnalysis.Testing;
using ExceptionVerify = PiiAnalyzers.Tests.Analyzers.LeakVerifier<PiiAnalyzers.Analyzers.ExceptionMessageAnalyzer>;
using SharingVerify = PiiAnalyzers.Tests.Analyzers.StorageVerifier<PiiAnalyzers.Analyzers.PersonalDataSharingAnalyzer>;
using StorageVerify = PiiAnalyzers.Tests.Analyzers.StorageVerifier<PiiAnalyzers.Analyzers.PersonalDataStorageAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>PII0002, PII0003 and PII0005 through a method of the compilation: reported where the data enters the call.</summary>
public class CrossMethodLeakTests
{
    [Fact]
    public async Task PaymentGatewayHelper_ThatPostsWhatItIsGiven_IsReportedAtEachPersonalArgument()
    {
        await SharingVerify.VerifyAsync("""
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Threading.Tasks;

            public sealed class PaymentGateway(HttpClient client)
            {
                public Task<HttpResponseMessage> Charge(string buyer, string email, string phone, decimal amount) =>
                    client.PostAsync("https://pay.example/charge", {|#1:new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["buyer"] = buyer,
                        ["email"] = email,
                        ["phone"] = phone,
                        ["amount"] = amount.ToString(),
                    })|});
            }

            public class Checkout
            {
                public Task Pay(PaymentGateway gateway, Account account, decimal amount) =>
                    gateway.Charge("guest", {|#0:account.Email|}, account.Phone, amount);
            }
            """,
            SharingVerify.Diagnostic(DiagnosticDescriptors.PersonalDataSharedUndeclared, 0, sensitive: false, "Account.Email (contact.email)", "PaymentGateway.Charge(email) → \"https://pay.example/charge\""),

            // Inside the helper, its parameters are inferred to be personal from their names: a suggestion there.
            new DiagnosticResult(DiagnosticDescriptors.PersonalDataSharedUndeclaredInferred).WithLocation(1).WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info)
                .WithArguments("email (contact.email), phone (contact.phone)", "\"https://pay.example/charge\"", "email"));
    }

    [Fact]
    public async Task StorageHelper_ThatWritesAFile_IsReportedAtTheCall()
    {
        await StorageVerify.VerifyAsync("""
            using System.IO;

            public static class Archive
            {
                public static void Save(string path, string line) => File.AppendAllText(path, line);
            }

            public class Exporter
            {
                public void Export(Account account)
                {
                    Archive.Save("ids.txt", {|#0:account.IdCardNumber|});
                    Archive.Save("notes.txt", account.Notes);
                }
            }
            """,
            StorageVerify.Diagnostic(DiagnosticDescriptors.PersonalDataStoredUnencrypted, 0, sensitive: true, "Account.IdCardNumber (identity.national-id)", "Archive.Save(line) → File.AppendAllText"));
    }

    [Fact]
    public async Task GuardHelper_ThatThrowsWithTheValue_IsReportedAtTheCall()
    {
        await ExceptionVerify.VerifyAsync("""
            using System;

            public static class Guard
            {
                public static void Known(string value, bool known)
                {
                    if (!known)
                    {
                        throw new InvalidOperationException($"Unknown customer {value}");
                    }
                }
            }

            public class Service
            {
                public void Run(Customer customer, bool known)
                {
                    Guard.Known({|#0:customer.Email|}, known);
                    Guard.Known(customer.Id.ToString(), known);
                }
            }
            """,
            ExceptionVerify.Diagnostic(DiagnosticDescriptors.PersonalDataInExceptionMessage, 0, false, "Customer.Email (contact.email)", "Guard.Known(value) → InvalidOperationException"));
    }
}
