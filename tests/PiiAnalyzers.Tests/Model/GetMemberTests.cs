using PiiAnalyzers.Model;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Tests.Model;

public class GetMemberTests
{
    [Fact]
    public void Field_WithPersonalData_HasCategoryAndNothingElse()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public string Phone = "";
            }
            """);

        var field = host.Field("Customer", "Phone");
        var member = host.Model.GetMember(field);

        Assert.NotNull(member);
        Assert.Same(field, member.Symbol);
        Assert.Equal(PersonalDataMarkerKinds.PersonalData, member.Markers);
        Assert.Equal("contact.phone", member.Category);
        Assert.False(member.IsSensitive);
        Assert.Null(member.Purpose);
        Assert.Null(member.RetentionText);
        Assert.Null(member.Retention);
        Assert.Empty(member.Recipients);
        Assert.False(member.IsEncryptedAtRest);
        Assert.Null(member.ClassificationName);
    }

    [Fact]
    public void Property_WithPersonalData_HasCategory()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";
            }
            """);

        var property = host.Property("Customer", "Email");
        var member = host.Model.GetMember(property);

        Assert.NotNull(member);
        Assert.Same(property, member.Symbol);
        Assert.Equal(PersonalDataMarkerKinds.PersonalData, member.Markers);
        Assert.Equal("contact.email", member.Category);
        Assert.False(member.IsSensitive);
    }

    [Fact]
    public void MethodParameter_WithPersonalData_HasCategory_OtherParameterDoesNot()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Registration
            {
                public void Register([PersonalData(DataCategories.Identity.NationalId)] string nationalId, int attempts) { }
            }
            """);

        var parameter = host.Parameter("Registration", "Register", "nationalId");
        var member = host.Model.GetMember(parameter);

        Assert.NotNull(member);
        Assert.Same(parameter, member.Symbol);
        Assert.Equal(PersonalDataMarkerKinds.PersonalData, member.Markers);
        Assert.Equal("identity.national-id", member.Category);
        Assert.True(member.IsSensitive);
        Assert.Null(host.Model.GetMember(host.Parameter("Registration", "Register", "attempts")));
    }

    [Fact]
    public void Purpose_NamedArgument_IsRead()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Order
            {
                [PersonalData(DataCategories.Contact.Address, Purpose = "Order delivery")]
                public string Address { get; set; } = "";
            }
            """);

        var member = host.GetRequired("Order", "Address");

        Assert.Equal("contact.address", member.Category);
        Assert.Equal("Order delivery", member.Purpose);
        Assert.False(member.IsSensitive);
    }

    [Fact]
    public void SensitiveTrue_NamedArgument_MakesNonSensitiveCategorySensitive()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone, Sensitive = true)]
                public string Phone { get; set; } = "";
            }
            """);

        var member = host.GetRequired("Customer", "Phone");

        Assert.Equal("contact.phone", member.Category);
        Assert.True(member.IsSensitive);
    }

    [Fact]
    public void SensitiveFalse_NamedArgument_OverridesSensitiveCategory()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Identity.NationalId, Sensitive = false)]
                public string MaskedNationalId { get; set; } = "";
            }
            """);

        var member = host.GetRequired("Customer", "MaskedNationalId");

        Assert.Equal("identity.national-id", member.Category);
        Assert.False(member.IsSensitive);
    }

    [Fact]
    public void SensitiveAttribute_MakesNonSensitiveCategorySensitive()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                [Sensitive]
                public string Phone { get; set; } = "";
            }
            """);

        var member = host.GetRequired("Customer", "Phone");

        Assert.Equal("contact.phone", member.Category);
        Assert.True(member.IsSensitive);
        Assert.Equal(PersonalDataMarkerKinds.PersonalData, member.Markers);
    }

    [Fact]
    public void SensitiveAttribute_WinsOverSensitiveFalseArgument()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone, Sensitive = false)]
                [Sensitive]
                public string Phone { get; set; } = "";
            }
            """);

        Assert.True(host.GetRequired("Customer", "Phone").IsSensitive);
    }

    [Fact]
    public void SensitiveAttribute_Alone_DoesNotMarkMember()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [Sensitive]
                [RetainUntil("P30D")]
                [SharedWith("Acme")]
                [EncryptedAtRest]
                public string Notes { get; set; } = "";
            }
            """);

        Assert.Null(host.Get("Customer", "Notes"));
    }

    [Theory]
    [InlineData("identity.national-id", true)]
    [InlineData("biometric.face", true)]
    [InlineData("account.credential", true)]
    [InlineData("location.precise", true)]
    [InlineData("contact.phone", false)]
    [InlineData("location.coarse", false)]
    [InlineData("biometric", true)]
    [InlineData("identity", true)]
    [InlineData("contact", false)]
    [InlineData("profile", false)]
    [InlineData("unknown.category", false)]
    public void Sensitivity_ComesFromCategory(string category, bool expectedSensitive)
    {
        var host = ModelHost.Create($$"""
            using PiiAnalyzers;

            public class Holder
            {
                [PersonalData("{{category}}")]
                public string Value { get; set; } = "";
            }
            """);

        var member = host.GetRequired("Holder", "Value");

        Assert.Equal(category, member.Category);
        Assert.Equal(expectedSensitive, member.IsSensitive);
    }

    [Fact]
    public void RetainUntil_EventAndDuration_IsParsed()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                [RetainUntil("account-deleted+P3D")]
                public string Phone { get; set; } = "";
            }
            """);

        var member = host.GetRequired("Customer", "Phone");

        Assert.Equal("account-deleted+P3D", member.RetentionText);
        Assert.NotNull(member.Retention);
        Assert.Equal("account-deleted+P3D", member.Retention.Text);
        Assert.Equal("account-deleted", member.Retention.Event);
        Assert.NotNull(member.Retention.Duration);
        Assert.Equal(3, member.Retention.Duration.Value.Days);
        Assert.Equal(0, member.Retention.Duration.Value.Years);
        Assert.False(member.Retention.IsNotStored);
    }

    [Fact]
    public void RetainUntil_RetentionEventsConstant_IsParsed()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                [RetainUntil(RetentionEvents.NotStored)]
                public string Phone { get; set; } = "";
            }
            """);

        var member = host.GetRequired("Customer", "Phone");

        Assert.Equal("not-stored", member.RetentionText);
        Assert.NotNull(member.Retention);
        Assert.Equal("not-stored", member.Retention.Event);
        Assert.Null(member.Retention.Duration);
        Assert.True(member.Retention.IsNotStored);
    }

    [Fact]
    public void RetainUntil_Malformed_KeepsTextWithoutRule()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                [RetainUntil("forever")]
                public string Phone { get; set; } = "";
            }
            """);

        var member = host.GetRequired("Customer", "Phone");

        Assert.Equal("forever", member.RetentionText);
        Assert.Null(member.Retention);
    }

    [Fact]
    public void SharedWith_Repeated_KeepsEachRecipientInOrderWithPurpose()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Order
            {
                [PersonalData(DataCategories.Contact.Phone)]
                [SharedWith("SF Express", Purpose = "Parcel delivery")]
                [SharedWith("Alipay")]
                public string Phone { get; set; } = "";
            }
            """);

        var recipients = host.GetRequired("Order", "Phone").Recipients;

        Assert.Collection(
            recipients,
            first =>
            {
                Assert.Equal("SF Express", first.Name);
                Assert.Equal("Parcel delivery", first.Purpose);
            },
            second =>
            {
                Assert.Equal("Alipay", second.Name);
                Assert.Null(second.Purpose);
            });
    }

    [Fact]
    public void SharedWith_DuplicateRecipient_CollapsesToFirst()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Order
            {
                [PersonalData(DataCategories.Contact.Phone)]
                [SharedWith("SF Express", Purpose = "Parcel delivery")]
                [SharedWith("SF Express", Purpose = "Returns")]
                [SharedWith("Alipay")]
                public string Phone { get; set; } = "";
            }
            """);

        var recipients = host.GetRequired("Order", "Phone").Recipients;

        Assert.Equal(["SF Express", "Alipay"], recipients.Select(recipient => recipient.Name));
        Assert.Equal("Parcel delivery", recipients[0].Purpose);
    }

    [Fact]
    public void SharedWith_BlankRecipient_IsIgnored()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Order
            {
                [PersonalData(DataCategories.Contact.Phone)]
                [SharedWith("  ")]
                [SharedWith("")]
                public string Phone { get; set; } = "";
            }
            """);

        Assert.Empty(host.GetRequired("Order", "Phone").Recipients);
    }

    [Fact]
    public void EncryptedAtRest_IsRead()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Identity.NationalId)]
                [EncryptedAtRest]
                public string NationalId { get; set; } = "";

                [PersonalData(DataCategories.Identity.Passport)]
                public string Passport { get; set; } = "";
            }
            """);

        Assert.True(host.GetRequired("Customer", "NationalId").IsEncryptedAtRest);
        Assert.False(host.GetRequired("Customer", "Passport").IsEncryptedAtRest);
    }

    [Fact]
    public void ConstField_IsNotPersonalData()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Defaults
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public const string SupportPhone = "400-000-0000";
            }
            """);

        Assert.Null(host.Get("Defaults", "SupportPhone"));
    }

    [Fact]
    public void UnmarkedMembers_AreNotPersonalData()
    {
        var host = ModelHost.Create("""
            public class Customer
            {
                public string Phone = "";
                public string Email { get; set; } = "";
                public void Call(string phone) { }
            }
            """);

        Assert.Null(host.Get("Customer", "Phone"));
        Assert.Null(host.Get("Customer", "Email"));
        Assert.Null(host.Model.GetMember(host.Parameter("Customer", "Call", "phone")));
    }

    [Fact]
    public void NonDataSymbols_AreNotPersonalData()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public string Phone { get; set; } = "";

                public void Call() { }
            }
            """);

        var type = host.Type("Customer");

        Assert.Null(host.Model.GetMember(type));
        Assert.Null(host.Model.GetMember(type.GetMembers("Call").Single()));
        Assert.Null(host.Model.GetMember(host.Property("Customer", "Phone").GetMethod!));
    }

    [Fact]
    public void GetMember_ReturnsSameInstanceForSameSymbol()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public string Phone { get; set; } = "";
            }
            """);

        var property = host.Property("Customer", "Phone");

        Assert.Same(host.Model.GetMember(property), host.Model.GetMember(property));
    }

    [Fact]
    public void Category_IsKeptAsWritten_EvenWhenUnknown()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData("contact.phon")]
                public string Phone { get; set; } = "";

                [PersonalData(null)]
                public string Other { get; set; } = "";
            }
            """);

        Assert.Equal("contact.phon", host.GetRequired("Customer", "Phone").Category);
        Assert.Equal(string.Empty, host.GetRequired("Customer", "Other").Category);
        Assert.False(host.Model.Taxonomy.IsKnown("contact.phon"));
        Assert.NotEqual(CategoryTaxonomy.UnspecifiedId, host.GetRequired("Customer", "Phone").Category);
    }

    [Fact]
    public void MemberOfConstructedGenericType_TakesTheDefinitionsMarkers()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Envelope<T>
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string Recipient { get; set; } = "";

                public T? Body { get; set; }
            }

            public class Mailer
            {
                public Envelope<int> Last = new();
            }
            """);

        var constructed = (Microsoft.CodeAnalysis.INamedTypeSymbol)host.Field("Mailer", "Last").Type;
        var recipient = constructed.GetMembers("Recipient").Single();

        var member = host.Model.GetMember(recipient);

        Assert.NotNull(member);
        Assert.Equal("contact.email", member.Category);
        Assert.Null(host.Model.GetMember(constructed.GetMembers("Body").Single()));
    }
}
