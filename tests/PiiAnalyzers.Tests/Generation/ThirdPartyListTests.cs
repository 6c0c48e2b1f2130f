using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Tests.Generation;

/// <summary>
/// The third-party list (第三方SDK目录): one row per recipient from <c>[SharedWith]</c>, merged by name with the recipients
/// another source (the SDK catalog) found, and the JSON that keeps the latter.
/// </summary>
public class ThirdPartyListTests
{
    private static readonly InventoryDocument Shop = new(
        new EquatableArray<InventoryElement>(
        [
            Element("Shop.Customer.Phone", "contact.phone", 12, new InventoryRecipient("Twilio", "Order texts", "Twilio Inc.", "US"), new InventoryRecipient("SF Express", null)),
            Element("Shop.Customer.Email", "contact.email", 15, new InventoryRecipient("twilio", "Receipts", null, "IE")),
            Element("Shop.Customer.Name", "profile.name", 18),
        ]),
        EquatableArray<InventoryCategory>.Empty);

    [Fact]
    public void DeclaredRecipients_AreOneRowPerName_WithTheFirstCompanyAndCountry_AndEveryPurposeCategoryAndMember()
    {
        var rows = ThirdPartyList.From(Shop);

        Assert.Equal(
            [
                "SF Express | - | - |  | contact.phone | Shop.Customer.Phone (Customer.cs:12) | SharedWith",
                "Twilio | Twilio Inc. | US | Order texts, Receipts | contact.email, contact.phone | Shop.Customer.Email (Customer.cs:15), Shop.Customer.Phone (Customer.cs:12) | SharedWith",
            ],
            rows.Select(Describe));
    }

    [Fact]
    public void DetectedRecipients_MergeWithTheDeclaredOnes_ByName()
    {
        var detected = new ThirdPartyRecipient(
            "TWILIO", "Twilio Inc.", "US", EquatableArray<string>.Empty, new EquatableArray<string>(["profile.name"]),
            new EquatableArray<string>(["Shop.Notifier.Send (Notifier.cs:30)"]), ThirdPartySources.SdkCatalog);
        var sentry = new ThirdPartyRecipient(
            "Sentry", "Functional Software, Inc.", "US", EquatableArray<string>.Empty, new EquatableArray<string>(["account.id"]),
            new EquatableArray<string>(["Shop.Errors.Report (Errors.cs:9)"]), ThirdPartySources.SdkCatalog);

        var rows = ThirdPartyList.From(Shop with { DetectedRecipients = new EquatableArray<ThirdPartyRecipient>([detected, sentry]) });

        Assert.Equal(
            [
                "SF Express | - | - |  | contact.phone | Shop.Customer.Phone (Customer.cs:12) | SharedWith",
                "Sentry | Functional Software, Inc. | US |  | account.id | Shop.Errors.Report (Errors.cs:9) | SdkCatalog",
                "Twilio | Twilio Inc. | US | Order texts, Receipts | contact.email, contact.phone, profile.name | Shop.Customer.Email (Customer.cs:15), Shop.Customer.Phone (Customer.cs:12), Shop.Notifier.Send (Notifier.cs:30) | SharedWith, SdkCatalog",
            ],
            rows.Select(Describe));
    }

    [Fact]
    public void Json_KeepsTheDetectedRecipients_AndRebuildsTheDeclaredOnesFromTheElements()
    {
        var detected = new ThirdPartyRecipient(
            "Sentry", null, "US", EquatableArray<string>.Empty, new EquatableArray<string>(["account.id"]),
            new EquatableArray<string>(["Shop.Errors.Report (Errors.cs:9)"]), ThirdPartySources.SdkCatalog);
        var written = Shop with { DetectedRecipients = new EquatableArray<ThirdPartyRecipient>([detected]) };

        var read = InventoryJson.Read(InventoryJson.Write(written));

        Assert.Equal(written, read);
        Assert.Equal(InventoryJson.Write(written), InventoryJson.Write(read));
    }

    [Fact]
    public void Json_WithoutAThirdPartyList_ReadsAsBefore()
    {
        var read = InventoryJson.Read("""{ "schemaVersion": 1, "elements": [], "customCategories": [] }""");

        Assert.Equal(InventoryDocument.Empty, read);
    }

    private static InventoryElement Element(string id, string category, int line, params InventoryRecipient[] recipients) =>
        new(id, "Shop.Customer", id.Substring("Shop.Customer.".Length), category, false, null, null, false,
            new EquatableArray<InventoryRecipient>(recipients), "Customer.cs", line);

    private static string Describe(ThirdPartyRecipient row) =>
        $"{row.Name} | {row.Company ?? "-"} | {row.Country ?? "-"} | {string.Join(", ", row.Purposes)} | {string.Join(", ", row.Categories)} | {string.Join(", ", row.Locations)} | {row.Source}";
}
