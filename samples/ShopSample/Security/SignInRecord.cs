using System;
using PiiAnalyzers;

namespace ShopSample.Security;

// Every sign-in, kept for spotting account takeover: where it came from and on which device.
public sealed class SignInRecord
{
    public long Id { get; set; }

    [PersonalData(DataCategories.Account.Id)]
    public Guid CustomerId { get; set; }

    [PersonalData(DataCategories.Online.IpAddress, Purpose = "Account security")]
    [RetainUntil("P180D")]
    public string IpAddress { get; set; } = "";

    // Added in a hurry with the risk-control feature: the privacy policy was not updated and says nothing of device
    // identifiers (PII0101), and nobody decided how long to keep them yet.
    [PersonalData(DataCategories.Device.Id, Purpose = "Account security: sign-ins from a new device")]
    public string DeviceId { get; set; } = "";

    public DateTimeOffset SignedInAt { get; set; }
}
