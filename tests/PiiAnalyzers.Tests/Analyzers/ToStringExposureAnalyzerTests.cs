using Microsoft.CodeAnalysis.Testing;
using Verify = PiiAnalyzers.Tests.Analyzers.LeakVerifier<PiiAnalyzers.Analyzers.ToStringExposureAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

public class ToStringExposureAnalyzerTests
{
    private static DiagnosticResult Override(int location, string type, string data, bool sensitive = false) =>
        Verify.Diagnostic(DiagnosticDescriptors.ToStringOverrideExposesPersonalData, location, sensitive, type, data);

    private static DiagnosticResult WholeObject(int location, string type, string data, bool sensitive = false) =>
        Verify.Diagnostic(DiagnosticDescriptors.ObjectToStringExposesPersonalData, location, sensitive, type, data);

    [Fact]
    public async Task RecordConvertedToText_IsReported_WhereverItIsConverted()
    {
        await Verify.VerifyAsync("""
            using System.Collections.Generic;
            using System.Text;
            using PiiAnalyzers;

            public record Contact(int Id, [PersonalData(DataCategories.Contact.Phone)] string Phone, [PersonalData(DataCategories.Identity.Passport)] string Passport);

            public record Note(int Id, string Text);

            public class Service
            {
                public string Run(Contact contact, List<Contact> contacts, Note note)
                {
                    var a = $"Contact {{|#0:contact|}}";
                    var b = "Contact " + {|#1:contact|};
                    var c = {|#2:contact|}.ToString();
                    var d = string.Format("{0}", {|#3:contact|});
                    var e = string.Join(", ", {|#4:contacts|});
                    var builder = new StringBuilder().Append({|#5:contact|});
                    var f = $"{note} {contact.Id}";
                    return a + b + c + d + e + f;
                }
            }
            """,
            WholeObject(0, "Contact", "Contact.Phone (contact.phone), Contact.Passport (identity.passport)", sensitive: true),
            WholeObject(1, "Contact", "Contact.Phone (contact.phone), Contact.Passport (identity.passport)", sensitive: true),
            WholeObject(2, "Contact", "Contact.Phone (contact.phone), Contact.Passport (identity.passport)", sensitive: true),
            WholeObject(3, "Contact", "Contact.Phone (contact.phone), Contact.Passport (identity.passport)", sensitive: true),
            WholeObject(4, "Contact", "Contact.Phone (contact.phone), Contact.Passport (identity.passport)", sensitive: true),
            WholeObject(5, "Contact", "Contact.Phone (contact.phone), Contact.Passport (identity.passport)", sensitive: true));
    }

    [Fact]
    public async Task ToStringOverride_ThatPrintsAPersonalMember_IsReported_AndSoAreItsConversions()
    {
        await Verify.VerifyAsync("""
            using PiiAnalyzers;

            public class Member
            {
                public int Id { get; set; }

                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";

                public override string ToString() => {|#0:$"Member {Id} <{Email}>"|};
            }

            public class Account
            {
                public int Id { get; set; }

                [PersonalData(DataCategories.Account.Username)]
                public string UserName { get; set; } = "";

                public override string ToString()
                {
                    if (Id == 0)
                    {
                        return "new account";
                    }

                    return {|#1:"Account " + UserName|};
                }
            }

            public class Safe
            {
                public int Id { get; set; }

                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";

                public override string ToString() => $"Safe {Id} ({Email.Length} characters)";
            }

            public class Service
            {
                public string Run(Member member, Account account, Safe safe) => $"{{|#2:member|}} {{|#3:account|}} {safe}";
            }
            """,
            Override(0, "Member", "Member.Email (contact.email)"),
            Override(1, "Account", "Account.UserName (account.username)"),
            WholeObject(2, "Member", "Member.Email (contact.email)"),
            WholeObject(3, "Account", "Account.UserName (account.username)"));
    }

    [Fact]
    public async Task ToStringOverride_ThatPrintsAPrimaryConstructorParameter_IsReported_AndSoAreItsConversions()
    {
        await Verify.VerifyAsync("""
            using PiiAnalyzers;

            public class Courier(int id, [PersonalData(DataCategories.Contact.Phone)] string phone)
            {
                public string Call() => phone;

                public override string ToString() => {|#0:$"Courier {id}: {phone}"|};
            }

            public class Parcel(int id, [PersonalData(DataCategories.Contact.Address)] string address)
            {
                public string Deliver() => address;

                public override string ToString() => $"Parcel {id}";
            }

            public class Service
            {
                public string Run(Courier courier, Parcel parcel) => $"{{|#1:courier|}} {parcel}";
            }
            """,
            Override(0, "Courier", "phone (contact.phone)"),
            WholeObject(1, "Courier", "phone (contact.phone)"));
    }

    [Fact]
    public async Task RecordWithPrintMembersThatLeavesPersonalMembersOut_IsNotReported_OneThatPrintsThemIs()
    {
        await Verify.VerifyAsync("""
            using System.Text;
            using PiiAnalyzers;

            public record Contact(int Id, [PersonalData(DataCategories.Contact.Phone)] string Phone)
            {
                protected virtual bool PrintMembers(StringBuilder builder)
                {
                    builder.Append("Id = ");
                    builder.Append(Id);
                    return true;
                }
            }

            public record Leaky(int Id, [PersonalData(DataCategories.Contact.Phone)] string Phone)
            {
                protected virtual bool PrintMembers(StringBuilder builder)
                {
                    builder.Append("Phone = ");
                    builder.Append({|#0:Phone|});
                    return true;
                }
            }

            public class Service
            {
                public string Run(Contact contact, Leaky leaky) => $"{contact} {{|#1:leaky|}}";
            }
            """,
            Override(0, "Leaky", "Leaky.Phone (contact.phone)"),
            WholeObject(1, "Leaky", "Leaky.Phone (contact.phone)"));
    }

    [Fact]
    public async Task PlainClassesAndNonPersonalRecords_AreNotReported()
    {
        await Verify.VerifyAsync("""
            using PiiAnalyzers;

            public record Point(int X, int Y);

            public record Holder(int Id)
            {
                [PersonalData(DataCategories.Contact.Email)]
                private string Secret { get; init; } = "";
            }

            public class Service
            {
                public string Run(Customer customer, Point point, Holder holder) => $"{customer} {point} {holder}" + customer + customer.ToString();
            }
            """);
    }

    [Fact]
    public async Task NestedRecord_PrintsItsMembers()
    {
        await Verify.VerifyAsync("""
            using PiiAnalyzers;

            public record Address([PersonalData(DataCategories.Contact.Address)] string Street, string Country);

            public record Shipment(int Id, Address Destination);

            public class Service
            {
                public string Run(Shipment shipment) => $"Shipping {{|#0:shipment|}}";
            }
            """,
            WholeObject(0, "Shipment", "Address.Street (contact.address)"));
    }

    [Theory]
    [InlineData("public override string ToString() => $\"{Email\";")]
    [InlineData("public override string ToString() { return ; }")]
    [InlineData("public override string ToString() => Undefined + Email;")]
    [InlineData("public string Describe(Broken b) => $\"{b}\" + this;")]
    public async Task IncompleteCode_DoesNotThrow(string member)
    {
        await Verify.VerifyDoesNotThrowAsync($$"""
            using PiiAnalyzers;

            public record Broken(int Id, [PersonalData(DataCategories.Contact.Email)] string Email)
            {
                {{member}}
            }
            """);
    }
}
