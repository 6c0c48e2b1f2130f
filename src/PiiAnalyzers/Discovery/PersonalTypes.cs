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

    /// <summary>
    /// Framework types that hold personal data only when the member's name says the value is the other party's: a
    /// connection's <c>IPEndPoint RemoteEndPoint</c> is a client's IP address, its <c>LocalEndPoint</c> or a server's
    /// <c>ListenEndPoint</c> is not. Metadata name to the category.
    /// </summary>
    public static ImmutableDictionary<string, string> PartyCategories { get; } = new Dictionary<string, string>
    {
        ["System.Net.IPEndPoint"] = "online.ip-address",
        ["System.Net.EndPoint"] = "online.ip-address",
    }.ToImmutableDictionary();

    /// <summary>
    /// Words in a member's name that say a <see cref="PartyCategories"/> value is the other end's, which may be a person's
    /// or a server's (<c>RemoteEndPoint</c>, <c>SourceAddress</c>).
    /// </summary>
    public static ImmutableHashSet<string> PartyWords { get; } = ImmutableHashSet.Create("remote", "source", "origin");

    /// <summary>
    /// Words in a member's name that say the value is the client's, that is a user's: <c>IPAddress ClientIp</c>,
    /// <c>IPEndPoint CallerEndPoint</c>. Like person words, they make a personal type's member sure.
    /// </summary>
    public static ImmutableHashSet<string> ClientWords { get; } = ImmutableHashSet.Create("client", "caller", "requester");
}
