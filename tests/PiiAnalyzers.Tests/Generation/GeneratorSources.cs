namespace PiiAnalyzers.Tests.Generation;

/// <summary>The test sources of the generator tests.</summary>
internal static class GeneratorSources
{
    public const string PlainClass = """
        using System;
        using PiiAnalyzers;

        namespace Shop;

        public class Customer
        {
            public int Number { get; set; }

            [PersonalData(DataCategories.Profile.Name, Purpose = "Addressing the customer")]
            [RetainUntil(RetentionEvents.AccountDeleted)]
            public string Name { get; set; } = "";

            [PersonalData(DataCategories.Contact.Phone, Purpose = "Order delivery")]
            [RetainUntil("account-deleted+P3D")]
            [SharedWith("SF Express", Purpose = "Parcel delivery")]
            [SharedWith("Aliyun SMS", Company = "Alibaba Cloud", Country = " cn")]
            public string Phone { get; set; } = "";

            [PersonalData(DataCategories.Identity.NationalId, Purpose = "Real-name \"verification\"")]
            [EncryptedAtRest]
            public string? IdCardNumber { get; set; }

            [PersonalData(DataCategories.Online.IpAddress)]
            [Sensitive]
            private string? _lastIp;

            [PersonalData(DataCategories.Health.Medical, Sensitive = false, Purpose = "Menus\tby allergy\nC:\\menus\\过敏原.txt")]
            public string? Allergies;

            [PersonalData(DataCategories.Contact.Email)]
            public string? Email, BackupEmail;

            public void Touch() => _lastIp = Environment.MachineName;
        }
        """;

    public const string Records = """
        using PiiAnalyzers;

        namespace Shop;

        public sealed record ShippingAddress(
            [PersonalData(DataCategories.Profile.Name)] string Recipient,
            [PersonalData(DataCategories.Contact.Address)][RetainUntil("P180D")] string Street,
            string Country);

        public sealed class Courier([PersonalData(DataCategories.Contact.Phone)] string phone)
        {
            public string Call() => phone;

            public void Register([PersonalData(DataCategories.Profile.Name, Purpose = "Sign-up")] string name)
            {
            }
        }
        """;

    public const string NestedAndGeneric = """
        using System.Collections.Generic;
        using PiiAnalyzers;

        namespace Shop.Accounts
        {
            public static class Outer
            {
                public class Inner
                {
                    [PersonalData(DataCategories.Account.Username)]
                    public string UserName { get; set; } = "";

                    public class Deeper<TKey>
                    {
                        [PersonalData(DataCategories.Account.Id)]
                        public TKey? Key { get; set; }
                    }
                }
            }

            public class Box<T>
                where T : class
            {
                [PersonalData(DataCategories.Media.Photo)]
                public List<T> Photos { get; } = new();
            }
        }
        """;

    public const string PartialFirst = """
        using PiiAnalyzers;

        namespace Shop;

        public partial class Member
        {
            [PersonalData(DataCategories.Profile.Nickname)]
            public string Nickname { get; set; } = "";
        }
        """;

    public const string PartialSecond = """
        using PiiAnalyzers;

        namespace Shop;

        public partial class Member
        {
            public int Level { get; set; }

            [PersonalData(DataCategories.Profile.BirthDate)]
            public System.DateTime BirthDate { get; set; }
        }
        """;

    public const string IdentityStubs = """
        namespace Microsoft.AspNetCore.Identity
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public class PersonalDataAttribute : System.Attribute
            {
            }

            public class ProtectedPersonalDataAttribute : PersonalDataAttribute
            {
            }
        }
        """;

    public const string IdentityUser = """
        using Microsoft.AspNetCore.Identity;

        namespace Shop.Identity;

        public class ShopUser
        {
            [PersonalData]
            public string? UserName { get; set; }

            [ProtectedPersonalData]
            public string? PhoneNumber { get; set; }

            [PersonalData]
            [PiiAnalyzers.PersonalData(PiiAnalyzers.DataCategories.Contact.Email, Purpose = "Sign-in")]
            public string? Email { get; set; }

            public string? SecurityStamp { get; set; }

            [Passport]
            public string? PassportNumber { get; set; }
        }

        /// <summary>The team's own Identity marker: what derives from Identity's [PersonalData] marks personal data too.</summary>
        public sealed class PassportAttribute : PersonalDataAttribute
        {
        }
        """;

    public const string ComplianceStubs = """
        namespace Microsoft.Extensions.Compliance.Classification
        {
            public readonly struct DataClassification
            {
                public DataClassification(string taxonomy, string value) { }
            }

            public abstract class DataClassificationAttribute : System.Attribute
            {
                protected DataClassificationAttribute(DataClassification classification) { }
            }

            public sealed class NoDataClassificationAttribute : DataClassificationAttribute
            {
                public NoDataClassificationAttribute() : base(default) { }
            }
        }
        """;

    public const string ComplianceUser = """
        using System;
        using Microsoft.Extensions.Compliance.Classification;

        namespace Shop.Compliance
        {
            public sealed class PrivateDataAttribute : DataClassificationAttribute
            {
                public PrivateDataAttribute() : base(new DataClassification("MyTaxonomy", "Private")) { }
            }

            [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
            public sealed class CardDataAttribute : DataClassificationAttribute
            {
                public CardDataAttribute() : base(new DataClassification("MyTaxonomy", "Card")) { }
            }

            public class Payment
            {
                [PrivateData]
                public string? Email { get; set; }

                [CardData]
                public string? CardNumber;

                [NoDataClassification]
                public string? Reference { get; set; }

                [Obsolete("not personal")]
                public string? Legacy { get; set; }
            }
        }
        """;

    public const string CustomCategories = """
        using PiiAnalyzers;

        [assembly: PersonalDataCategory("loyalty.member-id", "会员号", "loyalty member id", Sensitive = true)]
        [assembly: PersonalDataCategory("loyalty.tier", "会员等级", "loyalty tier")]

        namespace Shop.Loyalty;

        public class LoyaltyCard
        {
            [PersonalData("loyalty.member-id")]
            public string MemberId { get; set; } = "";

            [PersonalData("loyalty.tier", Purpose = "会员权益")]
            public string Tier { get; set; } = "";
        }
        """;

    /// <summary>An online shop's members (pii_app_type = online-shopping): needed, optional, and not needed.</summary>
    public const string AppTyped = """
        using PiiAnalyzers;

        namespace Shop;

        public record Buyer([PersonalData(DataCategories.Profile.BirthDate, Purpose = "Birthday coupons", Optional = true)] string BirthDate)
        {
            [PersonalData(DataCategories.Contact.Phone)]
            public string Phone { get; set; } = "";

            [PersonalData(DataCategories.Contact.Email)]
            public string Email { get; set; } = "";

            public void Deliver([PersonalData(DataCategories.Contact.Address)] string address) { }
        }
        """;

    public const string Unannotated = """
        namespace Shop;

        public class Order
        {
            public int Id { get; set; }

            public decimal Total { get; set; }

            public decimal Tax() => Total * 0.1m;
        }
        """;
}
