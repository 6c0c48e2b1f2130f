using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Tests.Generation;

/// <summary>
/// The attributes library's reader, which the generated <c>PersonalDataInventory.Elements</c> calls at run time on the
/// JSON the analyzer assembly's <see cref="InventoryJson"/> writes.
/// </summary>
public class PersonalDataInventoryReaderTests
{
    [Fact]
    public void ReadsBackEveryPropertyTheWriterWrites()
    {
        var written = new InventoryDocument(
            new EquatableArray<InventoryElement>(
            [
                new InventoryElement(
                    "Shop.Customer.Phone", "Shop.Customer", "Phone", "contact.phone", false, "account-deleted+P3D", "Order \"delivery\"\n\t\\ 配送",
                    true, new EquatableArray<InventoryRecipient>([new InventoryRecipient("SF Express", "Parcels"), new InventoryRecipient("Aliyun SMS", null, "Alibaba Cloud", "CN")]),
                    "Entities/Customer.cs", 18),
                new InventoryElement(
                    "Shop.Box<T>.Register(idCard)", "Shop.Box<T>", "Register(idCard)", "identity.national-id", true, null, null,
                    false, EquatableArray<InventoryRecipient>.Empty, "Box.cs", 3),
            ]),
            EquatableArray<InventoryCategory>.Empty);

        var elements = PersonalDataInventoryReader.ReadElements(InventoryJson.Write(written));

        Assert.Collection(
            elements,
            phone =>
            {
                Assert.Equal("Shop.Customer.Phone", phone.Id);
                Assert.Equal("Shop.Customer", phone.Type);
                Assert.Equal("Phone", phone.Member);
                Assert.Equal("contact.phone", phone.Category);
                Assert.False(phone.IsSensitive);
                Assert.Equal("account-deleted+P3D", phone.Retention);
                Assert.Equal("Order \"delivery\"\n\t\\ 配送", phone.Purpose);
                Assert.True(phone.IsEncryptedAtRest);
                Assert.Equal(
                    ["SF Express:Parcels::", "Aliyun SMS::Alibaba Cloud:CN"],
                    phone.SharedWith.Select(recipient => $"{recipient.Name}:{recipient.Purpose}:{recipient.Company}:{recipient.Country}"));
                Assert.Equal("Entities/Customer.cs", phone.File);
                Assert.Equal(18, phone.Line);
            },
            idCard =>
            {
                Assert.Equal("Register(idCard)", idCard.Member);
                Assert.True(idCard.IsSensitive);
                Assert.Null(idCard.Retention);
                Assert.Null(idCard.Purpose);
                Assert.Empty(idCard.SharedWith);
                Assert.Equal(3, idCard.Line);
            });
    }

    [Fact]
    public void PropertiesItDoesNotKnow_AreIgnored_AndMissingOnesTakeDefaults()
    {
        var elements = PersonalDataInventoryReader.ReadElements(
            """{ "schemaVersion": 1, "generator": { "name": "x" }, "elements": [ { "id": "A.B", "future": [1, 2], "sensitive": true } ] }""");

        var element = Assert.Single(elements);
        Assert.Equal("A.B", element.Id);
        Assert.True(element.IsSensitive);
        Assert.Equal(string.Empty, element.Category);
        Assert.Equal(string.Empty, element.File);
        Assert.Equal(0, element.Line);
        Assert.Empty(element.SharedWith);
    }

    [Fact]
    public void EscapedCharacters_AndSurrogatePairs_AreDecoded()
    {
        var element = Assert.Single(PersonalDataInventoryReader.ReadElements(
            """{"schemaVersion":1,"elements":[{"id":"\u0041\/\b\f\r\ud83d\ude00\u2028"}]}"""));

        Assert.Equal("A/\b\f\r\U0001F600\u2028", element.Id);
    }

    [Theory]
    [InlineData("", "Invalid inventory JSON at offset 0: unexpected end.")]
    [InlineData("[]", "The inventory is not an object.")]
    [InlineData("""{"elements":[]}""", "The inventory has no schemaVersion 1.")]
    [InlineData("""{"schemaVersion":2,"elements":[]}""", "The inventory has no schemaVersion 1.")]
    [InlineData("""{"schemaVersion":1,"elements":{}}""", "'elements' is not an array.")]
    [InlineData("""{"schemaVersion":1,"elements":[3]}""", "An element is not an object.")]
    [InlineData("""{"schemaVersion":1,"elements":[{"sharedWith":["SF"]}]}""", "A recipient is not an object.")]
    [InlineData("""{"schemaVersion":1,"elements":[{"id":"\x"}]}""", "Invalid inventory JSON at offset 40: bad escape.")]
    [InlineData("""{"schemaVersion":1} trailing""", "Invalid inventory JSON at offset 20: text after the JSON value.")]
    public void TextThatIsNotAnInventory_IsAFormatException_SayingWhy(string json, string message)
    {
        var exception = Assert.Throws<FormatException>(() => PersonalDataInventoryReader.ReadElements(json));

        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public void Null_IsAnArgumentNullException() =>
        Assert.Throws<ArgumentNullException>("json", () => PersonalDataInventoryReader.ReadElements(null!));
}
