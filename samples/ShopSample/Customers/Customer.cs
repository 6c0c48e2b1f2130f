using System;
using PiiAnalyzers;

namespace ShopSample.Customers;

// A customer signs in with a phone number and a one-time code sent by SMS: the shop keeps no password.
public sealed class Customer
{
    [PersonalData(DataCategories.Account.Id)]
    [RetainUntil(RetentionEvents.AccountDeleted)]
    public Guid Id { get; set; }

    [PersonalData(DataCategories.Contact.Phone, Purpose = "Sign-in codes and order notifications")]
    [RetainUntil("account-deleted+P15D")]
    public string Phone { get; set; } = "";

    [PersonalData(DataCategories.Profile.Nickname, Purpose = "Shown on reviews")]
    [RetainUntil("account-deleted+P15D")]
    [SharedWith("智能客服服务提供者", Purpose = "Drafts of support replies")]
    public string? Nickname { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }
}
