using Microsoft.CodeAnalysis.Testing;
using PiiAnalyzers.Analyzers;

namespace PiiAnalyzers.CodeFixes.Tests.Leaks;

public class RecordPrintMembersCodeFixTests
{
    private static DiagnosticResult Exposed(int location, string type, string data) =>
        new DiagnosticResult(DiagnosticDescriptors.ObjectToStringExposesPersonalData).WithLocation(location).WithArguments(type, data);

    [Fact]
    public async Task PositionalRecord_GetsAPrintMembersWithoutThePersonalMembers()
    {
        await LeakFixTest.VerifyAsync<ToStringExposureAnalyzer, RecordPrintMembersCodeFixProvider>(
            """
            using PiiAnalyzers;

            public record Contact(int Id, [PersonalData(DataCategories.Contact.Phone)] string Phone, string Country);

            public class Service
            {
                public string Describe(Contact contact) => $"Contact {{|#0:contact|}}";

                public string Again(Contact contact) => "Contact " + {|#1:contact|};
            }
            """,
            """
            using PiiAnalyzers;

            public record Contact(int Id, [PersonalData(DataCategories.Contact.Phone)] string Phone, string Country)
            {
                protected virtual bool PrintMembers(System.Text.StringBuilder builder)
                {
                    builder.Append("Id = ");
                    builder.Append(Id);
                    builder.Append(", Country = ");
                    builder.Append(Country);
                    return true;
                }
            }

            public class Service
            {
                public string Describe(Contact contact) => $"Contact {contact}";

                public string Again(Contact contact) => "Contact " + contact;
            }
            """,
            equivalenceKey: null,
            Exposed(0, "Contact", "Contact.Phone (contact.phone)"),
            Exposed(1, "Contact", "Contact.Phone (contact.phone)"));
    }

    [Fact]
    public async Task SealedRecordWithBody_GetsAPrivatePrintMembers_AndUsesTheImportedStringBuilder()
    {
        await LeakFixTest.VerifyAsync<ToStringExposureAnalyzer, RecordPrintMembersCodeFixProvider>(
            """
            using System.Text;
            using PiiAnalyzers;

            public sealed record Account
            {
                [PersonalData(DataCategories.Account.Username)]
                public string UserName { get; init; } = "";
            }

            public class Service
            {
                public string Describe(Account account) => {|#0:account|}.ToString();
            }
            """,
            """
            using System.Text;
            using PiiAnalyzers;

            public sealed record Account
            {
                [PersonalData(DataCategories.Account.Username)]
                public string UserName { get; init; } = "";

                private bool PrintMembers(StringBuilder builder)
                {
                    return false;
                }
            }

            public class Service
            {
                public string Describe(Account account) => account.ToString();
            }
            """,
            equivalenceKey: null,
            Exposed(0, "Account", "Account.UserName (account.username)"));
    }
}
