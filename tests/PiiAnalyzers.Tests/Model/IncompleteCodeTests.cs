using Microsoft.CodeAnalysis;
using PiiAnalyzers.Model;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Tests.Model;

/// <summary>Code being typed binds partially: the model must answer without throwing.</summary>
public class IncompleteCodeTests
{
    [Fact]
    public void PersonalDataWithoutArgument_IsUnspecifiedPersonalData()
    {
        var host = ModelHost.CreateWithErrors("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData()]
                public string Phone { get; set; } = "";
            }
            """,
            "CS7036");

        var member = host.GetRequired("Customer", "Phone");

        Assert.Equal(PersonalDataMarkerKinds.PersonalData, member.Markers);
        Assert.Equal(CategoryTaxonomy.UnspecifiedId, member.Category);
        Assert.False(member.IsSensitive);
        Assert.True(host.Model.ContainsPersonalData(host.Type("Customer")));
    }

    [Fact]
    public void NonConstantArgument_IsUnspecifiedPersonalData_NamedArgumentsStillRead()
    {
        var host = ModelHost.CreateWithErrors("""
            using PiiAnalyzers;

            public class Customer
            {
                public static string Category = "contact.phone";

                [PersonalData(Category, Purpose = "Support", Sensitive = true)]
                public string Phone { get; set; } = "";
            }
            """,
            "CS0182");

        var member = host.GetRequired("Customer", "Phone");

        Assert.Equal(CategoryTaxonomy.UnspecifiedId, member.Category);
        Assert.Equal("Support", member.Purpose);
        Assert.True(member.IsSensitive);
    }

    [Fact]
    public void WrongArgumentTypes_DoNotThrow()
    {
        var host = ModelHost.CreateWithErrors("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(42, Purpose = 7, Sensitive = "yes")]
                [RetainUntil(180)]
                [SharedWith(true, Purpose = 1)]
                public string Phone { get; set; } = "";
            }
            """,
            "CS1503");

        var member = host.GetRequired("Customer", "Phone");

        Assert.Equal(CategoryTaxonomy.UnspecifiedId, member.Category);
        Assert.Null(member.Purpose);
        Assert.False(member.IsSensitive);
        Assert.Null(member.RetentionText);
        Assert.Null(member.Retention);
        Assert.Empty(member.Recipients);
    }

    [Fact]
    public void RetainUntilWithoutArgument_HasNoRetention()
    {
        var host = ModelHost.CreateWithErrors("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                [RetainUntil]
                [SharedWith]
                public string Phone { get; set; } = "";
            }
            """,
            "CS7036");

        var member = host.GetRequired("Customer", "Phone");

        Assert.Equal("contact.phone", member.Category);
        Assert.Null(member.RetentionText);
        Assert.Null(member.Retention);
        Assert.Empty(member.Recipients);
    }

    [Fact]
    public void UnknownAttribute_IsIgnored()
    {
        var host = ModelHost.CreateWithErrors("""
            using PiiAnalyzers;

            public class Customer
            {
                [Frobnicate("contact.phone")]
                public string Phone { get; set; } = "";

                [Frobnicate]
                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";
            }
            """,
            "CS0246");

        Assert.Null(host.Get("Customer", "Phone"));
        Assert.Equal("contact.email", host.GetRequired("Customer", "Email").Category);
    }

    [Fact]
    public void PersonalDataWithoutUsing_DoesNotBind_AndIsNotPersonal()
    {
        var host = ModelHost.CreateWithErrors("""
            public class Customer
            {
                [PersonalData("contact.phone")]
                public string Phone { get; set; } = "";
            }
            """,
            "CS0246");

        Assert.Null(host.Get("Customer", "Phone"));
        Assert.False(host.Model.ContainsPersonalData(host.Type("Customer")));
    }

    [Fact]
    public void UnresolvedMemberTypes_DoNotContain_ButMarkedOnesAreStillPersonal()
    {
        var host = ModelHost.CreateWithErrors("""
            using System.Collections.Generic;
            using PiiAnalyzers;

            public class Order
            {
                public Missing Buyer { get; set; }
                public List<AlsoMissing> Items { get; } = new();
                public Missing[] Others = [];

                [PersonalData(DataCategories.Contact.Address)]
                public Unknown Address { get; set; }
            }

            public class Basket
            {
                public Missing Buyer { get; set; }
            }
            """,
            "CS0246");

        var model = host.Model;

        Assert.False(model.ContainsPersonalData(host.Property("Order", "Buyer").Type));
        Assert.False(model.ContainsPersonalData(host.Property("Order", "Items").Type));
        Assert.False(model.ContainsPersonalData(host.Field("Order", "Others").Type));
        Assert.False(model.HoldsPersonalData(host.Property("Order", "Buyer")));
        Assert.Equal("contact.address", host.GetRequired("Order", "Address").Category);
        Assert.True(model.ContainsPersonalData(host.Type("Order")));
        Assert.False(model.ContainsPersonalData(host.Type("Basket")));
        Assert.Equal(["Address"], model.GetPersonalMembers(host.Type("Order")).Select(member => member.Symbol.Name));
    }

    [Fact]
    public void UnresolvedBaseType_DoesNotThrow()
    {
        var host = ModelHost.CreateWithErrors("""
            using PiiAnalyzers;

            public class Customer : MissingBase
            {
                [PersonalData(DataCategories.Contact.Email)]
                public override string Email { get; set; } = "";

                public override string Phone { get; set; } = "";
            }
            """,
            "CS0246");

        Assert.Equal("contact.email", host.GetRequired("Customer", "Email").Category);
        Assert.Null(host.Get("Customer", "Phone"));
        Assert.True(host.Model.ContainsPersonalData(host.Type("Customer")));
        Assert.Equal(["Email"], host.Model.GetPersonalMembers(host.Type("Customer")).Select(member => member.Symbol.Name));
    }

    [Fact]
    public void BadCustomCategoryDeclarations_DoNotThrow()
    {
        var host = ModelHost.CreateWithErrors("""
            using PiiAnalyzers;

            [assembly: PersonalDataCategory("loyalty.member-id")]
            [assembly: PersonalDataCategory(1, 2, 3)]
            [assembly: PersonalDataCategory("loyalty.points", "积分", "points")]
            """,
            "CS7036",
            "CS1503");

        var declaration = Assert.Single(host.Model.CustomCategories);
        Assert.Equal("loyalty.points", declaration.Id);
        Assert.True(host.Model.Taxonomy.IsKnown("loyalty.points"));
        Assert.False(host.Model.Taxonomy.IsKnown("loyalty.member-id"));
    }

    [Fact]
    public void ParsedButUnfinishedMember_DoesNotThrow()
    {
        var host = ModelHost.CreateWithErrors("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.
                public string Phone { get; set; } = "";

                [PersonalData(
            }
            """,
            "CS1001");

        var customer = host.Type("Customer");
        foreach (var symbol in customer.GetMembers())
        {
            _ = host.Model.GetMember(symbol);
            _ = host.Model.HoldsPersonalData(symbol);
        }

        _ = host.Model.ContainsPersonalData(customer);
        _ = host.Model.GetPersonalMembers(customer);
        Assert.Equal(CategoryTaxonomy.UnspecifiedId, host.GetRequired("Customer", "Phone").Category);
    }

    [Fact]
    public void ErrorTypeSymbol_DoesNotContain()
    {
        var host = ModelHost.CreateWithErrors("public class Customer { public Missing Value; }", "CS0246");

        var errorType = host.Field("Customer", "Value").Type;

        Assert.Equal(TypeKind.Error, errorType.TypeKind);
        Assert.False(host.Model.ContainsPersonalData(errorType));
        Assert.Empty(host.Model.GetPersonalMembers(errorType));
    }
}
