using PiiAnalyzers.Model;

namespace PiiAnalyzers.Tests.Model;

public class RecordAndPrimaryConstructorTests
{
    private const string CustomerRecord = """
        using PiiAnalyzers;

        public record Customer([PersonalData(DataCategories.Contact.Email)] string Email, int Age);
        """;

    [Fact]
    public void PositionalRecordProperty_TakesItsParametersMarker()
    {
        var host = ModelHost.Create(CustomerRecord);

        var property = host.Property("Customer", "Email");
        var member = host.Model.GetMember(property);

        Assert.NotNull(member);
        Assert.Same(property, member.Symbol);
        Assert.Equal(PersonalDataMarkerKinds.PersonalData, member.Markers);
        Assert.Equal("contact.email", member.Category);
        Assert.False(member.IsSensitive);
    }

    [Fact]
    public void PositionalRecordParameter_IsPersonal()
    {
        var host = ModelHost.Create(CustomerRecord);

        var parameter = host.ConstructorParameter("Customer", "Email");
        var member = host.Model.GetMember(parameter);

        Assert.NotNull(member);
        Assert.Same(parameter, member.Symbol);
        Assert.Equal("contact.email", member.Category);
    }

    [Fact]
    public void UnmarkedPositionalRecordMember_IsNotPersonal()
    {
        var host = ModelHost.Create(CustomerRecord);

        Assert.Null(host.Get("Customer", "Age"));
        Assert.Null(host.Model.GetMember(host.ConstructorParameter("Customer", "Age")));
    }

    [Fact]
    public void PositionalRecord_ContainsPersonalData_ListsOnlyEmail()
    {
        var host = ModelHost.Create(CustomerRecord);

        var type = host.Type("Customer");

        Assert.True(host.Model.ContainsPersonalData(type));
        var members = host.Model.GetPersonalMembers(type);
        Assert.Equal(["Email"], members.Select(member => member.Symbol.Name));
        Assert.IsAssignableFrom<Microsoft.CodeAnalysis.IPropertySymbol>(members[0].Symbol);
    }

    [Fact]
    public void PropertyTargetedAttribute_CombinesWithParameterMarker()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public record Customer(
                [PersonalData(DataCategories.Contact.Phone)][property: Sensitive][property: EncryptedAtRest] string Phone,
                [property: Sensitive] string Nickname);
            """);

        var phone = host.GetRequired("Customer", "Phone");

        Assert.Equal("contact.phone", phone.Category);
        Assert.True(phone.IsSensitive);
        Assert.True(phone.IsEncryptedAtRest);

        // [property: Sensitive] is on the property only; the parameter keeps just its own marker.
        var parameter = host.Model.GetMember(host.ConstructorParameter("Customer", "Phone"));
        Assert.NotNull(parameter);
        Assert.Equal("contact.phone", parameter.Category);
        Assert.False(parameter.IsSensitive);
        Assert.False(parameter.IsEncryptedAtRest);

        // [Sensitive] alone does not mark a member.
        Assert.Null(host.Get("Customer", "Nickname"));
    }

    [Fact]
    public void PropertyTargetedPersonalData_MarksPropertyNotParameter()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public record Customer([property: PersonalData(DataCategories.Contact.Email)] string Email);
            """);

        Assert.Equal("contact.email", host.GetRequired("Customer", "Email").Category);
        Assert.Null(host.Model.GetMember(host.ConstructorParameter("Customer", "Email")));
    }

    [Fact]
    public void PositionalRecordParameter_RetentionAndSharing_ReachTheProperty()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public record Shipment(
                [PersonalData(DataCategories.Contact.Address, Purpose = "Delivery")]
                [RetainUntil("purpose-fulfilled+P30D")]
                [SharedWith("SF Express")]
                string Address);
            """);

        var member = host.GetRequired("Shipment", "Address");

        Assert.Equal("contact.address", member.Category);
        Assert.Equal("Delivery", member.Purpose);
        Assert.Equal("purpose-fulfilled", member.Retention?.Event);
        Assert.Equal(30, member.Retention?.Duration?.Days);
        Assert.Equal(["SF Express"], member.Recipients.Select(recipient => recipient.Name));
    }

    [Fact]
    public void RecordStruct_PositionalProperty_TakesParametersMarker()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public readonly record struct Contact([PersonalData(DataCategories.Contact.Phone)] string Phone, string Label);
            """);

        Assert.Equal("contact.phone", host.GetRequired("Contact", "Phone").Category);
        Assert.Null(host.Get("Contact", "Label"));
        Assert.True(host.Model.ContainsPersonalData(host.Type("Contact")));
    }

    [Fact]
    public void ClassPrimaryConstructorParameter_IsPersonal()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Notifier([PersonalData(DataCategories.Contact.Email, Purpose = "Notifications")] string email, int retries)
            {
                public override string ToString() => retries.ToString();
            }
            """);

        var parameter = host.ConstructorParameter("Notifier", "email");
        var member = host.Model.GetMember(parameter);

        Assert.NotNull(member);
        Assert.Equal(PersonalDataMarkerKinds.PersonalData, member.Markers);
        Assert.Equal("contact.email", member.Category);
        Assert.Equal("Notifications", member.Purpose);
        Assert.Null(host.Model.GetMember(host.ConstructorParameter("Notifier", "retries")));
    }

    [Fact]
    public void ExplicitlyDeclaredRecordProperty_DoesNotTakeTheParametersMarker()
    {
        // The property is written by hand, so it is not synthesized from the parameter and keeps its own attributes.
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public record Customer([PersonalData(DataCategories.Contact.Email)] string Email)
            {
                [PersonalData(DataCategories.Contact.Address)]
                public string Email { get; init; } = Email;
            }
            """);

        Assert.Equal("contact.address", host.GetRequired("Customer", "Email").Category);
        Assert.Equal("contact.email", host.Model.GetMember(host.ConstructorParameter("Customer", "Email"))?.Category);
    }
}
