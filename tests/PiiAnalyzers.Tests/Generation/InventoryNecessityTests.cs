using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Tests.Generation;

/// <summary>
/// An element's necessity in the inventory: <c>"necessary"</c> in the JSON only when it has a value, read back by both
/// readers (an inventory written before it reads as before), and a 必要性 / Necessity column in the reports only when some
/// element has one.
/// </summary>
public class InventoryNecessityTests
{
    private static readonly InventoryDocument Document = new(
        new EquatableArray<InventoryElement>(
        [
            Element("Phone", "contact.phone") with { Necessary = true },
            Element("Email", "contact.email") with { Necessary = false },
            Element("Note", "unspecified"),
        ]),
        EquatableArray<InventoryCategory>.Empty);

    [Fact]
    public void Json_WritesNecessaryAfterEncryptedAtRest_OnlyWhenItHasAValue()
    {
        var json = InventoryJson.Write(Document);

        Assert.Contains("\"encryptedAtRest\": false,\n      \"necessary\": true,\n      \"sharedWith\": [],\n      \"location\": { \"file\": \"Customer.cs\" }\n    },\n    {\n      \"id\": \"Shop.Customer.Email\"", json, StringComparison.Ordinal);
        Assert.Contains("\"encryptedAtRest\": false,\n      \"necessary\": false,\n", json, StringComparison.Ordinal);
        Assert.Equal(2, json.Split("\"necessary\"").Length - 1);
        Assert.DoesNotContain("necessary", InventoryJson.Write(Document with { Elements = new EquatableArray<InventoryElement>([Element("Note", "unspecified")]) }), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ReadsBackTheNecessity_AndAnOlderInventoryWithoutItAsNull()
    {
        var json = InventoryJson.Write(Document);

        Assert.Equal(Document.Elements, InventoryJson.Read(json).Elements);
        Assert.Equal(new bool?[] { true, false, null }, PersonalDataInventoryReader.ReadElements(json).Select(element => element.IsNecessary));
        Assert.All(InventoryJson.Read(json.Replace("\"necessary\": true,\n", string.Empty).Replace("\"necessary\": false,\n", string.Empty)).Elements, element => Assert.Null(element.Necessary));
    }

    [Theory]
    [InlineData(ReportLanguage.Chinese, "| 信息名称/类别 | 使用目的 | 必要性 | 是否敏感 | 保存期限 | 是否加密存储 | 代码位置 |", "|---|---|---|---|---|---|---|", "| 手机号码、电话号码（contact.phone） | 未声明 | 必要 | 否 |", "| 电子邮箱（contact.email） | 未声明 | 非必要 | 否 |", "| 未指定类别（unspecified） | 未声明 | 未声明 | 否 |")]
    [InlineData(ReportLanguage.English, "| Data / category | Purpose | Necessity | Sensitive | Retention | Encrypted at rest | Code location |", "|---|---|---|---|---|---|---|", "| phone number (contact.phone) | not stated | necessary | no |", "| email address (contact.email) | not stated | optional | no |", "| unspecified category (unspecified) | not stated | not stated | no |")]
    public void Markdown_HasANecessityColumnAfterThePurpose(ReportLanguage language, string header, string separator, string necessary, string optional, string unsaid)
    {
        var lines = MarkdownReport.Write(Document, language).Split('\n');

        Assert.Equal(separator, lines[Array.IndexOf(lines, header) + 1]);
        Assert.Contains(lines, line => line.StartsWith(necessary, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith(optional, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith(unsaid, StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_WithoutAnyNecessity_HaveNoNecessityColumn()
    {
        var document = Document with { Elements = new EquatableArray<InventoryElement>([Element("Note", "unspecified")]) };

        Assert.DoesNotContain("必要性", MarkdownReport.Write(document, ReportLanguage.Chinese), StringComparison.Ordinal);
        Assert.DoesNotContain("Necessity", HtmlReport.Write(document, ReportLanguage.English), StringComparison.Ordinal);
        Assert.StartsWith("id,type,member,category,category name,sensitive,retention,purpose,encrypted at rest,shared with,file,line\r\n", CsvReport.Write(document, ReportLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_HasANecessityFieldAfterThePurpose_EmptyWhereNothingSaysIt()
    {
        var lines = CsvReport.Write(Document, ReportLanguage.Chinese).Split("\r\n");

        Assert.Equal("编号,类型,成员,类别,类别名称,是否敏感,保存期限,使用目的,必要性,是否加密存储,共享给,文件,行", lines[0]);
        Assert.Equal("Shop.Customer.Phone,Shop.Customer,Phone,contact.phone,手机号码、电话号码,否,,,必要,否,,Customer.cs,", lines[1]);
        Assert.Equal("Shop.Customer.Email,Shop.Customer,Email,contact.email,电子邮箱,否,,,非必要,否,,Customer.cs,", lines[2]);
        Assert.Equal("Shop.Customer.Note,Shop.Customer,Note,unspecified,未指定类别,否,,,,否,,Customer.cs,", lines[3]);
    }

    private static InventoryElement Element(string member, string category) =>
        new("Shop.Customer." + member, "Shop.Customer", member, category, false, null, null, false, EquatableArray<InventoryRecipient>.Empty, "Customer.cs", null);
}
