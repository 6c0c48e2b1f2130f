using System.Text;

namespace PiiAnalyzers.Benchmarks.Workload;

/// <summary>
/// Classes whose every member is annotated, <c>perClass</c> to a class and a class to a file, cycling through the
/// categories with retention rules, recipients and encryption: the inventory generator's input at scale.
/// </summary>
public static class AnnotatedMembers
{
    private static readonly string[] Categories =
    [
        "DataCategories.Profile.Name", "DataCategories.Contact.Phone", "DataCategories.Contact.Email", "DataCategories.Contact.Address",
        "DataCategories.Identity.NationalId", "DataCategories.Financial.BankAccount", "DataCategories.Online.IpAddress",
        "DataCategories.Device.Id", "DataCategories.Location.Coarse", "DataCategories.Profile.BirthDate",
    ];

    public static IReadOnlyList<(string Path, string Text)> Files(int memberCount, int perClass = 20)
    {
        var files = new List<(string, string)>();
        for (var type = 0; type * perClass < memberCount; type++)
        {
            var builder = new StringBuilder($$"""
                using PiiAnalyzers;

                namespace Shop.Model{{type % 10}};

                public sealed class Record{{type}}
                {

                """);
            for (var member = 0; member < perClass && type * perClass + member < memberCount; member++)
            {
                var n = type * perClass + member;
                builder.AppendLine($"    [PersonalData({Categories[n % Categories.Length]}, Purpose = \"Purpose {n % 7}\")]");
                if (n % 3 == 0)
                {
                    builder.AppendLine($"    [RetainUntil(\"account-deleted+P{n % 30 + 1}D\")]");
                }

                if (n % 5 == 0)
                {
                    builder.AppendLine("    [SharedWith(\"SF Express\", Purpose = \"Delivery\")]");
                }

                if (n % 4 == 0)
                {
                    builder.AppendLine("    [EncryptedAtRest]");
                }

                builder.AppendLine($"    public string Field{member} {{ get; set; }} = \"\";");
                builder.AppendLine();
            }

            builder.AppendLine("}");
            files.Add(($"/project/Model/Record{type}.cs", builder.ToString()));
        }

        return files;
    }
}
