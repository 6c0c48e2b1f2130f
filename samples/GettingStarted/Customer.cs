using System;
using PiiAnalyzers;

namespace GettingStarted;

// A customer of an online shop, annotated the way the analyzers expect. Each [PersonalData] names a category of the
// taxonomy (DataCategories), and may say why the data is collected; the other attributes add what a privacy policy
// has to say about it: how long it is kept, who else receives it, whether it is sensitive or stored encrypted.
public sealed class Customer
{
    [PersonalData(DataCategories.Account.Id)]
    [RetainUntil(RetentionEvents.AccountDeleted)]
    public Guid Id { get; init; }

    [PersonalData(DataCategories.Profile.Name, Purpose = "Addressing the customer")]
    [RetainUntil(RetentionEvents.AccountDeleted)]
    public string Name { get; set; } = "";

    // Kept three days after the account is deleted, for parcels still on their way; the courier receives it too.
    [PersonalData(DataCategories.Contact.Phone, Purpose = "Order delivery")]
    [RetainUntil("account-deleted+P3D")]
    [SharedWith("SF Express", Purpose = "Parcel delivery")]
    public string Phone { get; set; } = "";

    [PersonalData(DataCategories.Contact.Email, Purpose = "Order confirmations and, with consent, the newsletter")]
    [RetainUntil(RetentionEvents.ConsentWithdrawn)]
    public string? Email { get; set; }

    // 身份证号: sensitive personal information by its category (PIPL Art. 28), so it needs no [Sensitive].
    // Kept only until the real-name check is done, and encrypted while it is kept.
    [PersonalData(DataCategories.Identity.NationalId, Purpose = "Real-name verification")]
    [RetainUntil(RetentionEvents.PurposeFulfilled)]
    [EncryptedAtRest]
    public string? IdCardNumber { get; set; }

    // Not personal data itself, but it holds some: the analyzers look into ShippingAddress.
    public ShippingAddress? DefaultAddress { get; set; }
}

// In a positional record the attributes go on the parameters; the properties the record generates take them over.
public sealed record ShippingAddress(
    [PersonalData(DataCategories.Profile.Name)] string Recipient,
    [PersonalData(DataCategories.Contact.Phone)][SharedWith("SF Express", Purpose = "Parcel delivery")] string Phone,
    [PersonalData(DataCategories.Contact.Address)][RetainUntil("P180D")] string Street,
    [PersonalData(DataCategories.Location.Coarse)] string City);
