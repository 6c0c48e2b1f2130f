using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.Generation;

namespace PiiAnalyzers.Tests.Generation;

/// <summary>
/// The generator driven twice with step tracking: an edit that cannot change the inventory leaves every tracked step
/// Cached or Unchanged and the output the same; an edit to an annotation changes it.
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

    private static readonly string[] AllSteps =
    [
        TrackingNames.PersonalDataMembers,
        TrackingNames.AllMembers,
        TrackingNames.CustomCategories,
        TrackingNames.Settings,
        TrackingNames.Inventory,
    ];

    public static TheoryData<string> EditsThatChangeNothing => new(NeutralEdits.Keys);

    private static readonly Dictionary<string, Func<Compilation, Compilation>> NeutralEdits = new()
    {
        ["method body edited"] = compilation => Replace(compilation, 0, "return \"customer\";", "return \"a customer\" + 1;"),
        ["unrelated file added"] = compilation => compilation.AddSyntaxTrees(GeneratorHost.Parse("namespace Shop; public static class Clock { public static int Now => 1; }", 5)),
        ["unannotated type edited"] = compilation => Replace(compilation, 1, "public decimal Total { get; set; }", "public decimal Total { get; set; }\n    public string? Note { get; set; }"),
        ["unrelated code appended"] = compilation => Replace(compilation, 0, "public string Describe()", "public int Extra() => 42;\n\n    public string Describe()"),
    };

    [Theory]
    [MemberData(nameof(EditsThatChangeNothing))]
    public void EditThatCannotChangeTheInventory_LeavesEveryStepCachedOrUnchanged(string edit)
    {
        var (driver, compilation, before) = FirstRun();

        driver = driver.RunGenerators(NeutralEdits[edit](compilation));

        var result = Assert.Single(driver.GetRunResult().Results);
        Assert.Equal(before, GeneratorHost.GeneratedSource(driver));
        foreach (var (step, reasons) in Reasons(result))
        {
            Assert.True(
                reasons.All(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged),
                $"After '{edit}', step {step} ran with {string.Join(", ", reasons)}.");
        }

        Assert.True(result.TrackedSteps.ContainsKey(TrackingNames.Inventory), "The inventory step was not tracked.");
    }

    [Fact]
    public void AnnotationEdited_ChangesTheOutput()
    {
        var (driver, compilation, before) = FirstRun();

        driver = driver.RunGenerators(Replace(compilation, 0, "Purpose = \"Order delivery\"", "Purpose = \"Parcel delivery\""));

        var result = Assert.Single(driver.GetRunResult().Results);
        var after = GeneratorHost.GeneratedSource(driver);
        Assert.NotEqual(before, after);
        Assert.Contains(GeneratorHost.GeneratedElements(driver), element => element.Purpose == "Parcel delivery");
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result)[TrackingNames.PersonalDataMembers]);
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result)[TrackingNames.Inventory]);
    }

    [Fact]
    public void SecondAnnotatedTypeAdded_AddsItsElement_AndLeavesTheFirstCached()
    {
        var (driver, compilation, _) = FirstRun();

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(GeneratorHost.Parse(
            "namespace Shop; public class Courier { [PiiAnalyzers.PersonalData(PiiAnalyzers.DataCategories.Profile.Name)] public string Name { get; set; } = \"\"; }",
            7)));

        var result = Assert.Single(driver.GetRunResult().Results);
        Assert.Contains(GeneratorHost.GeneratedElements(driver), element => element.Id == "Shop.Courier.Name");
        var members = Reasons(result)[TrackingNames.PersonalDataMembers];
        Assert.Contains(IncrementalStepRunReason.New, members);
        Assert.Equal(1, members.Count(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
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
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result)[TrackingNames.CustomCategories]);
    }

    [Fact]
    public void EditOutsideTheClassifiedMembers_LeavesThemAndTheirClassificationMapUnchanged()
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
        Assert.NotEmpty(reasons[TrackingNames.ClassifiedMembers]);
        Assert.All(
            reasons[TrackingNames.ClassifiedMembers].Concat(reasons[TrackingNames.ClassificationMaps]),
            reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
    }

    private static (GeneratorDriver Driver, Compilation Compilation, string? Source) FirstRun()
    {
        var compilation = GeneratorHost.Compile(Annotated, GeneratorSources.Unannotated);
        var driver = GeneratorHost.CreateDriver().RunGenerators(compilation);
        var source = GeneratorHost.GeneratedSource(driver);
        Assert.NotNull(source);
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

    private static Dictionary<string, List<IncrementalStepRunReason>> Reasons(GeneratorRunResult result) =>
        result.TrackedSteps
            .Where(step => AllSteps.Contains(step.Key) || step.Key.EndsWith("Members", StringComparison.Ordinal) || step.Key == TrackingNames.ClassificationMaps)
            .ToDictionary(
                step => step.Key,
                step => step.Value.SelectMany(run => run.Outputs).Select(output => output.Reason).ToList());
}
