using PiiAnalyzers.Inventory;
using PiiAnalyzers.Tests.Analyzers;

namespace PiiAnalyzers.Tests.Generation;

/// <summary>
/// The built inventory's third-party list names every SDK of the catalog the code references, under the name a
/// <c>[SharedWith]</c> gives it, so that a build's reports list what the app embeds.
/// </summary>
public class EmbeddedSdkTests
{
    private const string Customer = """
        using PiiAnalyzers;

        namespace Shop;

        public class Customer
        {
            [PersonalData(DataCategories.Contact.Phone)]
            [SharedWith("twilio", Purpose = "Order text messages")]
            public string Phone { get; set; } = "";
        }
        """;

    [Fact]
    public void ReferencedCatalogSdks_AreListed_UnderTheDeclaredName()
    {
        var generated = GeneratorHost.Run([Customer, ThirdPartyStandIns.TwilioAndSentrySource]);

        var rows = ThirdPartyList.From(GeneratorHost.GeneratedDocument(generated.Driver));

        Assert.Equal(
            "Sentry | Functional Software, Inc. | US |  |  |  | SdkCatalog\n"
            + "twilio | Twilio Inc. | US | Order text messages | contact.phone | Shop.Customer.Phone (File0.cs) | SharedWith, SdkCatalog",
            string.Join("\n", rows.Select(row => $"{row.Name} | {row.Company} | {row.Country} | {string.Join(", ", row.Purposes)} | {string.Join(", ", row.Categories)} | {string.Join(", ", row.Locations)} | {row.Source}")));
    }

    [Fact]
    public void WithoutCatalogSdks_TheListHoldsOnlyTheDeclaredRecipients()
    {
        var generated = GeneratorHost.Run([Customer]);

        Assert.Equal(
            ["twilio | SharedWith"],
            ThirdPartyList.From(GeneratorHost.GeneratedDocument(generated.Driver)).Select(row => $"{row.Name} | {row.Source}"));
    }
}
