using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Tests.Diff;

/// <summary>
/// What the diff tests compare: two inventories of a shop, before and after a change that makes every kind of change;
/// and a class before and after a smaller change, as code.
/// </summary>
internal static class DiffFixtures
{
    public static string Folder => Path.Combine(TestFiles.Root, "tests", "PiiAnalyzers.Cli.Tests", "Fixtures", "Diff");

    public static string Base => Path.Combine(Folder, "base.json");

    public static string Head => Path.Combine(Folder, "head.json");

    public const string CustomerBefore = """
        using PiiAnalyzers;

        namespace Shop;

        public class Customer
        {
            [PersonalData(DataCategories.Contact.Phone)]
            public string? Phone { get; set; }

            [PersonalData(DataCategories.Contact.Email)]
            [RetainUntil("P180D")]
            public string? Email { get; set; }
        }
        """;

    // Email moved three lines down and is otherwise the same; Phone is now shared; IdCardNumber is new.
    public const string CustomerAfter = """
        using PiiAnalyzers;

        namespace Shop;

        public class Customer
        {
            [PersonalData(DataCategories.Contact.Phone)]
            [SharedWith("Aliyun SMS", Purpose = "Verification codes")]
            public string? Phone { get; set; }

            [PersonalData(DataCategories.Identity.NationalId)]
            public string? IdCardNumber { get; set; }

            [PersonalData(DataCategories.Contact.Email)]
            [RetainUntil("P180D")]
            public string? Email { get; set; }
        }
        """;

    /// <summary>What <c>--format text --lang en</c> says from <see cref="CustomerBefore"/> to <see cref="CustomerAfter"/>.</summary>
    public static string CustomerChangesInEnglish { get; } =
        """
        Personal data inventory changes
        Elements: 1 added, 1 changed; third parties: 1 added; new: 1 category, 1 sensitive element, 1 recipient.

        New categories: national ID number (identity.national-id)
        New sensitive elements: Shop.Customer.IdCardNumber
        New recipients: Aliyun SMS

        Starts collecting (1):
          Shop.Customer.IdCardNumber [national ID number (identity.national-id), sensitive] Customer.cs:12

        Now shared with a third party (1):
          Shop.Customer.Phone [phone number (contact.phone)] Customer.cs:9: Aliyun SMS

        Third parties added (1):
          Aliyun SMS (not stated, not stated): phone number (contact.phone)

        """.ReplaceLineEndings("\n");

    /// <summary>A fresh folder holding one C# file with this content.</summary>
    public static string CodeFolder(string fileName, string code)
    {
        var folder = TestFiles.TempFolder();
        File.WriteAllText(Path.Combine(folder, fileName), code);
        return folder;
    }

    /// <summary>A new inventory file: the inventory at <paramref name="path"/> with each element changed by <paramref name="change"/>.</summary>
    public static string Changed(string path, Func<InventoryElement, InventoryElement> change)
    {
        var document = InventoryJson.Read(File.ReadAllText(path));
        var file = Path.Combine(TestFiles.TempFolder(), "head.json");
        File.WriteAllText(file, InventoryJson.Write(document with { Elements = new(document.Elements.Select(change)) }));
        return file;
    }
}
