using System.Collections.Generic;
using System.Collections.Immutable;

namespace PiiAnalyzers.Discovery;

/// <summary>
/// Framework types whose values are personal data by nature, whatever the member is called: an email address, an IP
/// address, a network card's hardware address. Keyed by metadata name, so that nothing here references the types.
/// </summary>
public static class PersonalTypes
{
    /// <summary>Metadata name to the category its values belong to.</summary>
    public static ImmutableDictionary<string, string> Categories { get; } = new Dictionary<string, string>
    {
        ["System.Net.Mail.MailAddress"] = "contact.email",
        ["System.Net.IPAddress"] = "online.ip-address",
        ["System.Net.NetworkInformation.PhysicalAddress"] = "device.id",
    }.ToImmutableDictionary();
}
