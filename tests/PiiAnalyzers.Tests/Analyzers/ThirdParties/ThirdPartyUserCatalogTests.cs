using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.ThirdParties;
using PiiAnalyzers.Tests.Verifiers;
using static PiiAnalyzers.Tests.Analyzers.ThirdPartyVerifier;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>
/// A project's own rows (an AdditionalFile named pii.third-parties.txt): they send data to the company they name, a row
/// that cannot be read is PII0009 at the row, and PII0005 carries its recipient in its properties. Code being typed never
/// makes the rules throw.
/// </summary>
public class ThirdPartyUserCatalogTests
{
    private const string AcmeClient = """
        namespace Acme.Sms
        {
            public class AcmeClient
            {
                public void Send(string to, string text, int retries) { }
            }
        }
        """;

    private const string UserCatalog = """
        # Our SMS provider
        recipient: acme-sms | Acme SMS | Acme Ltd. | GB | sms | Acme.Sms
        call: Acme.Sms.AcmeClient | exactly | Send | to, text
        """;

    [Fact]
    public async Task AUserRow_SendsToItsRecipient()
    {
        var test = Create("""
            public class Notifier
            {
                public void Run(Acme.Sms.AcmeClient acme, Customer customer) =>
                    acme.Send({|#0:customer.Phone|}, {|#1:"Hello " + customer.Name|}, customer.Name.Length);
            }
            """);
        test.TestState.Sources.Add(("/Acme.cs", AcmeClient));
        test.TestState.AdditionalFiles.Add(("/config/pii.third-parties.txt", UserCatalog));

        await VerifyAsync(
            test,
            Sent(0, "Customer.Phone (contact.phone)", "Acme SMS (Acme Ltd., GB)"),
            Sent(1, "Customer.Name (profile.name)", "Acme SMS (Acme Ltd., GB)"));
    }

    [Fact]
    public async Task AUserFilesBadRow_IsReportedAtTheRow_AndTheOtherRowsCount()
    {
        var test = new CSharpAnalyzerVerifier<ThirdPartyCatalogFileAnalyzer>.Test { TestCode = "public class Empty { }" };
        test.TestState.AdditionalFiles.Add(("/pii.third-parties.txt", UserCatalog + "\ncall: Acme.Sms.AcmeClient | every | Queue | *\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.InvalidThirdPartyRow)
            .WithSpan("/pii.third-parties.txt", 4, 1, 4, 46)
            .WithArguments("the match 'every' is not 'exactly', 'derived' or 'implemented'"));

        await test.RunAsync(CancellationToken.None);
        Assert.Single(ThirdPartyCatalog.Read(UserCatalog + "\ncall: Acme.Sms.AcmeClient | every | Queue | *\n").Catalog.Calls);
    }

    [Fact]
    public async Task OtherAdditionalFiles_AreNotCatalogs()
    {
        var test = new CSharpAnalyzerVerifier<ThirdPartyCatalogFileAnalyzer>.Test { TestCode = "public class Empty { }" };
        test.TestState.AdditionalFiles.Add(("/third-parties.txt", "not a catalog"));

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task PII0005_AboutACatalogRecipient_CarriesItInItsProperties_AndAboutARequestCarriesNone()
    {
        var diagnostics = await AnalyzeAsync("""
            public class Notifier
            {
                public async System.Threading.Tasks.Task Run(System.Net.Http.HttpClient http, Customer customer)
                {
                    await Twilio.Rest.Api.V2010.Account.MessageResource.CreateAsync(customer.Phone);
                    await http.PostAsync("https://partner.example/users", new System.Net.Http.StringContent(customer.Name));
                }
            }
            """);

        Assert.Equal(2, diagnostics.Length);
        Assert.Equal(
            new Dictionary<string, string?>
            {
                [ThirdPartyProperties.Recipient] = "twilio",
                [ThirdPartyProperties.Service] = "Twilio SMS",
                [ThirdPartyProperties.Company] = "Twilio Inc.",
                [ThirdPartyProperties.Country] = "US",
                [ThirdPartyProperties.Kind] = "sms",
            },
            diagnostics[0].Properties.ToDictionary(pair => pair.Key, pair => pair.Value));
        Assert.Empty(diagnostics[1].Properties);
    }

    [Fact]
    public void ThirdPartyFlows_ListDeclaredAndUndeclaredData_PerRecipient_AndTheVisibleRecipients()
    {
        var compilation = Compilation("""
            using OpenAI.Chat;

            public class Replies
            {
                public void Run(ChatClient chat, Customer customer)
                {
                    Twilio.Rest.Api.V2010.Account.MessageResource.CreateAsync(customer.Address, body: customer.Phone);
                    Ask(chat, $"Reply to {customer.Name}");
                }

                private static void Ask(ChatClient chat, string prompt) => chat.CompleteChat(new UserChatMessage(prompt));
            }
            """);

        var flows = ThirdPartyFlows.Find(compilation, options: null);

        Assert.Equal(
            new[]
            {
                "twilio customer.Address: Customer.Address declared Customer.Address",
                "twilio customer.Phone: Customer.Phone declared ",
                "openai $\"Reply to {customer.Name}\": Customer.Name declared ",
            },
            flows.Select(flow => $"{flow.Recipient.Id} {flow.Location.SourceTree!.GetText().ToString(flow.Location.SourceSpan)}: "
                + $"{string.Join(", ", flow.Sources.Select(source => source.DisplayName))} declared {string.Join(", ", flow.Declared.Select(source => source.DisplayName))}"));
        Assert.Equal("Replies.Ask(prompt) → OpenAI API (OpenAI, L.L.C., US)", flows[2].Target);
        Assert.Contains(ThirdPartyFlows.VisibleRecipients(compilation, options: null), recipient => recipient.Id == "semantic-kernel");
    }

    [Theory]
    [InlineData("class C { void M(Twilio.Rest.Api.V2010.Account.MessageResource r, Customer c) { Twilio.Rest.Api.V2010.Account.MessageResource.Create(new Twilio.Rest.Api.V2010.Account.CreateMessageOptions(c.) { Body = }); } }")]
    [InlineData("class C { void M(OpenAI.Chat.ChatClient chat, Customer c) { var o = new Stripe.CustomerCreateOptions(); o. = c.Phone; o.Email = ; chat.CompleteChat(OpenAI.Chat.ChatMessage.CreateUserMessage(, new OpenAI.Chat.UserChatMessage(c.Name)); } }")]
    [InlineData("class C { void M(Sentry.Scope s, Customer c) { s.User = new Sentry.SentryUser { Email = c. ; Sentry.SentrySdk.ConfigureScope(x => x.User. = c.Name); } }")]
    [InlineData("class C { async System.Threading.Tasks.Task M(Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService s, Customer c) { var h = new Microsoft.SemanticKernel.ChatCompletion.ChatHistory(); h.AddUserMessage(c.); await s.GetChatMessageContentsAsync(h, ); } }")]
    public async Task IncompleteCode_DoesNotThrow(string source)
    {
        var compilation = Compilation(source);

        await AnalyzerExceptions.AssertNoneAsync(compilation, new PersonalDataSharingAnalyzer(), new ThirdPartyCatalogFileAnalyzer());
    }

    private static CSharpCompilation Compilation(string source) =>
        CSharpCompilation.Create(
            "TestAssembly",
            new[] { source, Customer }.Select(text => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest))),
            TestReferences.All.Add(ThirdPartyStandIns.Libraries),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
    {
        var diagnostics = await Compilation(source)
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PersonalDataSharingAnalyzer()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return diagnostics.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start).ToImmutableArray();
    }
}
