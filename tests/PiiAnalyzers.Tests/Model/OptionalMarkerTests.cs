namespace PiiAnalyzers.Tests.Model;

/// <summary><c>[PersonalData(Optional = true)]</c>: the model carries it for every kind of element, and nothing else sets it.</summary>
public class OptionalMarkerTests
{
    private const string Source = """
        using PiiAnalyzers;

        public record Customer([PersonalData(DataCategories.Profile.BirthDate, Optional = true)] string BirthDate)
        {
            [PersonalData(DataCategories.Contact.Email, Optional = true, Purpose = "Newsletter")]
            public string Email { get; set; } = "";

            [PersonalData(DataCategories.Contact.Phone, Optional = false)]
            public string Phone = "";

            [PersonalData(DataCategories.Profile.Name)]
            public string Name { get; set; } = "";

            public void Subscribe([PersonalData(DataCategories.Profile.Nickname, Optional = true)] string nickname) { }
        }
        """;

    [Fact]
    public void OptionalTrue_IsOptional_OnPropertiesParametersAndPositionalRecordProperties()
    {
        var host = ModelHost.Create(Source);

        Assert.True(host.Model.GetMember(host.Property("Customer", "Email"))!.IsOptional);
        Assert.True(host.Model.GetMember(host.Property("Customer", "BirthDate"))!.IsOptional);
        Assert.True(host.Model.GetMember(host.Parameter("Customer", "Subscribe", "nickname"))!.IsOptional);
        Assert.Equal("Newsletter", host.Model.GetMember(host.Property("Customer", "Email"))!.Purpose);
    }

    [Fact]
    public void OptionalFalse_OrNotSaid_IsNotOptional()
    {
        var host = ModelHost.Create(Source);

        Assert.False(host.Model.GetMember(host.Field("Customer", "Phone"))!.IsOptional);
        Assert.False(host.Model.GetMember(host.Property("Customer", "Name"))!.IsOptional);
    }
}
