using System;
using PiiAnalyzers;

namespace ShopSample.Orders;

// What a customer bought is transaction history, sensitive under GB/T 35273: encrypted, and kept three years from the
// purchase as the E-Commerce Law (电子商务法 Art. 31) requires.
public sealed class Order
{
    public int Id { get; set; }

    [PersonalData(DataCategories.Account.Id)]
    public Guid CustomerId { get; set; }

    [PersonalData(DataCategories.Financial.Transaction, Purpose = "Order fulfilment and after-sales service")]
    [RetainUntil("P3Y")]
    [EncryptedAtRest]
    public string Items { get; set; } = "";

    public decimal Amount { get; set; }

    public int ShippingAddressId { get; set; }

    public DateTimeOffset PlacedAt { get; set; }
}
