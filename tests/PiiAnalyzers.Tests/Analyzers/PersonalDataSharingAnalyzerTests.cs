using Microsoft.CodeAnalysis.Testing;
using Verify = PiiAnalyzers.Tests.Analyzers.StorageVerifier<PiiAnalyzers.Analyzers.PersonalDataSharingAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

public class PersonalDataSharingAnalyzerTests
{
    private const string Email = "Account.Email (contact.email)";
    private const string IdCard = "Account.IdCardNumber (identity.national-id)";
    private const string WholeAccount = Email + ", " + IdCard + ", Account.MedicalNotes (health.medical)";

    private static DiagnosticResult Sent(int location, string data, string target) =>
        Verify.Diagnostic(DiagnosticDescriptors.PersonalDataSharedUndeclared, location, sensitive: false, data, target);

    [Fact]
    public async Task RequestContent_WithUndeclaredMembers_IsReportedAtTheValue_NamingMemberAndTarget()
    {
        await Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Text.Json;
            using System.Threading.Tasks;

            public class PartnerClient
            {
                private const string Url = "https://partner.example/api/users";

                public async Task Run(HttpClient client, Account account, string url)
                {
                    await client.PostAsync(url, {|#0:new StringContent(account.Email)|});
                    await client.PutAsync(Url, {|#1:new StringContent(JsonSerializer.Serialize(account))|});
                    await client.PostAsJsonAsync("https://partner.example/users", {|#2:account|});
                    await client.PatchAsJsonAsync(url, {|#3:new { account.IdCardNumber, account.Id }|});

                    var content = new StringContent(account.Email);
                    await client.PostAsync(url, {|#4:content|});
                }
            }
            """,
            Sent(0, Email, "url"),
            Sent(1, WholeAccount, "Url"),
            Sent(2, WholeAccount, "\"https://partner.example/users\""),
            Sent(3, IdCard, "url"),
            Sent(4, Email, "url"));
    }

    [Fact]
    public async Task QueryStringsBuiltIntoTheRequestUri_AreReported()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            public class PartnerClient
            {
                public async Task Run(HttpClient client, Account account)
                {
                    await client.GetAsync({|#0:$"https://partner.example/lookup?email={account.Email}"|});
                    var uri = new Uri("https://partner.example/lookup?id=" + Uri.EscapeDataString(account.IdCardNumber));
                    await client.GetStringAsync({|#1:uri|});
                    var request = new HttpRequestMessage(HttpMethod.Get, {|#2:$"/users/{account.Email}"|});
                    await client.SendAsync(request);
                }
            }
            """,
            Sent(0, Email, "$\"https://partner.example/lookup?email={account.Email}\""),
            Sent(1, IdCard, "uri"),
            Sent(2, Email, "$\"/users/{account.Email}\""));
    }

    [Fact]
    public async Task HttpRequestMessageContent_IsReported_NamingItsUriOrTheRequest()
    {
        await Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            public class PartnerClient
            {
                public async Task Run(HttpClient client, Account account)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://partner.example/users")
                    {
                        Content = {|#0:JsonContent.Create(account)|},
                    };
                    await client.SendAsync(request);

                    using var second = new HttpRequestMessage();
                    second.Content = {|#1:new StringContent(account.IdCardNumber)|};
                    await client.SendAsync(second);
                }
            }
            """,
            Sent(0, WholeAccount, "\"https://partner.example/users\""),
            Sent(1, IdCard, "second"));
    }

    [Fact]
    public async Task ATargetWrittenOverSeveralLines_IsNamedOnOneLine_AndCutAfterSixtyCharacters()
    {
        await Verify.VerifyAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;

            public class PartnerClient
            {
                public async Task Run(HttpClient client, Account account, string region)
                {
                    await client.PostAsync(
                        "https://partner.example/" +
                            region,
                        {|#0:new StringContent(account.Email)|});
                    await client.PostAsync(
                        "https://partner.example/api/v2/customers/registrations/" +   region   + "/verified",
                        {|#1:new StringContent(account.Email)|});
                }
            }
            """,
            Sent(0, Email, "\"https://partner.example/\" + region"),
            Sent(1, Email, "\"https://partner.example/api/v2/customers/registrations/\" + …"));
    }

    [Fact]
    public async Task SafePatterns_AreNotReported()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Security.Cryptography;
            using System.Text;
            using System.Threading.Tasks;

            public class PartnerClient
            {
                public async Task Run(HttpClient client, Account account, string url)
                {
                    // Declared with [SharedWith], hashed, not personal.
                    await client.PostAsync(url, new StringContent(account.Phone));
                    await client.PostAsJsonAsync(url, new { account.Phone, account.BankCard, account.Id });
                    await client.PostAsync(url, new StringContent(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(account.Email)))));
                    await client.GetAsync($"https://partner.example/accounts/{account.Id}?notes={account.Notes}");

                    // A local reassigned before it is sent.
                    var email = account.Email;
                    email = "anonymous";
                    await client.PostAsync(url, new StringContent(email));
                }
            }
            """);
    }

    [Fact]
    public async Task RequestsToFirstPartyHostsNamedInTheCode_AreNotReported()
    {
        await Verify.VerifyAsync(
            """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            public class Clients
            {
                private const string Api = "https://api.shop.example";

                public async Task Run(HttpClient client, Account account, string region, string path)
                {
                    // Our own services.
                    await client.PostAsJsonAsync("https://api.shop.example/users", account);
                    await client.GetAsync($"https://API.shop.example:8443/users?email={account.Email}");
                    await client.PostAsync(new Uri("https://auth.internal.shop.example/v1/" + path), new StringContent(account.Email));
                    await client.GetAsync(Api + "/users/" + account.Email);
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://billing.internal.shop.example/cards") { Content = new StringContent(account.IdCardNumber) };

                    // Not ours, or not known from the code.
                    await client.PostAsJsonAsync("https://api.shop.example.partner.example/users", {|#1:account|});
                    await client.PostAsync("https://internal.shop.example/users", {|#2:new StringContent(account.Email)|});
                    await client.PostAsync("https://api." + region + ".shop.example/users", {|#3:new StringContent(account.Email)|});
                    await client.PostAsync(Api + path, {|#4:new StringContent(account.Email)|});
                    await client.PostAsync("/users", {|#5:new StringContent(account.Email)|});
                }
            }
            """,
            "root = true\n\n[*.cs]\npii_first_party_hosts = api.shop.example, *.internal.shop.example\n",
            Sent(1, WholeAccount, "\"https://api.shop.example.partner.example/users\""),
            Sent(2, Email, "\"https://internal.shop.example/users\""),
            Sent(3, Email, "\"https://api.\" + region + \".shop.example/users\""),
            Sent(4, Email, "Api + path"),
            Sent(5, Email, "\"/users\""));
    }

    [Fact]
    public async Task ConfiguredSharingSinks_AreUsed()
    {
        await Verify.VerifyAsync(
            """
            namespace MyCo
            {
                public class SmsGateway
                {
                    public void Send(string phone, string text) { }
                }
            }

            public class Notifier
            {
                public void Run(MyCo.SmsGateway gateway, Account account)
                {
                    gateway.Send(account.Phone, {|#0:"Your id " + account.IdCardNumber|});
                }
            }
            """,
            "root = true\n\n[*.cs]\npii_sharing_sinks = T:MyCo.SmsGateway\n",
            Sent(0, IdCard, "SmsGateway.Send"));
    }

    [Theory]
    [InlineData("class C { async System.Threading.Tasks.Task M(System.Net.Http.HttpClient c, Account a) { await c.PostAsync(, new System.Net.Http.StringContent(a.Email)); } }")]
    [InlineData("class C { void M(Account a) { var r = new System.Net.Http.HttpRequestMessage { Content = , RequestUri = a. }; } }")]
    [InlineData("class C { void M(System.Net.Http.HttpClient c, Account a) { System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(c, null, a.); } }")]
    public async Task IncompleteCode_DoesNotThrow(string source)
    {
        await Verify.VerifyDoesNotThrowAsync(source);
    }
}
