using System;
using PiiAnalyzers;

namespace ShopSample.Customers;

// An address book entry. The courier receives all of it with every parcel.
public sealed class ShippingAddress
{
    public int Id { get; set; }

    [PersonalData(DataCategories.Account.Id)]
    public Guid CustomerId { get; set; }

    [PersonalData(DataCategories.Profile.Name, Purpose = "Parcel delivery")]
    [RetainUntil("account-deleted+P15D")]
    [SharedWith("SF Express", Purpose = "Parcel delivery")]
    public string RecipientName { get; set; } = "";

    [PersonalData(DataCategories.Contact.Phone, Purpose = "Parcel delivery")]
    [RetainUntil("account-deleted+P15D")]
    [SharedWith("SF Express", Purpose = "Parcel delivery")]
    public string RecipientPhone { get; set; } = "";

    [PersonalData(DataCategories.Contact.Address, Purpose = "Parcel delivery")]
    [RetainUntil("account-deleted+P15D")]
    [SharedWith("SF Express", Purpose = "Parcel delivery")]
    public string Address { get; set; } = "";
}
