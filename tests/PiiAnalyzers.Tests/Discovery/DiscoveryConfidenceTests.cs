using PiiAnalyzers.Discovery;

namespace PiiAnalyzers.Tests.Discovery;

/// <summary>
/// High means a reader would call the value someone's personal data without looking further; the leak rules infer personal
/// data from it. Medium needs a look at whose it is; Low says the value is already protected.
/// </summary>
public class DiscoveryConfidenceTests
{
    public static TheoryData<string, string, DiscoveryConfidence> Names() => new()
    {
        // The name says what it is and that it is a person's.
        { "Email", "Customer", DiscoveryConfidence.High },
        { "Email", "Order", DiscoveryConfidence.High },
        { "PhoneNumber", "Shipment", DiscoveryConfidence.High },
        { "CardNumber", "PaymentMethod", DiscoveryConfidence.High },
        { "CardHolderName", "PaymentMethod", DiscoveryConfidence.High },
        { "CustomerName", "Order", DiscoveryConfidence.High },
        { "FirstName", "Registration", DiscoveryConfidence.High },
        { "IdCardNo", "Order", DiscoveryConfidence.High },
        { "Password", "LoginViewModel", DiscoveryConfidence.High },
        { "HomeAddress", "Order", DiscoveryConfidence.High },
        { "ShippingZipCode", "Order", DiscoveryConfidence.High },
        { "ZipCode", "Customer", DiscoveryConfidence.High },
        { "Latitude", "Customer", DiscoveryConfidence.High },
        { "CustomerMobile", "Order", DiscoveryConfidence.High },
        { "Cvv", "Checkout", DiscoveryConfidence.High },

        // Likely, but whose it is or what it is takes a look.
        { "Mobile", "Order", DiscoveryConfidence.Medium },
        { "Name", "Customer", DiscoveryConfidence.Medium },
        { "Name", "User", DiscoveryConfidence.Medium },
        { "DisplayName", "UserProfile", DiscoveryConfidence.Medium },
        { "Address", "Order", DiscoveryConfidence.Medium },
        { "Street", "Address", DiscoveryConfidence.Medium },
        { "ZipCode", "Address", DiscoveryConfidence.Medium },
        { "Latitude", "Location", DiscoveryConfidence.Medium },
        { "City", "Customer", DiscoveryConfidence.Medium },

        // Already protected.
        { "PasswordHash", "User", DiscoveryConfidence.Low },
        { "EncryptedPhone", "Customer", DiscoveryConfidence.Low },
        { "MaskedCardNo", "Order", DiscoveryConfidence.Low },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Assess_GivesTheConfidence(string memberName, string containingType, DiscoveryConfidence expected)
    {
        var match = PersonalDataNameMatcher.Default.Assess(memberName, containingType);

        Assert.NotNull(match);
        Assert.Equal(expected, match.Confidence);
    }

    [Theory]
    [InlineData("online.ip-address", "ClientIp", "Visit", DiscoveryConfidence.High)]
    [InlineData("online.ip-address", "Address", "Customer", DiscoveryConfidence.High)]
    [InlineData("online.ip-address", "Origin", "Visit", DiscoveryConfidence.Medium)]
    [InlineData("contact.email", "Contact", "Message", DiscoveryConfidence.High)]
    [InlineData("online.ip-address", "Address", "Device", DiscoveryConfidence.Medium)]
    public void PersonalTypes_AreHigh_WhenTheNameOrTheTypeNamesAPerson(string categoryId, string memberName, string containingType, DiscoveryConfidence expected)
    {
        Assert.Equal(expected, PersonalDataNameMatcher.AssessPersonalType(categoryId, memberName, containingType));
    }

    [Theory]
    [InlineData("RemoteEndPoint", "Connection", DiscoveryConfidence.Medium)]
    [InlineData("ClientEndPoint", "Session", DiscoveryConfidence.High)]
    [InlineData("UserEndPoint", "Session", DiscoveryConfidence.High)]
    [InlineData("RemoteEndPoint", "Customer", DiscoveryConfidence.High)]
    [InlineData("LocalEndPoint", "Connection", null)]
    [InlineData("EndPoint", "Connection", null)]
    [InlineData("ListenEndPoint", "Connection", null)]
    [InlineData("RemoteEndPoint", "ServerNode", null)]
    public void EndPoints_AreTheOtherPartysIp_OnlyWhenTheNameSaysSo(string memberName, string containingType, DiscoveryConfidence? expected)
    {
        Assert.Equal(expected, PersonalDataNameMatcher.AssessPartyType("online.ip-address", memberName, containingType));
    }
}
