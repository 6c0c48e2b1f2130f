using System;
using PiiAnalyzers;

namespace ShopSample.Payments;

// A bank card bound for quick payment. The payment provider receives the number and the holder's name when the card is
// bound, and charges it for each order.
public sealed class BankCard
{
    public int Id { get; set; }

    [PersonalData(DataCategories.Account.Id)]
    public Guid CustomerId { get; set; }

    [PersonalData(DataCategories.Financial.BankAccount, Purpose = "Quick payment")]
    [RetainUntil("account-deleted+P15D")]
    [SharedWith("LianPay", Purpose = "Payment processing")]
    [EncryptedAtRest]
    public string CardNumber { get; set; } = "";

    [PersonalData(DataCategories.Profile.Name, Purpose = "Quick payment")]
    [RetainUntil("account-deleted+P15D")]
    [SharedWith("LianPay", Purpose = "Payment processing")]
    public string HolderName { get; set; } = "";
}
