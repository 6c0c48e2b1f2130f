using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Tests.Generation;

/// <summary>
/// An element's location: file and line where the line is known (the CLI, from the compilation), the file alone where it
/// is not (the inventory the generator embeds, and every report read from a built assembly).
/// </summary>
public class InventoryLocationTests
{
    [Fact]
    public void Json_WritesTheLineOnlyWhereItIsKnown_AndReadsBackTheSame()
    {
        var document = Document(("Phone", 18), ("Email", null));

        var json = InventoryJson.Write(document);

        Assert.Contains("\"location\": { \"file\": \"Entities/Customer.cs\", \"line\": 18 }\n", json, StringComparison.Ordinal);
        Assert.Contains("\"location\": { \"file\": \"Entities/Customer.cs\" }\n", json, StringComparison.Ordinal);
        Assert.Equal([18, null], InventoryJson.Read(json).Elements.Select(element => element.Line));
    }

    [Fact]
    public void Reports_GiveTheFileAndLine_OrTheFileAlone()
    {
        var document = Document(("Phone", 18), ("Email", null));

        var markdown = InventoryReports.Write(document, ReportFormat.Markdown, ReportLanguage.English);
        var csv = InventoryReports.Write(document, ReportFormat.Csv, ReportLanguage.English);
        var html = InventoryReports.Write(document, ReportFormat.Html, ReportLanguage.English);

        Assert.Contains("| `Shop.Customer.Phone` (Entities/Customer.cs:18) |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| `Shop.Customer.Email` (Entities/Customer.cs) |\n", markdown, StringComparison.Ordinal);
        Assert.EndsWith(",Entities/Customer.cs,18\r\n", csv.Split("\r\n")[1] + "\r\n", StringComparison.Ordinal);
        Assert.EndsWith(",Entities/Customer.cs,\r\n", csv.Split("\r\n")[2] + "\r\n", StringComparison.Ordinal);
        Assert.Contains("<code>Shop.Customer.Phone</code> (Entities/Customer.cs:18)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<code>Shop.Customer.Email</code> (Entities/Customer.cs)</td>", html, StringComparison.Ordinal);
    }

    private static InventoryDocument Document(params (string Member, int? Line)[] members) =>
        InventoryDocument.Create(
            members.Select(member => new InventoryElement(
                "Shop.Customer." + member.Member, "Shop.Customer", member.Member, "contact.phone", false, null, null, false,
                EquatableArray<InventoryRecipient>.Empty, "Entities/Customer.cs", member.Line)),
            []);
}
