using PiiAnalyzers.Cli.Diffing;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Tests.Diff;

/// <summary>The comparison itself, on inventories made from the fixture's elements with <c>with</c>: what is and is not a change.</summary>
public class InventoryComparerTests
{
    private static readonly InventoryDocument Base = InventoryJson.Read(File.ReadAllText(DiffFixtures.Base));

    private static InventoryElement Phone => Base.Elements.Single(element => element.Id == "Shop.Customer.Phone");

    private static InventoryElement Email => Base.Elements.Single(element => element.Id == "Shop.Customer.Email");

    [Fact]
    public void SameInventory_IsEmpty()
    {
        var diff = InventoryComparer.Compare(Base, Base);

        Assert.True(diff.IsEmpty);
        Assert.Empty(diff.NewCategories);
        Assert.Empty(diff.NewSensitiveElements);
        Assert.Empty(diff.NewRecipients);
    }

    [Fact]
    public void MovedToAnotherFileAndLine_IsUnchanged()
    {
        var diff = InventoryComparer.Compare(Document(Phone), Document(Phone with { File = "Customers/Customer.cs", Line = 40 }));

        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void BlankAndMissing_RetentionOrPurpose_AreTheSame_AndSurroundingSpacesAreNoChange()
    {
        var diff = InventoryComparer.Compare(
            Document(Email with { Retention = null, Purpose = "找回账号" }),
            Document(Email with { Retention = "  ", Purpose = " 找回账号 " }));

        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void Recipients_AreComparedIgnoringCaseAndSpaces()
    {
        var before = Phone with { SharedWith = ArrayOf(new InventoryRecipient("Aliyun SMS", null)) };
        var after = Phone with { SharedWith = ArrayOf(new InventoryRecipient(" aliyun sms", "验证码")) };

        var diff = InventoryComparer.Compare(Document(before), Document(after));

        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void IdFoundTwice_IsMatchedInOrder_TheExtraOneRemoved()
    {
        var first = Email with { Id = "Shop.Customer.Register(email)", Member = "Register(email)" };
        var second = first with { Category = "contact.phone", Line = 30 };

        var diff = InventoryComparer.Compare(Document(first, second), Document(first));

        var change = Assert.Single(diff.ElementChanges);
        Assert.Equal(new ElementChange(ElementChangeKind.Removed, second), change);
    }

    [Fact]
    public void CategoryTheBaseCollectsElsewhere_IsNotNew()
    {
        var diff = InventoryComparer.Compare(Document(Phone, Email), Document(Phone, Email with { Category = "contact.phone" }));

        Assert.Equal([new ElementChange(ElementChangeKind.CategoryChanged, Email with { Category = "contact.phone" }, "contact.email", "contact.phone")], diff.ElementChanges);
        Assert.Empty(diff.NewCategories);
    }

    [Fact]
    public void SensitiveElementAdded_AndElementMadeSensitive_AreNewSensitiveElements_OneThatWasSensitiveIsNot()
    {
        var sensitiveBefore = Email with { Id = "Shop.Customer.Secret", Sensitive = true };
        var added = Email with { Id = "Shop.Customer.IdCard", Category = "identity.national-id", Sensitive = true };

        var diff = InventoryComparer.Compare(
            Document(Phone, sensitiveBefore),
            Document(Phone with { Sensitive = true }, sensitiveBefore with { Purpose = "another purpose" }, added));

        Assert.Equal(["Shop.Customer.IdCard", "Shop.Customer.Phone"], diff.NewSensitiveElements.Select(element => element.Id));
        Assert.Equal(["identity.national-id"], diff.NewCategories);
    }

    [Fact]
    public void RecipientTheBaseHasUnderAnotherCase_IsNotNew_ButOneOnlyTheSdkCatalogFoundIs()
    {
        var before = Document(Phone with { SharedWith = ArrayOf(new InventoryRecipient("Aliyun SMS", null)) });
        var after = Document(Phone with { SharedWith = ArrayOf(new InventoryRecipient("ALIYUN SMS", null)) }) with
        {
            DetectedRecipients = ArrayOf(new ThirdPartyRecipient("Sentry", "Functional Software, Inc.", "US", default, ArrayOf("online.ip-address"), ArrayOf("Shop.Program.Main(Program.cs)"), ThirdPartySources.SdkCatalog)),
        };

        var diff = InventoryComparer.Compare(before, after);

        Assert.Equal(["Sentry"], diff.NewRecipients);
        var change = Assert.Single(diff.RecipientChanges);
        Assert.Equal((RecipientChangeKind.Added, "Sentry"), (change.Kind, change.Recipient.Name));
        Assert.Equal(["online.ip-address"], change.CategoriesAdded);
        Assert.Empty(change.CategoriesRemoved);
    }

    private static EquatableArray<T> ArrayOf<T>(params T[] items)
        where T : IEquatable<T> => new(items);

    [Theory]
    [InlineData(true, false, "necessary", "optional", "| 必要 | 非必要 |")]
    [InlineData(null, true, null, "necessary", "| 未判定 | 必要 |")]
    public void NecessityChanged_IsAChange_WithBothValues(bool? before, bool? after, string? beforeValue, string? afterValue, string markdownCells)
    {
        var diff = InventoryComparer.Compare(Document(Phone with { Necessary = before }), Document(Phone with { Necessary = after }));

        var change = Assert.Single(diff.ElementChanges);
        Assert.Equal(ElementChangeKind.NecessityChanged, change.Kind);
        Assert.Equal(beforeValue, change.Before);
        Assert.Equal(afterValue, change.After);
        var markdown = DiffReports.Write(diff, DiffFormat.Markdown, ReportLanguage.Chinese);
        Assert.Contains("### 必要性变更（1）", markdown);
        Assert.Contains(markdownCells, markdown);
        Assert.Contains("\"change\": \"necessityChanged\"", DiffReports.Write(diff, DiffFormat.Json, ReportLanguage.English));
    }

    private static InventoryDocument Document(params InventoryElement[] elements) => Base with { Elements = new(elements), DetectedRecipients = default };
}
