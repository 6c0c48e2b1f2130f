using System;
using PiiAnalyzers;

[assembly: PersonalDataCategory("loyalty.member-id", "会员号", "loyalty member id")]

namespace Shop.Models;

public sealed class Customer
{
    [PersonalData(DataCategories.Account.Id)]
    [RetainUntil(RetentionEvents.AccountDeleted)]
    public Guid Id { get; init; }

    [PersonalData(DataCategories.Profile.Name, Purpose = "称呼用户")]
    [SharedWith("Twilio", Company = "Twilio Inc.", Country = "us", Purpose = "Order text messages")]
    public string Name { get; set; } = "";

    [PersonalData(DataCategories.Contact.Phone, Purpose = "Order delivery, and \"urgent\" calls")]
    [RetainUntil("account-deleted+P3D")]
    [SharedWith("SF Express", Purpose = "Parcel delivery", Country = "CN")]
    [SharedWith("Aliyun SMS", Company = "Alibaba Cloud", Purpose = "Verification codes", Country = "CN")]
    public string Phone { get; set; } = "";

    [PersonalData(DataCategories.Identity.NationalId, Purpose = "Real-name verification <required by law> & audits")]
    [RetainUntil(RetentionEvents.PurposeFulfilled)]
    [EncryptedAtRest]
    public string? IdCardNumber { get; set; }

    [PersonalData("loyalty.member-id")]
    public string? LoyaltyNumber { get; set; }

    public ShippingAddress? DefaultAddress { get; set; }
}
