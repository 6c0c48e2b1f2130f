using PiiAnalyzers.Discovery;

namespace PiiAnalyzers.Tests.Discovery;

public class NameSplitterTests
{
    [Theory]
    [InlineData("PhoneNumber", "phone number")]
    [InlineData("phoneNumber", "phone number")]
    [InlineData("mobile_no", "mobile no")]
    [InlineData("MOBILE_NO", "mobile no")]
    [InlineData("e-mail", "e mail")]
    [InlineData("_emailAddress", "email address")]
    [InlineData("m_strName", "m str name")]
    [InlineData("IDCardNo", "id card no")]
    [InlineData("IdCardNo", "id card no")]
    [InlineData("IPAddress", "ip address")]
    [InlineData("UserIDs", "user ids")]
    [InlineData("IDsList", "ids list")]
    [InlineData("AddressLine2", "address line 2")]
    [InlineData("Ipv4Address", "ipv 4 address")]
    [InlineData("SFZH", "sfzh")]
    [InlineData("ShouJiHao", "shou ji hao")]
    [InlineData("IMEINumber", "imei number")]
    [InlineData("客户手机号", "客 户 手 机 号")]
    [InlineData("ip地址", "ip 地 址")]
    [InlineData("@class", "class")]
    public void Split_FindsTheWords(string identifier, string expected)
    {
        Assert.Equal(expected, string.Join(" ", NameSplitter.Split(identifier)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("_")]
    [InlineData("__")]
    public void Split_OfNothing_IsEmpty(string? identifier)
    {
        Assert.Empty(NameSplitter.Split(identifier));
    }
}
