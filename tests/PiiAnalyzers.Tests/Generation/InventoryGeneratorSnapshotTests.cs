using System.Reflection;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Generation;
using PiiAnalyzers.Inventory;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Tests.Generation;

/// <summary>The generated source, compared with golden files in Generation/Snapshots (PII_UPDATE_SNAPSHOTS=1 rewrites them).</summary>
public class InventoryGeneratorSnapshotTests
{
    public static TheoryData<string> Cases => new(SourcesOf.Keys);

    private static readonly Dictionary<string, (string[] Sources, Dictionary<string, string>? Options)> SourcesOf = new()
    {
        ["PlainClass"] = ([GeneratorSources.PlainClass, GeneratorSources.Unannotated], null),
        ["RecordWithPrimaryConstructor"] = ([GeneratorSources.Records], null),
        ["NestedAndGeneric"] = ([GeneratorSources.NestedAndGeneric], null),
        ["PartialTypesAcrossFiles"] = ([GeneratorSources.PartialSecond, GeneratorSources.PartialFirst], null),
        ["IdentityMarkers"] = ([GeneratorSources.IdentityStubs, GeneratorSources.IdentityUser], null),
        ["ComplianceMarkers"] = (
            [GeneratorSources.ComplianceStubs, GeneratorSources.ComplianceUser],
            new Dictionary<string, string> { ["pii_classification_map"] = "CardData=financial.bank-account" }),
        ["CustomCategories"] = ([GeneratorSources.CustomCategories], null),
        ["AppTyped"] = ([GeneratorSources.AppTyped], new Dictionary<string, string> { ["pii_app_type"] = "online-shopping" }),
        ["EmptyProject"] = ([GeneratorSources.Unannotated], null),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void GeneratedSource_MatchesTheGoldenFile(string name)
    {
        var (sources, options) = SourcesOf[name];

        var run = GeneratorHost.Run(sources, options);

        Assert.NotNull(run.Source);
        Snapshot.Match(run.Source, $"tests/PiiAnalyzers.Tests/Generation/Snapshots/{name}.g.cs.txt");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EmbeddedJson_IsWhatTheClassHolds_AndWhatTheCliBuilderBuilds(string name)
    {
        var (sources, options) = SourcesOf[name];
        var run = GeneratorHost.Run(sources, options);

        // The assembly attribute the CLI reads, from the emitted assembly's metadata.
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;
        var embedded = AssemblyInventoryReader.ReadJson(image);
        Assert.NotNull(embedded);

        // The same JSON from the builder the CLI uses on a compilation, but for the lines, which only the CLI resolves.
        var options2 = options is null ? null : new SingleOptionsProvider(options);
        var builtDocument = InventoryBuilder.Build(GeneratorHost.Compile(sources), options2, GeneratorHost.ProjectDirectory);
        Assert.All(builtDocument.Elements, element => Assert.NotNull(element.Line));
        var built = InventoryJson.Write(builtDocument with { Elements = new EquatableArray<InventoryElement>(builtDocument.Elements.Select(element => element with { Line = null })) });
        Assert.Equal(built, embedded);
        Assert.DoesNotContain("\"line\"", embedded, StringComparison.Ordinal);

        // And the JSON reads back to the same document.
        Assert.Equal(built, InventoryJson.Write(InventoryJson.Read(embedded)));

        // The class's Elements at run time agree with the JSON.
        var assembly = Assembly.Load(image.ToArray());
        var inventoryType = assembly.GetType("TestAssembly.PersonalDataInventory", throwOnError: true)!;
        var elements = (IReadOnlyList<PersonalDataElement>)inventoryType.GetProperty("Elements")!.GetValue(null)!;
        var document = InventoryJson.Read(embedded);
        Assert.Equal(
            document.Elements,
            elements.Select(element => new InventoryElement(
                element.Id, element.Type, element.Member, element.Category, element.IsSensitive, element.Retention, element.Purpose,
                element.IsEncryptedAtRest, new EquatableArray<InventoryRecipient>(element.SharedWith.Select(recipient => new InventoryRecipient(recipient.Name, recipient.Purpose, recipient.Company, recipient.Country))),
                element.File, element.Line == 0 ? null : element.Line)
            {
                Necessary = element.IsNecessary,
            }));
        Assert.Equal(embedded, inventoryType.GetField("Json")!.GetValue(null));
    }

    [Fact]
    public void Inventory_AgreesWithTheModelTheAnalyzersUse()
    {
        var sources = new[] { GeneratorSources.PlainClass, GeneratorSources.Records, GeneratorSources.CustomCategories, GeneratorSources.IdentityStubs, GeneratorSources.IdentityUser };
        var compilation = GeneratorHost.Compile(sources);
        var model = PersonalDataModel.Create(compilation, options: null);
        var document = InventoryBuilder.Build(compilation, options: null, GeneratorHost.ProjectDirectory);

        Assert.True(document.Elements.Count > 15, $"Only {document.Elements.Count} elements.");
        foreach (var element in document.Elements.Where(element => !element.Member.Contains('(')))
        {
            var member = compilation.GetTypeByMetadataName(element.Type)!.GetMembers(element.Member).Single(symbol => symbol is IFieldSymbol or IPropertySymbol);
            var known = model.GetMember(member);
            Assert.NotNull(known);
            Assert.Equal(known.Category, element.Category);
            Assert.Equal(known.IsSensitive, element.Sensitive);
            Assert.Equal(known.IsEncryptedAtRest, element.EncryptedAtRest);
            Assert.Equal(known.RetentionText, element.Retention);
            Assert.Equal(known.Purpose, element.Purpose);
            Assert.Equal(known.Recipients.Select(recipient => recipient.Name), element.SharedWith.Select(recipient => recipient.Name));
        }
    }

    [Fact]
    public void CliBuilder_GivesEachElementTheLineOfItsDeclaration_InDeclarationOrder()
    {
        var document = InventoryBuilder.Build(GeneratorHost.Compile(GeneratorSources.PlainClass), options: null, GeneratorHost.ProjectDirectory);

        Assert.Equal(
            ["Name 12", "Phone 18", "IdCardNumber 22", "_lastIp 26", "Allergies 29", "Email 32", "BackupEmail 32"],
            document.Elements.Where(element => element.Type == "Shop.Customer").Select(element => $"{element.Member} {element.Line}"));
    }

    [Fact]
    public void Output_DoesNotDependOnTheOrderOfTheFiles()
    {
        string[] sources = [GeneratorSources.PartialFirst, GeneratorSources.PlainClass, GeneratorSources.PartialSecond, GeneratorSources.Records];
        var forward = GeneratorHost.Run(sources);

        // The same files (same paths) handed to the compiler in the opposite order.
        var trees = sources.Select(GeneratorHost.Parse).Reverse().ToList();
        var driver = GeneratorHost.CreateDriver().RunGenerators(GeneratorHost.Compile(trees));

        Assert.Equal(forward.Source, GeneratorHost.GeneratedSource(driver));
    }

    [Fact]
    public void Json_IsOneLiteral_WhateverTheNumberOfElements()
    {
        // A `+` chain of a literal per line cost a 2,000-file build 7 to 9 seconds (benchmarks/README.md).
        var members = string.Concat(Enumerable.Range(0, 200).Select(i => $"[PersonalData(DataCategories.Contact.Phone)] public string? Phone{i};\n"));
        var run = GeneratorHost.Run([$"using PiiAnalyzers;\nnamespace Shop;\npublic class Customer\n{{\n{members}}}\n"]);

        Assert.Equal(200, GeneratorHost.GeneratedElements(run.Driver).Count);
    }

    [Fact]
    public void MarkerUnderAnAliasNamedLikeAnotherAttribute_IsFound_ByTheGeneratorAndTheCli()
    {
        const string source = """
            using Phone = PiiAnalyzers.PersonalDataAttribute;

            namespace Shop;

            public class Contact
            {
                [Phone(PiiAnalyzers.DataCategories.Contact.Phone)]
                public string Mobile { get; set; } = "";
            }
            """;

        var run = GeneratorHost.Run([source]);
        var built = InventoryBuilder.Build(GeneratorHost.Compile(source), options: null, GeneratorHost.ProjectDirectory);

        Assert.Equal(["Shop.Contact.Mobile contact.phone"], GeneratorHost.GeneratedElements(run.Driver).Select(element => $"{element.Id} {element.Category}"));
        Assert.Equal(["Shop.Contact.Mobile contact.phone 8"], built.Elements.Select(element => $"{element.Id} {element.Category} {element.Line}"));
    }

    [Fact]
    public void Compilation_WithoutTheAttributesLibrary_GetsNoInventory()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "NoAttributes",
            [GeneratorHost.Parse("public class C { public int X; }", 0)],
            Basic.Reference.Assemblies.Net100.References.All,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var driver = GeneratorHost.CreateDriver().RunGenerators(compilation);

        Assert.Null(GeneratorHost.GeneratedSource(driver));
    }

    private sealed class SingleOptionsProvider(IReadOnlyDictionary<string, string> values) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(values);

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions => _options;

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
