namespace PiiAnalyzers.Cli.Tests.Commands;

/// <summary>
/// <c>pii inventory</c> of code lists the third parties of the SDK catalog next to those <c>[SharedWith]</c> declares:
/// what the code sends them and where, and an SDK it embeds without sending it personal data.
/// </summary>
public class InventoryThirdPartyTests
{
    // Stand-ins with the metadata names of the Twilio and Sentry client libraries, which the registry does not serve.
    private const string Sdks = """
        namespace Twilio.Rest.Api.V2010.Account
        {
            public class MessageResource
            {
                public static MessageResource Create(string to, string body) => new MessageResource();
            }
        }

        namespace Sentry
        {
            public static class SentrySdk
            {
                public static void CaptureMessage(string message) { }
            }
        }
        """;

    private const string Customer = """
        using PiiAnalyzers;

        namespace Shop;

        public class Customer
        {
            [PersonalData(DataCategories.Contact.Phone)]
            public string Phone { get; set; } = "";

            [PersonalData(DataCategories.Profile.Name)]
            [SharedWith("Twilio", Purpose = "Order text messages")]
            public string Name { get; set; } = "";
        }
        """;

    private const string Notifier = """
        namespace Shop;

        public static class Notifier
        {
            public static void Shipped(Customer customer) =>
                Twilio.Rest.Api.V2010.Account.MessageResource.Create(customer.Phone, "Shipped, " + customer.Name);
        }
        """;

    [Fact]
    public void Folder_ListsTheCatalogsRecipients_MergedWithTheDeclaredOnes()
    {
        var folder = TestFiles.TempFolder();
        File.WriteAllText(Path.Combine(folder, "Sdks.cs"), Sdks);
        File.WriteAllText(Path.Combine(folder, "Customer.cs"), Customer);
        File.WriteAllText(Path.Combine(folder, "Notifier.cs"), Notifier);

        var result = CliResult.Run("inventory", folder, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var thirdParties = result.Output[result.Output.IndexOf("  \"thirdParties\"", StringComparison.Ordinal)..];
        Assert.Equal(
            """
              "thirdParties": [
                { "name": "Sentry", "company": "Functional Software, Inc.", "country": "US", "purposes": [], "categories": [], "locations": [], "sources": ["sdkCatalog"] },
                { "name": "Twilio", "company": "Twilio Inc.", "country": "US", "purposes": ["Order text messages"], "categories": ["contact.phone", "profile.name"], "locations": ["Notifier.cs:6 (Customer.Name)", "Notifier.cs:6 (Customer.Phone)", "Shop.Customer.Name (Customer.cs:12)"], "sources": ["sharedWith", "sdkCatalog"] }
              ]
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            thirdParties);
    }
}
