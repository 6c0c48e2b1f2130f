using PiiAnalyzers.DataFlow;
using PiiAnalyzers.ThirdParties;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>
/// The third-party catalog as data: the built-in file reads cleanly, docs/third-parties.md lists every row in file order
/// as <see cref="RecipientLine"/> and <see cref="CallLine"/> write them, and a row that cannot be read is a problem naming
/// its line and what is wrong.
/// </summary>
public class ThirdPartyCatalogTests
{
    [Fact]
    public void BuiltInCatalog_ReadsWithoutProblems_AndEveryRecipientReceivesData()
    {
        var catalog = ThirdPartyCatalog.BuiltIn;

        Assert.Empty(ThirdPartyCatalog.BuiltInProblems);
        Assert.Equal(catalog.Recipients.Length, catalog.Recipients.Select(recipient => recipient.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(catalog.Recipients, recipient => Assert.Contains(catalog.Calls, call => call.Recipient == recipient));
        Assert.All(catalog.Recipients, recipient => Assert.NotEmpty(recipient.Packages));
    }

    [Fact]
    public void BuiltInCatalog_HasTheRecipientsTheIssueAsksFor()
    {
        var ids = ThirdPartyCatalog.BuiltIn.Recipients.Select(recipient => recipient.Id).ToArray();

        Assert.Equal(
            new[]
            {
                "twilio", "sendgrid", "aws-ses", "aws-sns", "aws-s3", "azure-communication-sms", "azure-communication-email",
                "azure-blob-storage", "stripe", "sentry", "application-insights", "segment", "mixpanel", "firebase-messaging",
                "alipay", "wechat-pay", "aliyun-sms", "aliyun-oss", "tencent-sms", "tencent-cos", "azure-openai", "openai",
                "microsoft-extensions-ai", "semantic-kernel",
            },
            ids);
    }

    [Fact]
    public void DocsPage_ListsEveryRecipientAndCall_InFileOrder()
    {
        var page = RepositoryFiles.Read("docs/third-parties.md").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var catalog = ThirdPartyCatalog.BuiltIn;

        var recipients = catalog.Recipients.Select(RecipientLine).ToArray();
        var calls = catalog.Calls.Select(CallLine).ToArray();

        Assert.True(recipients.SequenceEqual(Section(page, "## Recipients")), "docs/third-parties.md should list, under ## Recipients:\n" + string.Join("\n", recipients));
        Assert.True(calls.SequenceEqual(Section(page, "## Calls")), "docs/third-parties.md should list, under ## Calls:\n" + string.Join("\n", calls));
    }

    [Theory]
    [InlineData("call: Acme.Client | exactly | Send | *", 1, "a 'call:' row comes after the 'recipient:' row it sends data to")]
    [InlineData("recipient: acme | Acme SMS | Acme Ltd. | GB | sms", 1, "a 'recipient:' row has 6 fields (id | service | company | country | kind | packages), not 5")]
    [InlineData("recipient: acme | Acme SMS |  | GB | sms | Acme", 1, "the company of a recipient is empty")]
    [InlineData("recipient: acme sms | Acme SMS | Acme Ltd. | GB | sms | Acme", 1, "the recipient id 'acme sms' contains white space")]
    [InlineData("recipient: acme | Acme SMS | Acme Ltd. | UK-GB | sms | Acme", 1, "the country 'UK-GB' is not an ISO 3166-1 alpha-2 code (US, CN, IE) or '-'")]
    [InlineData("recipient: Twilio | Acme SMS | Acme Ltd. | GB | sms | Acme", 1, "the recipient id 'Twilio' is already in the catalog")]
    [InlineData("recipient: acme | Acme SMS | Acme Ltd. | GB | sms | Acme\nrecipient: acme | Acme Mail | Acme Ltd. | GB | email | Acme", 2, "the recipient id 'acme' is already in the catalog")]
    [InlineData("recipient: acme | Acme SMS | Acme Ltd. | GB | sms | Acme\n\n# the client\ncall: Acme.Client | every | Send | *", 4, "the match 'every' is not 'exactly', 'derived' or 'implemented'")]
    [InlineData("recipient: acme | Acme SMS | Acme Ltd. | GB | sms | Acme\ncall: Acme Client | exactly | Send | *", 2, "'Acme Client' is not a type's metadata name (Namespace.Type, Namespace.Generic`1)")]
    [InlineData("recipient: acme | Acme SMS | Acme Ltd. | GB | sms | Acme\ncall: Acme.Client | exactly | Send()", 2, "a 'call:' row has 4 fields (type | match | methods | arguments), and may end in '| when <type>'; this one has 3")]
    [InlineData("recipient: acme | Acme SMS | Acme Ltd. | GB | sms | Acme\ncall: Acme.Client | exactly | Send() | *", 2, "'Send()' is not a list of method names (a name ending in '*' is a prefix)")]
    [InlineData("recipient: acme | Acme SMS | Acme Ltd. | GB | sms | Acme\ncall: Acme.Client | exactly | Send | to text", 2, "'to text' is not '*' or a list of parameter names")]
    [InlineData("recipient: acme | Acme SMS | Acme Ltd. | GB | sms | Acme\ncall: Acme.Client | exactly | Send | * | if Acme.Other", 2, "the last field 'if Acme.Other' is not 'when <type metadata name>'")]
    [InlineData("recipient: acme | Acme SMS | Acme Ltd. | GB | sms | Acme\nset: Acme.Client | exactly | Phone*", 2, "'Phone*' is not a list of property names")]
    [InlineData("recipient: acme | Acme SMS | Acme Ltd. | GB | sms | Acme\nsend: Acme.Client | exactly | Send | *", 2, "a row starts with 'recipient:', 'call:', 'new:' or 'set:'")]
    public void BadRow_IsAProblemNamingItsLine_AndIsLeftOut(string text, int line, string message)
    {
        var reading = ThirdPartyCatalog.Read(text);

        var problem = Assert.Single(reading.Problems);
        Assert.Equal(line, problem.Line);
        Assert.Equal(message, problem.Message);
        Assert.Empty(reading.Catalog.Calls);
    }

    [Fact]
    public void GoodRows_BecomeRecipientsAndSinkRows()
    {
        var reading = ThirdPartyCatalog.Read("""
            # Acme's SDK
            recipient: acme | Acme SMS | Acme Ltd. | GB | sms | Acme.Sms, Acme.Sms.Extensions
            call: Acme.Sms.IAcmeClient | implemented | Send*, Queue | to, text
            new:  Acme.Sms.Message | exactly | *
            set:  Acme.Sms.Profile | derived | Phone, Name | when Acme.Sms.ProfileClient
            """);

        Assert.Empty(reading.Problems);
        var recipient = Assert.Single(reading.Catalog.Recipients);
        Assert.Equal(("acme", "Acme SMS", "Acme Ltd.", "GB", "sms"), (recipient.Id, recipient.Service, recipient.Company, recipient.Country, recipient.Kind));
        Assert.Equal(new[] { "Acme.Sms", "Acme.Sms.Extensions" }, recipient.Packages);
        Assert.Equal(
            new[]
            {
                "| `acme` | `Acme.Sms.IAcmeClient` | implemented | `Send…`, `Queue` | `to`, `text` |  |",
                "| `acme` | `Acme.Sms.Message` | exactly | constructors | every argument |  |",
                "| `acme` | `Acme.Sms.Profile` | derived | `Phone` (set) | the assigned value | when `Acme.Sms.ProfileClient` is visible |",
                "| `acme` | `Acme.Sms.Profile` | derived | `Name` (set) | the assigned value | when `Acme.Sms.ProfileClient` is visible |",
            },
            reading.Catalog.Calls.Select(CallLine));
        Assert.All(reading.Catalog.Calls, call => Assert.Same(recipient, call.Recipient));
    }

    [Theory]
    [InlineData("twilio", true)]
    [InlineData("TWILIO SMS", true)]
    [InlineData(" Twilio Inc. ", true)]
    [InlineData("Twilio Inc", false)]
    [InlineData("SendGrid", false)]
    public void ARecipientIsNamedByItsIdServiceOrCompany_WithoutCase(string declared, bool named)
    {
        var twilio = ThirdPartyCatalog.BuiltIn.Recipients.Single(recipient => recipient.Id == "twilio");

        Assert.Equal(named, twilio.IsNamedBy(declared));
    }

    [Theory]
    [InlineData("wechat-pay")]
    [InlineData("WeChat Pay")]
    [InlineData("微信支付")]
    [InlineData("财付通支付科技有限公司")]
    [InlineData("Tenpay Payment Technology Co., Ltd.")]
    public void ARecipientIsNamedByAnyOfItsNames_AndShownByTheFirst(string declared)
    {
        var wechat = ThirdPartyCatalog.BuiltIn.Recipients.Single(recipient => recipient.Id == "wechat-pay");

        Assert.True(wechat.IsNamedBy(declared));
        Assert.False(wechat.IsNamedBy("WeChat Pay / 微信支付 Ltd"));
        Assert.Equal("WeChat Pay (Tenpay Payment Technology Co., Ltd., CN)", wechat.DisplayName);
    }

    [Fact]
    public void ARecipientChosenAtRunTime_IsNamedByAnyRecipient_AndShownWithoutACountry()
    {
        var model = ThirdPartyCatalog.BuiltIn.Recipients.Single(recipient => recipient.Id == "microsoft-extensions-ai");

        Assert.True(model.IsNamedBy("OpenAI"));
        Assert.Equal("Microsoft.Extensions.AI model (the provider configured at run time)", model.DisplayName);
    }

    // How docs/third-parties.md writes a recipient.
    private static string RecipientLine(ThirdParty recipient) =>
        $"| `{recipient.Id}` | {recipient.Service} | {recipient.Company} | {recipient.Country} | {recipient.Kind} | {string.Join(", ", recipient.Packages.Select(package => $"`{package}`"))} |";

    // How docs/third-parties.md writes a call: recipient, type, match, members, data, condition.
    private static string CallLine(ThirdPartyCall call)
    {
        var row = call.Row;
        var match = row.Match switch
        {
            SinkTypeMatch.Exactly => "exactly",
            SinkTypeMatch.Derived => "derived",
            _ => "implemented",
        };
        var members = row.Kind switch
        {
            SinkMemberKind.Constructor => "constructors",
            SinkMemberKind.Property => $"`{row.Members[0]}` (set)",
            _ => string.Join(", ", row.Members.Select(member => member == SinkRow.EveryMember
                ? "every method"
                : member.EndsWith('*') ? $"`{member.TrimEnd('*')}…`" : $"`{member}`")),
        };
        var data = row.Kind == SinkMemberKind.Property
            ? "the assigned value"
            : row.Arguments.All(argument => argument.ParameterName is null)
                ? "every argument"
                : string.Join(", ", row.Arguments.Select(argument => $"`{argument.ParameterName}`"));
        var condition = call.RequiredType is { } required ? $"when `{required}` is visible" : string.Empty;
        return $"| `{call.Recipient.Id}` | `{row.TypeMetadataName}` | {match} | {members} | {data} | {condition} |";
    }

    private static string[] Section(string[] page, string heading)
    {
        var start = Array.IndexOf(page, heading);
        Assert.True(start >= 0, $"docs/third-parties.md has no '{heading}' section");
        return page.Skip(start + 1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .ToArray();
    }
}
