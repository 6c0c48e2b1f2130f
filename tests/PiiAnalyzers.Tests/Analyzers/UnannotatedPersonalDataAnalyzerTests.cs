using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PiiAnalyzers.Analyzers;
using VerifyCS = PiiAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PiiAnalyzers.Analyzers.UnannotatedPersonalDataAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

public class UnannotatedPersonalDataAnalyzerTests
{
    [Fact]
    public async Task UnannotatedMembers_AreReported_OnTheirName_WithTheSuggestedCategory()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using PiiAnalyzers;

            public class Customer
            {
                public int Id { get; set; }

                public string {|#0:Name|} { get; set; } = "";

                public string? {|#1:PhoneNumber|} { get; set; }

                private string {|#2:_idCardNo|} = "";

                public string {|#3:ShenFenZhengHao|} { get => _idCardNo; set => _idCardNo = value; }

                public string? {|#4:Sjh|};

                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";
            }
            """,
            Expected(0, "Customer.Name", "profile.name"),
            Expected(1, "Customer.PhoneNumber", "contact.phone"),
            Expected(2, "Customer._idCardNo", "identity.national-id"),
            Expected(3, "Customer.ShenFenZhengHao", "identity.national-id"),
            Expected(4, "Customer.Sjh", "contact.phone"));
    }

    [Fact]
    public async Task Diagnostic_CarriesTheSuggestedCategory_ForTheCodeFix()
    {
        var diagnostic = await SingleDiagnosticAsync("""
            public class Customer
            {
                public string? BankCardNumber { get; set; }
            }
            """);
        Assert.Equal("financial.bank-account", diagnostic.Properties[UnannotatedPersonalDataAnalyzer.CategoryProperty]);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
    }

    [Fact]
    public async Task FalseFriends_AreNotReported()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            public class Mailer
            {
                public string EmailTemplate { get; set; } = "";
                public string PhoneticSpelling { get; set; } = "";
                public string SmtpHost { get; set; } = "";
                public string PasswordPolicy { get; set; } = "";
                public string FileName { get; set; } = "";
                public string TypeName { get; set; } = "";
                public string HostName { get; set; } = "";
                public string NameSpace { get; set; } = "";
                public System.Net.Sockets.AddressFamily AddressFamily { get; set; }
                public string Name { get; set; } = "";
                public string SupportEmail { get; set; } = "";
            }
            """);
    }

    [Fact]
    public async Task MembersMarkedByAnyRecognizedMarker_AreNotReported()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using PiiAnalyzers;

            namespace Microsoft.AspNetCore.Identity
            {
                public class PersonalDataAttribute : System.Attribute { }
                public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }
            }

            namespace Microsoft.Extensions.Compliance.Classification
            {
                public class DataClassificationAttribute : System.Attribute { }
                public sealed class PrivateDataAttribute : DataClassificationAttribute { }
            }

            namespace App
            {
                public class ApplicationUser
                {
                    [Microsoft.AspNetCore.Identity.PersonalData]
                    public string? PhoneNumber { get; set; }

                    [Microsoft.AspNetCore.Identity.ProtectedPersonalData]
                    public string? Email { get; set; }

                    [Microsoft.Extensions.Compliance.Classification.PrivateData]
                    public string? HomeAddress { get; set; }

                    [PersonalData("loyalty.unknown")]
                    public string? Password { get; set; }
                }

                public record Customer([PersonalData(DataCategories.Contact.Email)] string Email, [property: PersonalData(DataCategories.Contact.Phone)] string Phone);
            }
            """);
    }

    [Fact]
    public async Task ConstantsAndConfigurationStatics_AreNotReported_MutableStaticsAre()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            public static class Session
            {
                public const string Email = "support@example.com";
                public static readonly string Phone = "400-000-0000";
                public static string Address => "Beijing";
                public static string? {|#0:CurrentUserEmail|};
            }
            """,
            Expected(0, "Session.CurrentUserEmail", "contact.email"));
    }

    [Fact]
    public async Task PositionalRecordParameter_IsReportedOnce_OnTheParameter()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            public record Customer(int Id, string {|#0:Email|}, string? {|#1:MobileNo|});

            public record struct Visit(System.DateTime At, string {|#2:ClientIp|});
            """,
            Expected(0, "Customer.Email", "contact.email"),
            Expected(1, "Customer.MobileNo", "contact.phone"),
            Expected(2, "Visit.ClientIp", "online.ip-address"));
    }

    [Fact]
    public async Task ClassPrimaryConstructorAndMethodParameters_AreNotReported()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            public class Registration(string email)
            {
                public string Describe(string phone, string password) => email + phone + password;
            }
            """);
    }

    [Fact]
    public async Task OverridesAndExplicitImplementations_AreLeftToTheMemberTheyImplement()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            public interface IContact
            {
                string {|#0:Email|} { get; }
            }

            public abstract class Person : IContact
            {
                public abstract string {|#1:Phone|} { get; }
                string IContact.Email => "";
            }

            public class Employee : Person
            {
                public override string Phone => "";
            }
            """,
            Expected(0, "IContact.Email", "contact.email"),
            Expected(1, "Person.Phone", "contact.phone"));
    }

    [Fact]
    public async Task TypesPersonalByNature_AreReported_WhateverTheirName()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using System.Collections.Generic;
            using System.Net;
            using System.Net.Mail;
            using System.Net.NetworkInformation;

            public class Visit
            {
                public MailAddress? {|#0:Contact|} { get; set; }
                public IPAddress? {|#1:Origin|} { get; set; }
                public PhysicalAddress? {|#2:Hardware|} { get; set; }
                public List<MailAddress> {|#3:Recipients|} { get; } = new();
                public IPAddress[] {|#4:Hops|} = [];
                public IPAddress? BindAddress { get; set; }
                public IPAddress? GatewayIp { get; set; }
            }

            public class ServerNode
            {
                public IPAddress? Address { get; set; }
            }
            """,
            Expected(0, "Visit.Contact", "contact.email"),
            Expected(1, "Visit.Origin", "online.ip-address"),
            Expected(2, "Visit.Hardware", "device.id"),
            Expected(3, "Visit.Recipients", "contact.email"),
            Expected(4, "Visit.Hops", "online.ip-address"));
    }

    [Fact]
    public async Task TypesThatCannotHoldTheData_AreNotReported()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using System;
            using System.Collections.Generic;

            public enum Gender { Unknown, Female, Male }

            public class Customer
            {
                public bool Email { get; set; }
                public Uri? Phone { get; set; }
                public TimeSpan Age { get; set; }
                public int Address { get; set; }
                public Action? Password { get; set; }
                public DayOfWeek Birthday { get; set; }
                public Gender {|#0:Gender|} { get; set; }
                public long? {|#1:Mobile|} { get; set; }
                public DateTimeOffset? {|#2:DateOfBirth|} { get; set; }
                public byte[]? {|#3:Photo|} { get; set; }
                public List<string> {|#4:Emails|} { get; } = new();
            }
            """,
            Expected(0, "Customer.Gender", "profile.gender"),
            Expected(1, "Customer.Mobile", "contact.phone"),
            Expected(2, "Customer.DateOfBirth", "profile.birth-date"),
            Expected(3, "Customer.Photo", "media.photo"),
            Expected(4, "Customer.Emails", "contact.email"));
    }

    [Fact]
    public async Task MemberOfAnAnnotatedType_IsNotReported_AnUnannotatedOneIs()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            using PiiAnalyzers;

            public class PostalAddress
            {
                [PersonalData(DataCategories.Contact.Address)]
                public string Street { get; set; } = "";
            }

            public class AddressDto
            {
                public string Line { get; set; } = "";
            }

            public class Customer
            {
                public PostalAddress? HomeAddress { get; set; }
                public AddressDto? {|#0:ShippingAddress|} { get; set; }
            }
            """,
            Expected(0, "Customer.ShippingAddress", "contact.address"));
    }

    [Fact]
    public async Task ConfigurationTypesAndAttributes_AreNotReported()
    {
        await VerifyCS.VerifyAnalyzerAsync("""
            public class SmtpOptions
            {
                public string UserName { get; set; } = "";
                public string Password { get; set; } = "";
                public string FromEmail { get; set; } = "";
            }

            public sealed class ContactAttribute : System.Attribute
            {
                public string Email { get; set; } = "";
            }
            """);
    }

    [Fact]
    public async Task GeneratedCode_IsNotReported()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/0/Customer.g.cs", """
            public class GeneratedCustomer
            {
                public string Email { get; set; } = "";
            }
            """));
        test.TestState.Sources.Add(("/0/Other.cs", """
            // <auto-generated/>
            public class OtherCustomer
            {
                public string Phone { get; set; } = "";
            }
            """));
        test.TestState.Sources.Add(("/0/Attributed.cs", """
            [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
            public class ToolCustomer
            {
                public string Password { get; set; } = "";
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task WithoutTheAttributesLibrary_NothingIsReported()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
                public class Customer
                {
                    public string Email { get; set; } = "";
                }
                """,
        };
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        await test.RunAsync();
    }

    [Fact]
    public async Task DiscoveryOff_ReportsNothing()
    {
        await VerifyCS.VerifyAnalyzerAsync(
            """
            public class Customer
            {
                public string Email { get; set; } = "";
            }
            """,
            """
            root = true

            [*.cs]
            pii_discovery = false
            """);
    }

    [Fact]
    public async Task DiscoveryOff_ForOneFolder_LeavesTheOthers()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/src/Customer.cs", """
            public class Customer
            {
                public string {|#0:Email|} { get; set; } = "";
            }
            """));
        test.TestState.Sources.Add(("/src/Legacy/OldCustomer.cs", """
            public class OldCustomer
            {
                public string Email { get; set; } = "";
            }
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [src/Legacy/**.cs]
            pii_discovery = false
            """));
        test.ExpectedDiagnostics.Add(Expected(0, "Customer.Email", "contact.email"));
        await test.RunAsync();
    }

    [Fact]
    public async Task AddedWords_AreFound_ForBuiltInAndCustomCategories()
    {
        await VerifyCS.VerifyAnalyzerAsync(
            """
            using PiiAnalyzers;

            [assembly: PersonalDataCategory("loyalty.member-id", "会员号", "loyalty member id")]

            public class Kunde
            {
                public string? {|#0:Tel|} { get; set; }
                public string? {|#1:HandyNummer|} { get; set; }
                public string? {|#2:MemberCardNo|} { get; set; }
                public string? Zorro { get; set; }
            }
            """,
            """
            root = true

            [*.cs]
            pii_discovery_words.contact.phone = tel, handy nummer
            pii_discovery_words.loyalty.member-id = member card
            pii_discovery_words.no.such-category = zorro
            """,
            Expected(0, "Kunde.Tel", "contact.phone"),
            Expected(1, "Kunde.HandyNummer", "contact.phone"),
            Expected(2, "Kunde.MemberCardNo", "loyalty.member-id"));
    }

    [Fact]
    public async Task ExcludedNamespaces_AreNotReported()
    {
        await VerifyCS.VerifyAnalyzerAsync(
            """
            namespace Acme.Legacy.Orders
            {
                public class Customer
                {
                    public string Email { get; set; } = "";
                }
            }

            namespace Acme.LegacyTools
            {
                public class Customer
                {
                    public string {|#0:Email|} { get; set; } = "";
                }
            }
            """,
            """
            root = true

            [*.cs]
            pii_discovery_exclude_namespaces = Acme.Legacy, Acme.Tests
            """,
            Expected(0, "Customer.Email", "contact.email"));
    }

    [Theory]
    [InlineData("public class Customer { public string Email { get; set; }")]
    [InlineData("public class Customer { public string Email")]
    [InlineData("public class Customer { public Emai Email { get; set; } public string Phone, ; }")]
    [InlineData("public record Customer(string Email, ")]
    [InlineData("public record (string Email);")]
    [InlineData("public class { string Phone; }")]
    [InlineData("public class Customer { [PersonalData(] public string Email { get; set; } }")]
    [InlineData("public class Customer { public string this[int phone] => \"\"; public event System.Action Email; }")]
    [InlineData("public class Customer<T> { public T Email; public Customer<Customer<T>> Next; }")]
    [InlineData("public partial class Customer { public partial string Email { get; set; } }")]
    [InlineData("class @class { int @int; string @Email; }")]
    public async Task IncompleteCode_NeverThrows(string source)
    {
        // Whatever the analyzer finds in broken code is fine; an exception is not.
        var exceptions = new List<Exception>();
        var diagnostics = await RunAndCollectAsync(source, exceptions);

        Assert.Empty(exceptions);
        Assert.All(diagnostics, diagnostic => Assert.Equal("PII0006", diagnostic.Id));
    }

    private static DiagnosticResult Expected(int location, string member, string category) =>
        VerifyCS.Diagnostic(DiagnosticDescriptors.UnannotatedPersonalData).WithLocation(location).WithArguments(member, category);

    /// <summary>The PII0006 diagnostics of a source, with the analyzer asserted not to throw.</summary>
    internal static async Task<IReadOnlyList<Diagnostic>> CollectAsync(string source)
    {
        var exceptions = new List<Exception>();
        var diagnostics = await RunAndCollectAsync(source, exceptions);
        Assert.Empty(exceptions);
        return diagnostics;
    }

    private static async Task<Diagnostic> SingleDiagnosticAsync(string source)
    {
        var exceptions = new List<Exception>();
        var diagnostics = await RunAndCollectAsync(source, exceptions);
        Assert.Empty(exceptions);
        return Assert.Single(diagnostics);
    }

    private static async Task<IReadOnlyList<Diagnostic>> RunAndCollectAsync(string source, List<Exception> exceptions)
    {
        var compilation = Verifiers.TestCompilation.Create(source);
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, _, _) =>
            {
                lock (exceptions)
                {
                    exceptions.Add(exception);
                }
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers([new UnannotatedPersonalDataAnalyzer()], options);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }
}
