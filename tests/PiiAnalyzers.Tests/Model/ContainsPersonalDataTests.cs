using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Tests.Model;

public class ContainsPersonalDataTests
{
    private const string Shop = """
        using System.Collections.Generic;
        using PiiAnalyzers;

        public class Customer
        {
            [PersonalData(DataCategories.Contact.Email)]
            public string Email { get; set; } = "";

            public int Age { get; set; }
        }

        public class VipCustomer : Customer
        {
            public int Level { get; set; }
        }

        public class Order
        {
            public int Id { get; set; }
            public Customer Buyer { get; set; } = new();
        }

        public class Invoice
        {
            public Order Order = new();
        }

        public struct Badge
        {
            [PersonalData(DataCategories.Profile.Name)]
            public string Holder;
        }

        public enum Tier { Bronze, Gold }

        public class Courier([PersonalData(DataCategories.Contact.Phone)] string phone)
        {
            public string Call() => phone;
        }

        public class Dispatch(Courier courier, int priority)
        {
            public int Priority => priority;
            public Courier Courier => courier;
        }

        public class ExpressCourier(string phone) : Courier(phone);

        public struct Ticket([PersonalData(DataCategories.Contact.Phone)] string phone)
        {
            public readonly string Call() => phone;
        }

        public struct Waybill(string number, int weight)
        {
            public readonly string Number => number;
            public readonly int Weight => weight;
        }

        public class Product
        {
            public string Name { get; set; } = "";
            public decimal Price { get; set; }
            public Tier Tier { get; set; }
            public List<string> Tags { get; } = new();
        }

        public class Holders
        {
            public List<Customer> List = new();
            public Customer[] Array = [];
            public Customer[][] Jagged = [];
            public Dictionary<string, Customer> ByKey = new();
            public Dictionary<Customer, int> ByCustomer = new();
            public IEnumerable<Customer> Enumerable = [];
            public IReadOnlyList<Customer> ReadOnlyList = [];
            public ICollection<Customer> Collection = new List<Customer>();
            public IList<Customer> IList = new List<Customer>();
            public Badge? NullableBadge;
            public Badge Badge;
            public Customer? NullableCustomer;
            public (Customer Customer, int Count) Tuple;
            public System.Lazy<Customer> Lazy = new();
            public System.Threading.Tasks.Task<Customer>? Pending;
            public KeyValuePair<string, Customer> Pair;
            public List<int> Numbers = new();
            public int[] NumberArray = [];
            public IEnumerable<Product> Products = [];
            public Dictionary<string, List<Customer>> Nested = new();
            public System.Action<Customer>? Callback;
            public Tier Tier;
            public string Text = "";
            public object? Anything;
        }
        """;

    [Fact]
    public void TypeWithMarkedMember_Contains()
    {
        var host = ModelHost.Create(Shop);

        Assert.True(host.Model.ContainsPersonalData(host.Type("Customer")));
        Assert.True(host.Model.ContainsPersonalData(host.Type("Badge")));
    }

    [Fact]
    public void InheritedMarkedMember_Contains()
    {
        var host = ModelHost.Create(Shop);

        Assert.True(host.Model.ContainsPersonalData(host.Type("VipCustomer")));
    }

    [Fact]
    public void NestedType_Contains_Transitively()
    {
        var host = ModelHost.Create(Shop);

        Assert.True(host.Model.ContainsPersonalData(host.Type("Order")));
        Assert.True(host.Model.ContainsPersonalData(host.Type("Invoice")));
    }

    [Fact]
    public void MarkedPrimaryConstructorParameter_Contains_AsDoTypesThatHoldOrInheritIt()
    {
        var host = ModelHost.Create(Shop);

        Assert.True(host.Model.ContainsPersonalData(host.Type("Courier")));
        Assert.True(host.Model.ContainsPersonalData(host.Type("Dispatch")));
        Assert.True(host.Model.ContainsPersonalData(host.Type("ExpressCourier")));
        Assert.True(host.Model.ContainsPersonalData(host.Type("Ticket")));
        Assert.False(host.Model.ContainsPersonalData(host.Type("Waybill")));
    }

    [Fact]
    public void TypesWithNothingPersonal_DoNotContain()
    {
        var host = ModelHost.Create(Shop);
        var model = host.Model;

        Assert.False(model.ContainsPersonalData(host.Compilation.GetSpecialType(SpecialType.System_String)));
        Assert.False(model.ContainsPersonalData(host.Compilation.GetSpecialType(SpecialType.System_Int32)));
        Assert.False(model.ContainsPersonalData(host.Compilation.GetSpecialType(SpecialType.System_Object)));
        Assert.False(model.ContainsPersonalData(host.Type("Tier")));
        Assert.False(model.ContainsPersonalData(host.Type("Product")));
    }

    [Theory]
    [InlineData("List")]
    [InlineData("Array")]
    [InlineData("Jagged")]
    [InlineData("ByKey")]
    [InlineData("ByCustomer")]
    [InlineData("Enumerable")]
    [InlineData("ReadOnlyList")]
    [InlineData("Collection")]
    [InlineData("IList")]
    [InlineData("NullableBadge")]
    [InlineData("Badge")]
    [InlineData("NullableCustomer")]
    [InlineData("Tuple")]
    [InlineData("Lazy")]
    [InlineData("Pending")]
    [InlineData("Pair")]
    [InlineData("Nested")]
    public void ContainerOfPersonalData_Contains(string fieldName)
    {
        var host = ModelHost.Create(Shop);
        var field = host.Field("Holders", fieldName);

        Assert.True(host.Model.ContainsPersonalData(field.Type), $"{field.Type.ToDisplayString()} should contain personal data.");
        Assert.True(host.Model.HoldsPersonalData(field));
        Assert.Null(host.Model.GetMember(field));
    }

    [Theory]
    [InlineData("Numbers")]
    [InlineData("NumberArray")]
    [InlineData("Products")]
    [InlineData("Tier")]
    [InlineData("Text")]
    [InlineData("Anything")]
    public void ContainerOfNothingPersonal_DoesNotContain(string fieldName)
    {
        var host = ModelHost.Create(Shop);
        var field = host.Field("Holders", fieldName);

        Assert.False(host.Model.ContainsPersonalData(field.Type), $"{field.Type.ToDisplayString()} should not contain personal data.");
        Assert.False(host.Model.HoldsPersonalData(field));
    }

    [Fact]
    public void Delegate_DoesNotContain_EvenOverPersonalType()
    {
        var host = ModelHost.Create(Shop);

        Assert.False(host.Model.ContainsPersonalData(host.Field("Holders", "Callback").Type));
    }

    [Fact]
    public void Holders_Contains_BecauseItsFieldsDo()
    {
        var host = ModelHost.Create(Shop);

        Assert.True(host.Model.ContainsPersonalData(host.Type("Holders")));
    }

    [Fact]
    public void StaticMembers_AreIgnored()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";
            }

            public class Registry
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public static string LastPhone = "";

                [PersonalData(DataCategories.Contact.Email)]
                public static string LastEmail { get; set; } = "";

                public static Customer Current = new();

                public int Count;
            }
            """);

        var registry = host.Type("Registry");

        Assert.False(host.Model.ContainsPersonalData(registry));
        Assert.Empty(host.Model.GetPersonalMembers(registry));

        // The static member itself is still marked: it is the type's values that carry nothing.
        Assert.Equal("contact.phone", host.GetRequired("Registry", "LastPhone").Category);
    }

    [Fact]
    public void ConstMarkedMember_DoesNotMakeTypeContain()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Defaults
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public const string SupportPhone = "400-000-0000";
            }
            """);

        Assert.False(host.Model.ContainsPersonalData(host.Type("Defaults")));
    }

    [Fact]
    public void MarkedParameterOfMethod_DoesNotMakeTypeContain()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Mailer
            {
                public void Send([PersonalData(DataCategories.Contact.Email)] string to) { }
            }
            """);

        Assert.False(host.Model.ContainsPersonalData(host.Type("Mailer")));
    }

    [Fact]
    public void IndexerMarked_DoesNotMakeTypeContain()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Lookup
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string this[int index] => "";
            }
            """);

        Assert.False(host.Model.ContainsPersonalData(host.Type("Lookup")));
    }

    [Fact]
    public void InterfaceWithMarkedProperty_Contains()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public interface IHasEmail
            {
                [PersonalData(DataCategories.Contact.Email)]
                string Email { get; }
            }

            public class Service
            {
                public IHasEmail? Current;
            }
            """);

        Assert.True(host.Model.ContainsPersonalData(host.Type("IHasEmail")));
        Assert.True(host.Model.HoldsPersonalData(host.Field("Service", "Current")));
    }

    [Fact]
    public void TypeParameter_DoesNotContain_ButConstructedTypeDoes()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";
            }

            public class Box<T>
            {
                public T? Value;
            }

            public class Uses
            {
                public Box<Customer> Customer = new();
                public Box<int> Number = new();
            }
            """);

        var box = host.Type("Box`1");

        Assert.False(host.Model.ContainsPersonalData(box));
        Assert.False(host.Model.ContainsPersonalData(box.TypeParameters[0]));
        Assert.True(host.Model.ContainsPersonalData(host.Field("Uses", "Customer").Type));
        Assert.False(host.Model.ContainsPersonalData(host.Field("Uses", "Number").Type));
    }

    [Fact]
    public void HoldsPersonalData_ForMarkedMember_LocalAndType()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";

                public string Note { get; set; } = "";

                public Customer? Referrer { get; set; }

                public void Method(Customer other, string text)
                {
                    var local = other;
                    var plain = text;
                }
            }
            """);

        var model = host.Model;
        var method = (IMethodSymbol)host.Type("Customer").GetMembers("Method").Single();
        var tree = host.Compilation.SyntaxTrees.Single();
        var semanticModel = host.Compilation.GetSemanticModel(tree);
        var locals = tree.GetRoot().DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax>()
            .Select(declarator => (ILocalSymbol)semanticModel.GetDeclaredSymbol(declarator)!)
            .ToDictionary(local => local.Name);

        Assert.True(model.HoldsPersonalData(host.Property("Customer", "Email")));
        Assert.False(model.HoldsPersonalData(host.Property("Customer", "Note")));
        Assert.True(model.HoldsPersonalData(host.Property("Customer", "Referrer")));
        Assert.True(model.HoldsPersonalData(method.Parameters[0]));
        Assert.False(model.HoldsPersonalData(method.Parameters[1]));
        Assert.True(model.HoldsPersonalData(locals["local"]));
        Assert.False(model.HoldsPersonalData(locals["plain"]));
        Assert.True(model.HoldsPersonalData(host.Type("Customer")));
        Assert.False(model.HoldsPersonalData(method));
    }

    [Fact]
    public void FrameworkTypes_DoNotContain()
    {
        var host = ModelHost.Create("public class Empty { }");
        var model = host.Model;

        foreach (var name in new[] { "System.DateTime", "System.Guid", "System.Uri", "System.Exception", "System.Text.StringBuilder", "System.IO.Stream" })
        {
            Assert.False(model.ContainsPersonalData(host.Type(name)), name);
        }
    }
}
