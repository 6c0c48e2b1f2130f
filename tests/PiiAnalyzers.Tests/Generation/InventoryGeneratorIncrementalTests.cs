using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.Generation;
using static Microsoft.CodeAnalysis.IncrementalStepRunReason;

namespace PiiAnalyzers.Tests.Generation;

/// <summary>
/// The generator driven twice with step tracking, over three annotated files (File0, File2, File3) and an unannotated one
/// (File1): the exact run reason of every output of every tracked step after each edit. An edit re-reads only the file
/// edited (<see cref="TrackingNames.FileMembers"/>: the other files Cached), and only an edit to an annotation changes the
/// output; the generated source holds no line, so that a newline above a member leaves it as it was.
/// </summary>
public class InventoryGeneratorIncrementalTests
{
    private const string Annotated = """
        using PiiAnalyzers;

        namespace Shop;

        public class Customer
        {
            [PersonalData(DataCategories.Contact.Phone, Purpose = "Order delivery")]
            [SharedWith("SF Express")]
            public string Phone { get; set; } = "";

            public string Describe()
            {
                return "customer";
            }
        }
        """;

    private const string Supplier = """
        namespace Shop;

        public class Supplier
        {
            [PiiAnalyzers.PersonalData(PiiAnalyzers.DataCategories.Profile.Name)]
            public string Contact { get; set; } = "";
        }
        """;

    private const string Employee = """
        namespace Shop;

        public class Employee
        {
            [PiiAnalyzers.PersonalData(PiiAnalyzers.DataCategories.Contact.Email)]
            public string Email { get; set; } = "";
        }
        """;

    // The steps asserted, in pipeline order, and the source output.
    private static readonly string[] Steps =
    [
        TrackingNames.MarkedFiles,
        TrackingNames.ReadingContext,
        TrackingNames.FileMembers,
        TrackingNames.AllMembers,
        TrackingNames.CustomCategories,
        TrackingNames.Settings,
        TrackingNames.Inventory,
        "SourceOutput",
    ];

    // Per edit: the reasons of each step in the order of Steps; a step's outputs in file order (File0, File2, File3).
    private static readonly Dictionary<string, (Func<Compilation, Compilation> Edit, IncrementalStepRunReason[][] Reasons, bool OutputChanges)> Edits = new()
    {
        ["newline above an annotated member"] = (
            compilation => Replace(compilation, 0, "    [PersonalData(", "\n    [PersonalData("),
            [[Modified, Unchanged, Unchanged], [Cached], [Unchanged, Cached, Cached], [Cached], [Cached], [Cached], [Cached], [Cached]],
            false),
        ["comment at the top of an annotated file"] = (
            compilation => Replace(compilation, 0, "using PiiAnalyzers;", "// Customers.\nusing PiiAnalyzers;"),
            [[Modified, Unchanged, Unchanged], [Cached], [Unchanged, Cached, Cached], [Cached], [Cached], [Cached], [Cached], [Cached]],
            false),
        ["method body of an annotated file edited"] = (
            compilation => Replace(compilation, 0, "return \"customer\";", "return \"a customer\" + 1;"),
            [[Modified, Unchanged, Unchanged], [Cached], [Unchanged, Cached, Cached], [Cached], [Cached], [Cached], [Cached], [Cached]],
            false),
        ["method body of an unannotated file edited"] = (
            compilation => Replace(compilation, 1, "Total * 0.1m", "Total * 0.2m"),
            [[Cached, Cached, Cached], [Cached], [Cached, Cached, Cached], [Cached], [Cached], [Cached], [Cached], [Cached]],
            false),
        ["property added to an unannotated type"] = (
            compilation => Replace(compilation, 1, "public decimal Total { get; set; }", "public decimal Total { get; set; }\n    public string? Note { get; set; }"),
            [[Cached, Cached, Cached], [Cached], [Cached, Cached, Cached], [Cached], [Cached], [Cached], [Cached], [Cached]],
            false),
        // A new type may shadow a name another file binds to: every marked file is read again, and reads the same.
        ["unrelated file added"] = (
            compilation => compilation.AddSyntaxTrees(GeneratorHost.Parse("namespace Shop; public static class Clock { public static int Now => 1; }", 5)),
            [[Cached, Cached, Cached], [Modified], [Unchanged, Unchanged, Unchanged], [Cached], [Unchanged], [Unchanged], [Cached], [Cached]],
            false),
        ["annotation edited"] = (
            compilation => Replace(compilation, 0, "Purpose = \"Order delivery\"", "Purpose = \"Parcel delivery\""),
            [[Modified, Unchanged, Unchanged], [Cached], [Modified, Cached, Cached], [Modified], [Cached], [Cached], [Modified], [Modified]],
            true),
    };

    public static TheoryData<string> EditNames => new(Edits.Keys);

    [Theory]
    [MemberData(nameof(EditNames))]
    public void Edit_RunsEachStepForTheExpectedReasons(string name)
    {
        var (edit, expected, outputChanges) = Edits[name];
        var (driver, compilation, before) = FirstRun();

        driver = driver.RunGenerators(edit(compilation));

        var result = Assert.Single(driver.GetRunResult().Results);
        var reasons = Reasons(result);
        for (var i = 0; i < Steps.Length; i++)
        {
            Assert.True(
                expected[i].SequenceEqual(reasons[Steps[i]]),
                $"After '{name}', step {Steps[i]} ran with [{string.Join(", ", reasons[Steps[i]])}], expected [{string.Join(", ", expected[i])}].");
        }

        Assert.Equal(outputChanges, before != GeneratorHost.GeneratedSource(driver));
    }

    [Fact]
    public void AnnotationEdited_TheNewTextIsInTheOutput()
    {
        var (driver, compilation, _) = FirstRun();

        driver = driver.RunGenerators(Replace(compilation, 0, "Purpose = \"Order delivery\"", "Purpose = \"Parcel delivery\""));

        Assert.Equal(
            ["Shop.Customer.Phone: Parcel delivery", "Shop.Employee.Email: ", "Shop.Supplier.Contact: "],
            GeneratorHost.GeneratedElements(driver).Select(element => $"{element.Id}: {element.Purpose}"));
    }

    [Fact]
    public void SecondAnnotatedTypeAdded_AddsItsElement_AndReadsTheOthersAgainToTheSameModels()
    {
        var (driver, compilation, _) = FirstRun();

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(GeneratorHost.Parse(
            "namespace Shop; public class Courier { [PiiAnalyzers.PersonalData(PiiAnalyzers.DataCategories.Profile.Name)] public string Name { get; set; } = \"\"; }",
            7)));

        var result = Assert.Single(driver.GetRunResult().Results);
        Assert.Contains(GeneratorHost.GeneratedElements(driver), element => element.Id == "Shop.Courier.Name");
        Assert.Equal([Unchanged, Unchanged, Unchanged, New], Reasons(result)[TrackingNames.FileMembers]);
        Assert.Equal([Modified], Reasons(result)[TrackingNames.Inventory]);
    }

    [Fact]
    public void CustomCategoryDeclarationAdded_ChangesSensitivity()
    {
        var (driver, compilation, _) = FirstRun();
        var custom = GeneratorHost.Parse(
            """
            [assembly: PiiAnalyzers.PersonalDataCategory("loyalty.member-id", "会员号", "loyalty member id", Sensitive = true)]
            namespace Shop;
            public class Card { [PiiAnalyzers.PersonalData("loyalty.member-id")] public string Id { get; set; } = ""; }
            """,
            8);
        var withCustom = compilation.AddSyntaxTrees(custom);
        driver = driver.RunGenerators(withCustom);
        Assert.True(GeneratorHost.GeneratedElements(driver).Single(element => element.Category == "loyalty.member-id").Sensitive);

        // Only the declaration changes: the late combination with the custom categories changes the element's sensitivity.
        var withoutSensitive = Replace(withCustom, 8, "Sensitive = true", "Sensitive = false");
        driver = driver.RunGenerators(withoutSensitive);
        var result = Assert.Single(driver.GetRunResult().Results);
        Assert.False(GeneratorHost.GeneratedElements(driver).Single(element => element.Category == "loyalty.member-id").Sensitive);
        Assert.Equal([Modified], Reasons(result)[TrackingNames.CustomCategories]);
    }

    [Fact]
    public void ConstantOfAnotherFileEdited_ReadsTheFilesAgain_AndTheElementTakesTheNewCategory()
    {
        var compilation = GeneratorHost.Compile(
            "namespace Shop; public class Lead { [PiiAnalyzers.PersonalData(Categories.Reach)] public string Reach { get; set; } = \"\"; }",
            "namespace Shop; public static class Categories { public const string Reach = \"contact.phone\"; }");
        var driver = GeneratorHost.CreateDriver().RunGenerators(compilation);
        Assert.Equal(["Shop.Lead.Reach contact.phone"], GeneratorHost.GeneratedElements(driver).Select(element => $"{element.Id} {element.Category}"));

        driver = driver.RunGenerators(Replace(compilation, 1, "\"contact.phone\"", "\"contact.email\""));

        var reasons = Reasons(Assert.Single(driver.GetRunResult().Results));
        Assert.Equal(["Shop.Lead.Reach contact.email"], GeneratorHost.GeneratedElements(driver).Select(element => $"{element.Id} {element.Category}"));
        Assert.Equal([Modified], reasons[TrackingNames.ReadingContext]);
        Assert.Equal([Modified], reasons[TrackingNames.FileMembers]);
    }

    [Fact]
    public void EditOutsideTheClassifiedMembers_LeavesThemAndTheirClassificationMapCached()
    {
        var options = new Dictionary<string, string> { ["pii_classification_map"] = "CardData=financial.bank-account" };
        var compilation = GeneratorHost.Compile(GeneratorSources.ComplianceStubs, GeneratorSources.ComplianceUser, Annotated);
        var driver = GeneratorHost.CreateDriver(options).RunGenerators(compilation);
        var before = GeneratorHost.GeneratedSource(driver);
        Assert.Contains(GeneratorHost.GeneratedElements(driver), element => element.Category == "financial.bank-account");

        driver = driver.RunGenerators(Replace(compilation, 2, "return \"customer\";", "return \"a customer\";"));

        var result = Assert.Single(driver.GetRunResult().Results);
        Assert.Equal(before, GeneratorHost.GeneratedSource(driver));
        var reasons = Reasons(result);
        Assert.Equal([Cached, Unchanged], reasons[TrackingNames.FileMembers]);
        Assert.Equal([Cached, Cached], reasons[TrackingNames.ClassificationMaps]);
        Assert.Equal([Cached], reasons[TrackingNames.Inventory]);
    }

    [Fact]
    public void AppTypeSet_AnEditOutsideTheMembers_LeavesTheirAppTypesAndTheInventoryCached_AndANewAppTypeChangesIt()
    {
        var options = new Dictionary<string, string> { ["pii_app_type"] = "online-shopping" };
        var compilation = GeneratorHost.Compile(Annotated, GeneratorSources.Unannotated, Supplier, Employee);
        var driver = GeneratorHost.CreateDriver(options).RunGenerators(compilation);
        var before = GeneratorHost.GeneratedSource(driver);
        Assert.Equal(
            ["Shop.Customer.Phone True", "Shop.Employee.Email False", "Shop.Supplier.Contact True"],
            GeneratorHost.GeneratedElements(driver).Select(element => $"{element.Id} {element.Necessary}"));

        driver = driver.RunGenerators(Replace(compilation, 0, "return \"customer\";", "return \"a customer\";"));

        var reasons = Reasons(Assert.Single(driver.GetRunResult().Results));
        Assert.Equal(before, GeneratorHost.GeneratedSource(driver));
        Assert.Equal([Cached, Cached, Cached], reasons[TrackingNames.AppTypes]);
        Assert.Equal([Cached], reasons[TrackingNames.Inventory]);

        driver = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHost.CreateOptions(new Dictionary<string, string> { ["pii_app_type"] = "新闻资讯类" }))
            .RunGenerators(compilation);

        Assert.Equal([Modified], Reasons(Assert.Single(driver.GetRunResult().Results))[TrackingNames.Inventory]);
        Assert.Equal(
            ["Shop.Customer.Phone False", "Shop.Employee.Email False", "Shop.Supplier.Contact False"],
            GeneratorHost.GeneratedElements(driver).Select(element => $"{element.Id} {element.Necessary}"));
    }

    private static (GeneratorDriver Driver, Compilation Compilation, string? Source) FirstRun()
    {
        var compilation = GeneratorHost.Compile(Annotated, GeneratorSources.Unannotated, Supplier, Employee);
        var driver = GeneratorHost.CreateDriver().RunGenerators(compilation);
        var source = GeneratorHost.GeneratedSource(driver);
        Assert.NotNull(source);
        Assert.Equal(3, GeneratorHost.GeneratedElements(driver).Count);
        return (driver, compilation, source);
    }

    private static Compilation Replace(Compilation compilation, int fileIndex, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single(candidate => candidate.FilePath == $"{GeneratorHost.ProjectDirectory}File{fileIndex}.cs");
        var text = tree.GetText().ToString();
        Assert.Contains(oldText, text);
        var changed = tree.WithChangedText(SourceText.From(text.Replace(oldText, newText)));
        return compilation.ReplaceSyntaxTree(tree, changed);
    }

    // Every output's reason of each tracked step and of the source output, in the order the driver lists them.
    private static Dictionary<string, List<IncrementalStepRunReason>> Reasons(GeneratorRunResult result) =>
        result.TrackedSteps.ToDictionary(
            step => step.Key,
            step => step.Value.SelectMany(run => run.Outputs).Select(output => output.Reason).ToList());
}
