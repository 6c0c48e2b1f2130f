using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Tests.Model;

public class GetPersonalMembersTests
{
    [Fact]
    public void ListsMarkedInstanceFieldsAndProperties_InDeclarationOrder()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Profile.Name)]
                public string Name { get; set; } = "";

                public int Age { get; set; }

                [PersonalData(DataCategories.Contact.Phone)]
                private string _phone = "";

                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";

                [PersonalData(DataCategories.Contact.Address)]
                public static string LastAddress = "";

                [PersonalData(DataCategories.Contact.Emergency)]
                public const string Hotline = "110";

                public void Call([PersonalData(DataCategories.Contact.Phone)] string phone) { }

                public string PhoneForDisplay => _phone;
            }
            """);

        var members = host.Model.GetPersonalMembers(host.Type("Customer"));

        Assert.Equal(["Name", "_phone", "Email"], members.Select(member => member.Symbol.Name));
        Assert.Equal(["profile.name", "contact.phone", "contact.email"], members.Select(member => member.Category));
    }

    [Fact]
    public void IncludesInheritedMembers_MostDerivedFirst()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Person
            {
                [PersonalData(DataCategories.Profile.Name)]
                public string Name { get; set; } = "";

                [PersonalData(DataCategories.Profile.BirthDate)]
                private string _birthDate = "";

                public string BirthDate => _birthDate;
            }

            public class Customer : Person
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";
            }

            public class Vip : Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public string Phone { get; set; } = "";
            }
            """);

        var members = host.Model.GetPersonalMembers(host.Type("Vip"));

        Assert.Equal(["Phone", "Email", "Name", "_birthDate"], members.Select(member => member.Symbol.Name));
        Assert.Equal(["Vip", "Customer", "Person", "Person"], members.Select(member => member.Symbol.ContainingType.Name));
    }

    [Fact]
    public void OverriddenProperty_IsListedOnce_AsTheMostDerivedOverride()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public abstract class Person
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public abstract string Phone { get; set; }

                [PersonalData(DataCategories.Profile.Name)]
                public virtual string Name { get; set; } = "";
            }

            public class Customer : Person
            {
                public override string Phone { get; set; } = "";
            }

            public class Vip : Customer
            {
                [PersonalData(DataCategories.Contact.Email)]
                public override string Name { get; set; } = "";

                public override string Phone { get; set; } = "";
            }
            """);

        var vipMembers = host.Model.GetPersonalMembers(host.Type("Vip"));

        Assert.Equal(["Vip.Name", "Vip.Phone"], vipMembers.Select(member => member.Symbol.ContainingType.Name + "." + member.Symbol.Name));
        Assert.Equal(["contact.email", "contact.phone"], vipMembers.Select(member => member.Category));

        var customerMembers = host.Model.GetPersonalMembers(host.Type("Customer"));

        Assert.Equal(["Customer.Phone", "Person.Name"], customerMembers.Select(member => member.Symbol.ContainingType.Name + "." + member.Symbol.Name));
    }

    [Fact]
    public void HiddenBaseMember_IsStillListed_BecauseTheValueStillCarriesIt()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Person
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string Email = "";

                [PersonalData(DataCategories.Contact.Phone)]
                private string _phone = "";

                public string Phone => _phone;
            }

            public class Customer : Person
            {
                public new string Email = "";

                private int _phone;

                public int PhoneCount => _phone;
            }
            """);

        var customer = host.Type("Customer");
        var members = host.Model.GetPersonalMembers(customer);

        Assert.Equal(["Person.Email", "Person._phone"], members.Select(member => member.Symbol.ContainingType.Name + "." + member.Symbol.Name));
        Assert.True(host.Model.ContainsPersonalData(customer));
    }

    [Fact]
    public void PlainTypes_HaveNoPersonalMembers()
    {
        var host = ModelHost.Create("""
            public class Product
            {
                public string Name { get; set; } = "";
            }

            public enum Tier { Bronze }
            """);

        Assert.Empty(host.Model.GetPersonalMembers(host.Type("Product")));
        Assert.Empty(host.Model.GetPersonalMembers(host.Type("Tier")));
        Assert.Empty(host.Model.GetPersonalMembers(host.Compilation.GetSpecialType(SpecialType.System_String)));
    }

    [Fact]
    public void NestedPersonalType_IsNotFlattenedIntoTheContainer()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";
            }

            public class Order
            {
                public Customer Buyer { get; set; } = new();
            }
            """);

        var order = host.Type("Order");

        Assert.Empty(host.Model.GetPersonalMembers(order));
        Assert.True(host.Model.ContainsPersonalData(order));
    }

    [Fact]
    public void ConstructedGenericType_ListsMembersOfTheConstruction()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Envelope<T>
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string Recipient { get; set; } = "";

                public T? Body { get; set; }
            }

            public class Uses
            {
                public Envelope<int> Envelope = new();
            }
            """);

        var constructed = host.Field("Uses", "Envelope").Type;
        var members = host.Model.GetPersonalMembers(constructed);

        var member = Assert.Single(members);
        Assert.Equal("Recipient", member.Symbol.Name);
        Assert.Equal(constructed, member.Symbol.ContainingType, SymbolEqualityComparer.Default);
    }
}
