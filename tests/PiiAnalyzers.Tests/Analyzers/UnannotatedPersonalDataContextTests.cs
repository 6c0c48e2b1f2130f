using Microsoft.CodeAnalysis.Testing;
using PiiAnalyzers.Analyzers;
using VerifyCS = PiiAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PiiAnalyzers.Analyzers.UnannotatedPersonalDataAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>PII0006 reading a member's type, its owner and its neighbours, its confidence, and what the code declares not personal.</summary>
public class UnannotatedPersonalDataContextTests
{
    [Fact]
    public async Task ThingsNames_AreNotReported_APersonsAre()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            public class ScheduledTask
            {
                public string Name { get; set; } = "";
                public string FullName { get; set; } = "";
                public string? {|#0:OwnerName|} { get; set; }
            }

            public class CustomerGroup
            {
                public string Name { get; set; } = "";
            }

            public class DeviceProfile
            {
                public string DisplayName { get; set; } = "";
            }

            public class CustomerGroupMember
            {
                public string {|#1:FullName|} { get; set; } = "";
            }
            """,
            Expected(0, "ScheduledTask.OwnerName", "profile.name"),
            Expected(1, "CustomerGroupMember.FullName", "profile.name"));
    }

    [Fact]
    public async Task PlacesOfBusinessesAndTaxAreas_AndUrls_AreNotReported_ACustomersAre()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            public class TaxRate
            {
                public string ZipCode { get; set; } = "";
            }

            public class Warehouse
            {
                public string PostalCode { get; set; } = "";
            }

            public class Subscription
            {
                public string WebhookAddress { get; set; } = "";
                public System.Uri? Address { get; set; }
            }

            public class ShippingPriceRequest
            {
                public string? {|#0:ShippingAddress|} { get; set; }
            }

            public class Customer
            {
                public string? {|#1:ZipCode|} { get; set; }
            }
            """,
            Expected(0, "ShippingPriceRequest.ShippingAddress", "contact.address"),
            Expected(1, "Customer.ZipCode", "contact.address"));
    }

    [Fact]
    public async Task MachinesIps_AreNotReported_AConnectionsRemoteEndIs()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using System.Collections.Generic;
            using System.Net;

            public class ForwardedHeaders
            {
                public List<IPAddress> KnownProxies { get; } = new();
                public IPAddress? ListenAddress { get; set; }
                public string? ServerIp { get; set; }
            }

            public class ClientConnection
            {
                public IPEndPoint? {|#0:RemoteEndPoint|} { get; set; }
                public IPEndPoint? LocalEndPoint { get; set; }
                public EndPoint? {|#1:ClientEndPoint|} { get; set; }
            }
            """,
            Expected(0, "ClientConnection.RemoteEndPoint", "online.ip-address"),
            Expected(1, "ClientConnection.ClientEndPoint", "online.ip-address"));
    }

    [Fact]
    public async Task DeviceIds_AreReported_NotHardwarePartsOrRowKeys()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            public class DiskInfo
            {
                public string DeviceId { get; set; } = "";
            }

            public class AudioDevice
            {
                public string DeviceId { get; set; } = "";
            }

            public class UserDevice
            {
                public int DeviceId { get; set; }
                public string? {|#0:PushToken|} { get; set; }
            }

            public class Session
            {
                public string? {|#1:DeviceId|} { get; set; }
                public string? {|#2:InstallationId|} { get; set; }
                public System.Guid {|#3:AdvertisingId|} { get; set; }
            }
            """,
            Expected(0, "UserDevice.PushToken", "device.id"),
            Expected(1, "Session.DeviceId", "device.id"),
            Expected(2, "Session.InstallationId", "device.id"),
            Expected(3, "Session.AdvertisingId", "device.id"));
    }

    [Fact]
    public async Task CardSecurityCodes_AreReported_WhereACardIsNamed_BankCodesAreNot()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            public class ApplicationUser
            {
                public string? {|#0:CardNumber|} { get; set; }
                public string? {|#1:SecurityNumber|} { get; set; }
                public string? {|#2:Expiration|} { get; set; }
                public string? {|#3:PasswordHint|} { get; set; }
            }

            public record PaymentRequest(string {|#4:CardSecurityNumber|}, string {|#5:Cvv|});

            public class TwoFactorChallenge
            {
                public string SecurityCode { get; set; } = "";
                public string Expiration { get; set; } = "";
            }

            public class Payout
            {
                public string RoutingNumber { get; set; } = "";
                public string SwiftCode { get; set; } = "";
            }
            """,
            Expected(0, "ApplicationUser.CardNumber", "financial.bank-account"),
            Expected(1, "ApplicationUser.SecurityNumber", "financial.payment"),
            Expected(2, "ApplicationUser.Expiration", "financial.payment"),
            Expected(3, "ApplicationUser.PasswordHint", "account.credential"),
            Expected(4, "PaymentRequest.CardSecurityNumber", "financial.payment"),
            Expected(5, "PaymentRequest.Cvv", "financial.payment"));
    }

    [Fact]
    public async Task Diagnostic_CarriesTheConfidence()
    {
        var diagnostics = await UnannotatedPersonalDataAnalyzerTests.CollectAsync("""
            public class Address
            {
                public string Street { get; set; } = "";
            }

            public class Customer
            {
                public string Email { get; set; } = "";
                public string Name { get; set; } = "";
                public string PasswordHash { get; set; } = "";
                public Address? ShippingAddress { get; set; }
                public System.Guid DeviceId { get; set; }
            }
            """);

        var confidences = diagnostics.ToDictionary(
            diagnostic => diagnostic.GetMessage().Split('\'')[1],
            diagnostic => diagnostic.Properties[UnannotatedPersonalDataAnalyzer.ConfidenceProperty]);
        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["Address.Street"] = "medium",
                ["Customer.Email"] = "high",
                ["Customer.Name"] = "medium",
                ["Customer.PasswordHash"] = "low",
                ["Customer.ShippingAddress"] = "medium",
                ["Customer.DeviceId"] = "medium",
            },
            confidences);
    }

    [Fact]
    public async Task NotPersonalData_OnAMemberOrAType_SilencesIt()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using PiiAnalyzers;

            public class Newsletter
            {
                [NotPersonalData(Reason = "The list's own address, which subscribers write to")]
                public string Email { get; set; } = "";

                public string? {|#0:OwnerEmail|} { get; set; }
            }

            [NotPersonalData]
            public class DemoData
            {
                public string Email { get; set; } = "";
                public string Phone { get; set; } = "";
            }

            public record Visit([NotPersonalData] string ClientIp, string {|#1:UserAgent|});
            """,
            Expected(0, "Newsletter.OwnerEmail", "contact.email"),
            Expected(1, "Visit.UserAgent", "device.info"));
    }

    [Fact]
    public async Task NoDataClassification_SilencesIt()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            namespace Microsoft.Extensions.Compliance.Classification
            {
                public readonly struct DataClassification
                {
                    public DataClassification(string t, string v) { }
                }

                public abstract class DataClassificationAttribute : System.Attribute
                {
                    protected DataClassificationAttribute(DataClassification c) { }
                }

                public sealed class NoDataClassificationAttribute : DataClassificationAttribute
                {
                    public NoDataClassificationAttribute() : base(default) { }
                }
            }

            namespace App
            {
                public class Mailbox
                {
                    [Microsoft.Extensions.Compliance.Classification.NoDataClassification]
                    public string Email { get; set; } = "";

                    public string? {|#0:Phone|} { get; set; }
                }
            }
            """,
            Expected(0, "Mailbox.Phone", "contact.phone"));
    }

    [Fact]
    public async Task NotPersonalList_SilencesMembersTypesAndNamespaces()
    {
        await VerifyCS.VerifyAnalyzerAsync(
            """
            namespace Acme.Jobs
            {
                public class Digest
                {
                    public string Email { get; set; } = "";
                    public string? {|#0:Phone|} { get; set; }
                }

                public class Report
                {
                    public string Email { get; set; } = "";
                    public string Phone { get; set; } = "";
                }
            }

            namespace Acme.Infrastructure.Mail
            {
                public class Relay
                {
                    public string Email { get; set; } = "";
                }
            }

            namespace Acme.Shop
            {
                public class Customer
                {
                    public string {|#1:Email|} { get; set; } = "";
                }
            }
            """,
            """
            root = true

            [*.cs]
            pii_not_personal = P:Acme.Jobs.Digest.Email, T:Acme.Jobs.Report, N:Acme.Infrastructure
            """,
            Expected(0, "Digest.Phone", "contact.phone"),
            Expected(1, "Customer.Email", "contact.email"));
    }

    private static DiagnosticResult Expected(int location, string member, string category) =>
        VerifyCS.Diagnostic(DiagnosticDescriptors.UnannotatedPersonalData).WithLocation(location).WithArguments(member, category);
}
