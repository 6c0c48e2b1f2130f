using PiiAnalyzers.Model;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Tests.Model;

/// <summary>ASP.NET Core Identity's markers, recognized by metadata name; the test declares stand-ins instead of referencing the package.</summary>
public class IdentityMarkerTests
{
    private const string IdentityStubs = """
        namespace Microsoft.AspNetCore.Identity
        {
            public class PersonalDataAttribute : System.Attribute { }
            public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }
        }
        """;

    [Fact]
    public void IdentityPersonalData_Alone_IsUnspecifiedPersonalData()
    {
        var host = ModelHost.Create([IdentityStubs, """
            public class ApplicationUser
            {
                [Microsoft.AspNetCore.Identity.PersonalData]
                public string? PhoneNumber { get; set; }

                public string? SecurityStamp { get; set; }
            }
            """]);

        var member = host.GetRequired("ApplicationUser", "PhoneNumber");

        Assert.Equal(PersonalDataMarkerKinds.IdentityPersonalData, member.Markers);
        Assert.Equal(CategoryTaxonomy.UnspecifiedId, member.Category);
        Assert.Equal("unspecified", member.Category);
        Assert.False(member.IsSensitive);
        Assert.False(member.IsEncryptedAtRest);
        Assert.Null(member.ClassificationName);
        Assert.Null(host.Get("ApplicationUser", "SecurityStamp"));
    }

    [Fact]
    public void IdentityProtectedPersonalData_IsEncryptedAtRest()
    {
        var host = ModelHost.Create([IdentityStubs, """
            public class ApplicationUser
            {
                [Microsoft.AspNetCore.Identity.ProtectedPersonalData]
                public string? Email { get; set; }
            }
            """]);

        var member = host.GetRequired("ApplicationUser", "Email");

        Assert.Equal(PersonalDataMarkerKinds.IdentityProtectedPersonalData, member.Markers);
        Assert.Equal(CategoryTaxonomy.UnspecifiedId, member.Category);
        Assert.True(member.IsEncryptedAtRest);
        Assert.False(member.IsSensitive);
    }

    [Fact]
    public void UserSubclassOfIdentityMarker_IsRecognized()
    {
        var host = ModelHost.Create([IdentityStubs, """
            public sealed class VaultedAttribute : Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute { }
            public sealed class ExportedAttribute : Microsoft.AspNetCore.Identity.PersonalDataAttribute { }

            public class ApplicationUser
            {
                [Vaulted]
                public string? Email { get; set; }

                [Exported]
                public string? Name { get; set; }
            }
            """]);

        var email = host.GetRequired("ApplicationUser", "Email");
        var name = host.GetRequired("ApplicationUser", "Name");

        Assert.Equal(PersonalDataMarkerKinds.IdentityProtectedPersonalData, email.Markers);
        Assert.True(email.IsEncryptedAtRest);
        Assert.Equal(PersonalDataMarkerKinds.IdentityPersonalData, name.Markers);
        Assert.False(name.IsEncryptedAtRest);
    }

    [Fact]
    public void IdentityAndOurPersonalData_OurCategoryWins_BothMarkersRecorded()
    {
        var host = ModelHost.Create([IdentityStubs, """
            using PiiAnalyzers;

            public class ApplicationUser
            {
                [Microsoft.AspNetCore.Identity.PersonalData]
                [PiiAnalyzers.PersonalData(DataCategories.Contact.Phone, Purpose = "Two-factor sign-in")]
                public string? PhoneNumber { get; set; }

                [Microsoft.AspNetCore.Identity.ProtectedPersonalData]
                [PiiAnalyzers.PersonalData(DataCategories.Identity.NationalId)]
                public string? NationalId { get; set; }
            }
            """]);

        var phone = host.GetRequired("ApplicationUser", "PhoneNumber");
        var nationalId = host.GetRequired("ApplicationUser", "NationalId");

        Assert.Equal(PersonalDataMarkerKinds.PersonalData | PersonalDataMarkerKinds.IdentityPersonalData, phone.Markers);
        Assert.Equal("contact.phone", phone.Category);
        Assert.Equal("Two-factor sign-in", phone.Purpose);
        Assert.False(phone.IsEncryptedAtRest);

        Assert.Equal(PersonalDataMarkerKinds.PersonalData | PersonalDataMarkerKinds.IdentityProtectedPersonalData, nationalId.Markers);
        Assert.Equal("identity.national-id", nationalId.Category);
        Assert.True(nationalId.IsSensitive);
        Assert.True(nationalId.IsEncryptedAtRest);
    }

    [Fact]
    public void IdentityPersonalData_WithSensitiveAndRetention_TakesThem()
    {
        var host = ModelHost.Create([IdentityStubs, """
            using PiiAnalyzers;

            public class ApplicationUser
            {
                [Microsoft.AspNetCore.Identity.PersonalData]
                [Sensitive]
                [RetainUntil(RetentionEvents.AccountDeleted)]
                public string? Biography { get; set; }
            }
            """]);

        var member = host.GetRequired("ApplicationUser", "Biography");

        Assert.Equal(PersonalDataMarkerKinds.IdentityPersonalData, member.Markers);
        Assert.Equal(CategoryTaxonomy.UnspecifiedId, member.Category);
        Assert.True(member.IsSensitive);
        Assert.Equal("account-deleted", member.Retention?.Event);
    }

    [Fact]
    public void IdentityMarkers_AreResolvedByMetadataName()
    {
        var host = ModelHost.Create([IdentityStubs, "public class Empty { }"]);

        Assert.Equal("Microsoft.AspNetCore.Identity.PersonalDataAttribute", host.Model.Markers.IdentityPersonalData?.ToDisplayString());
        Assert.Equal("Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute", host.Model.Markers.IdentityProtectedPersonalData?.ToDisplayString());
        Assert.True(host.Model.Markers.AnyMarkerVisible);
    }

    [Fact]
    public void SameSimpleNameInAnotherNamespace_IsNotAMarker()
    {
        var host = ModelHost.Create("""
            namespace Elsewhere
            {
                public class PersonalDataAttribute : System.Attribute { }
                public class ProtectedPersonalDataAttribute : System.Attribute { }
            }

            public class ApplicationUser
            {
                [Elsewhere.PersonalData]
                public string? PhoneNumber { get; set; }

                [Elsewhere.ProtectedPersonalData]
                public string? Email { get; set; }
            }
            """);

        Assert.Null(host.Get("ApplicationUser", "PhoneNumber"));
        Assert.Null(host.Get("ApplicationUser", "Email"));
        Assert.Null(host.Model.Markers.IdentityPersonalData);
    }
}
