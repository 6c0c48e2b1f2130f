using PiiAnalyzers.Model;

namespace PiiAnalyzers.Tests.Model;

public class OverrideTests
{
    [Fact]
    public void OverrideWithoutAttributes_InheritsBaseMarker()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public abstract class Person
            {
                [PersonalData(DataCategories.Contact.Phone, Purpose = "Support")]
                [RetainUntil("account-deleted")]
                [SharedWith("Twilio")]
                [EncryptedAtRest]
                public abstract string Phone { get; set; }
            }

            public class Customer : Person
            {
                public override string Phone { get; set; } = "";
            }
            """);

        var property = host.Property("Customer", "Phone");
        var member = host.Model.GetMember(property);

        Assert.NotNull(member);
        Assert.Same(property, member.Symbol);
        Assert.Equal(PersonalDataMarkerKinds.PersonalData, member.Markers);
        Assert.Equal("contact.phone", member.Category);
        Assert.Equal("Support", member.Purpose);
        Assert.Equal("account-deleted", member.Retention?.Event);
        Assert.Equal(["Twilio"], member.Recipients.Select(recipient => recipient.Name));
        Assert.True(member.IsEncryptedAtRest);
    }

    [Fact]
    public void OverrideTwoLevelsDown_InheritsFromTheTop()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Person
            {
                [PersonalData(DataCategories.Identity.Passport)]
                public virtual string Passport { get; set; } = "";
            }

            public class Customer : Person
            {
                public override string Passport { get; set; } = "";
            }

            public class Vip : Customer
            {
                public override string Passport { get; set; } = "";
            }
            """);

        var member = host.GetRequired("Vip", "Passport");

        Assert.Equal("identity.passport", member.Category);
        Assert.True(member.IsSensitive);
    }

    [Fact]
    public void OwnAttributes_WinOverInheritedOnes()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Person
            {
                [PersonalData(DataCategories.Contact.Phone, Purpose = "Base purpose")]
                [RetainUntil("account-deleted")]
                public virtual string Contact { get; set; } = "";
            }

            public class Customer : Person
            {
                [PersonalData(DataCategories.Contact.Email, Purpose = "Own purpose")]
                [RetainUntil("P30D")]
                public override string Contact { get; set; } = "";
            }
            """);

        var member = host.GetRequired("Customer", "Contact");

        Assert.Equal("contact.email", member.Category);
        Assert.Equal("Own purpose", member.Purpose);
        Assert.Equal("P30D", member.RetentionText);
        Assert.Null(member.Retention?.Event);
        Assert.Equal(30, member.Retention?.Duration?.Days);

        // The base property keeps its own.
        var baseMember = host.GetRequired("Person", "Contact");
        Assert.Equal("contact.phone", baseMember.Category);
        Assert.Equal("Base purpose", baseMember.Purpose);
    }

    [Fact]
    public void OwnSensitiveFalse_WinsOverInheritedSensitiveCategory()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Person
            {
                [PersonalData(DataCategories.Identity.NationalId)]
                public virtual string Id { get; set; } = "";
            }

            public class MaskedPerson : Person
            {
                [PersonalData(DataCategories.Identity.NationalId, Sensitive = false)]
                public override string Id { get; set; } = "";
            }
            """);

        Assert.True(host.GetRequired("Person", "Id").IsSensitive);
        Assert.False(host.GetRequired("MaskedPerson", "Id").IsSensitive);
    }

    [Fact]
    public void SharedWith_FromOverrideAndBase_AreMerged_OwnFirst()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Person
            {
                [PersonalData(DataCategories.Contact.Phone)]
                [SharedWith("Twilio", Purpose = "Base")]
                public virtual string Phone { get; set; } = "";
            }

            public class Customer : Person
            {
                [SharedWith("Aliyun SMS")]
                [SharedWith("Twilio", Purpose = "Own")]
                public override string Phone { get; set; } = "";
            }
            """);

        var recipients = host.GetRequired("Customer", "Phone").Recipients;

        Assert.Equal(["Aliyun SMS", "Twilio"], recipients.Select(recipient => recipient.Name));
        Assert.Equal("Own", recipients[1].Purpose);
    }

    [Fact]
    public void OverrideOfUnmarkedBase_IsNotPersonal()
    {
        var host = ModelHost.Create("""
            public class Person
            {
                public virtual string Phone { get; set; } = "";
            }

            public class Customer : Person
            {
                public override string Phone { get; set; } = "";
            }
            """);

        Assert.Null(host.Get("Customer", "Phone"));
    }

    [Fact]
    public void HidingMember_DoesNotInheritTheHiddenMembersMarker()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Person
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public string Phone { get; set; } = "";
            }

            public class Customer : Person
            {
                public new string Phone { get; set; } = "";
            }
            """);

        Assert.Null(host.Get("Customer", "Phone"));
        Assert.NotNull(host.Get("Person", "Phone"));
    }
}
