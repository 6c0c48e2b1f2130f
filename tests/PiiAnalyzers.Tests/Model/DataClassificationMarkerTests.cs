using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Model;
using PiiAnalyzers.Options;
using PiiAnalyzers.Taxonomy;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.Model;

/// <summary>Microsoft.Extensions.Compliance classification attributes, recognized by metadata name through stand-ins.</summary>
public class DataClassificationMarkerTests
{
    private const string ComplianceStubs = """
        namespace Microsoft.Extensions.Compliance.Classification
        {
            public readonly struct DataClassification
            {
                public DataClassification(string t, string v) { }
            }

            public abstract class DataClassificationAttribute : System.Attribute
            {
                protected DataClassificationAttribute(DataClassification c) { }
            }

            public sealed class NoDataClassificationAttribute : DataClassificationAttribute
            {
                public NoDataClassificationAttribute() : base(default) { }
            }
        }
        """;

    private const string UserTaxonomy = """
        using Microsoft.Extensions.Compliance.Classification;

        namespace MyCo.Compliance
        {
            public sealed class PrivateDataAttribute : DataClassificationAttribute
            {
                public PrivateDataAttribute() : base(new DataClassification("MyTaxonomy", "Private")) { }
            }

            public sealed class CardAttribute : DataClassificationAttribute
            {
                public CardAttribute() : base(new DataClassification("MyTaxonomy", "Card")) { }
            }
        }
        """;

    private const string Customer = """
        using MyCo.Compliance;
        using Microsoft.Extensions.Compliance.Classification;

        public class Customer
        {
            [PrivateData]
            public string Email { get; set; } = "";

            [Card]
            public string CardNumber { get; set; } = "";

            [NoDataClassification]
            public string Tier { get; set; } = "";
        }
        """;

    [Fact]
    public void ClassificationAttribute_MarksMember_AsUnspecified()
    {
        var host = ModelHost.Create([ComplianceStubs, UserTaxonomy, Customer]);

        var member = host.GetRequired("Customer", "Email");

        Assert.Equal(PersonalDataMarkerKinds.DataClassification, member.Markers);
        Assert.Equal(CategoryTaxonomy.UnspecifiedId, member.Category);
        Assert.Equal("PrivateDataAttribute", member.ClassificationName);
        Assert.False(member.IsSensitive);
        Assert.False(member.IsEncryptedAtRest);
    }

    [Fact]
    public void NoDataClassification_IsNotPersonalData()
    {
        var host = ModelHost.Create([ComplianceStubs, UserTaxonomy, Customer]);

        Assert.Null(host.Get("Customer", "Tier"));
    }

    [Fact]
    public void AbstractBaseAttributeItself_IsNotTreatedAsMarkerOfNoDataClassification()
    {
        var host = ModelHost.Create([ComplianceStubs, "public class Empty { }"]);

        var markers = host.Model.Markers;

        Assert.NotNull(markers.DataClassification);
        Assert.NotNull(markers.NoDataClassification);
        Assert.False(markers.IsPersonalClassification(markers.NoDataClassification));
        Assert.False(markers.IsPersonalClassification(markers.DataClassification));
        Assert.True(markers.AnyMarkerVisible);
    }

    [Fact]
    public void ClassificationWithOurPersonalData_OurCategoryWins()
    {
        var host = ModelHost.Create([ComplianceStubs, UserTaxonomy, """
            using MyCo.Compliance;
            using PiiAnalyzers;

            public class Customer
            {
                [PrivateData]
                [PersonalData(DataCategories.Contact.Phone)]
                public string Phone { get; set; } = "";
            }
            """]);

        var member = host.GetRequired("Customer", "Phone");

        Assert.Equal(PersonalDataMarkerKinds.PersonalData | PersonalDataMarkerKinds.DataClassification, member.Markers);
        Assert.Equal("contact.phone", member.Category);
        Assert.Equal("PrivateDataAttribute", member.ClassificationName);
    }

    [Fact]
    public void ClassificationWithOurPersonalData_OurCategoryWinsOverTheMap()
    {
        var options = TestAnalyzerConfigOptionsProvider.ForAllFiles(PiiOptions.ClassificationMapKey, "PrivateData=contact.email");
        var host = ModelHost.Create([ComplianceStubs, UserTaxonomy, """
            using MyCo.Compliance;
            using PiiAnalyzers;

            public class Customer
            {
                [PrivateData]
                [PersonalData(DataCategories.Contact.Phone)]
                public string Phone { get; set; } = "";
            }
            """], options);

        Assert.Equal("contact.phone", host.GetRequired("Customer", "Phone").Category);
    }

    [Theory]
    [InlineData("PrivateDataAttribute=contact.email")]
    [InlineData("PrivateData=contact.email")]
    [InlineData("MyCo.Compliance.PrivateDataAttribute=contact.email")]
    [InlineData("MyCo.Compliance.PrivateData=contact.email")]
    [InlineData(" Card = financial.bank-account ; PrivateData = contact.email ")]
    [InlineData("Card=financial.bank-account,PrivateData=contact.email")]
    public void ClassificationMap_MapsClassificationToCategory(string map)
    {
        var options = TestAnalyzerConfigOptionsProvider.ForAllFiles(PiiOptions.ClassificationMapKey, map);
        var host = ModelHost.Create([ComplianceStubs, UserTaxonomy, Customer], options);

        var member = host.GetRequired("Customer", "Email");

        Assert.Equal("contact.email", member.Category);
        Assert.Equal(PersonalDataMarkerKinds.DataClassification, member.Markers);
        Assert.Equal("PrivateDataAttribute", member.ClassificationName);
    }

    [Fact]
    public void ClassificationMap_MappedSensitiveCategory_MakesMemberSensitive()
    {
        var options = TestAnalyzerConfigOptionsProvider.ForAllFiles(PiiOptions.ClassificationMapKey, "PrivateData=contact.email; Card=financial.bank-account");
        var host = ModelHost.Create([ComplianceStubs, UserTaxonomy, Customer], options);

        var card = host.GetRequired("Customer", "CardNumber");
        var email = host.GetRequired("Customer", "Email");

        Assert.Equal("financial.bank-account", card.Category);
        Assert.True(card.IsSensitive);
        Assert.Equal("CardAttribute", card.ClassificationName);
        Assert.Equal("contact.email", email.Category);
        Assert.False(email.IsSensitive);
    }

    [Theory]
    [InlineData("Private=contact.email")]
    [InlineData("privatedata=contact.email")]
    [InlineData("Other.PrivateData=contact.email")]
    [InlineData("Card=financial.bank-account")]
    [InlineData("")]
    public void ClassificationMap_KeyThatDoesNotNameTheAttribute_LeavesUnspecified(string map)
    {
        var options = TestAnalyzerConfigOptionsProvider.ForAllFiles(PiiOptions.ClassificationMapKey, map);
        var host = ModelHost.Create([ComplianceStubs, UserTaxonomy, Customer], options);

        Assert.Equal(CategoryTaxonomy.UnspecifiedId, host.GetRequired("Customer", "Email").Category);
    }

    [Fact]
    public void ClassificationMap_OtherKey_IsIgnored()
    {
        var options = TestAnalyzerConfigOptionsProvider.ForAllFiles("pii_some_other_key", "PrivateData=contact.email");
        var host = ModelHost.Create([ComplianceStubs, UserTaxonomy, Customer], options);

        Assert.Equal(CategoryTaxonomy.UnspecifiedId, host.GetRequired("Customer", "Email").Category);
    }

    [Fact]
    public void ClassificationMap_IsReadPerFile()
    {
        const string Mapped = """
            using MyCo.Compliance;

            public class Mapped
            {
                [PrivateData]
                public string Email { get; set; } = "";
            }
            """;
        const string Unmapped = """
            using MyCo.Compliance;

            public class Unmapped
            {
                [PrivateData]
                public string Email { get; set; } = "";
            }
            """;

        // TestCompilation names the files /src/File0.cs, /src/File1.cs, ... in order.
        var provider = new TestAnalyzerConfigOptionsProvider(optionsByPath: new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["/src/File2.cs"] = new Dictionary<string, string> { [PiiOptions.ClassificationMapKey] = "PrivateData=contact.email" },
        });
        var host = ModelHost.Create([ComplianceStubs, UserTaxonomy, Mapped, Unmapped], TestAnalyzerConfigOptionsProvider.Of(provider));

        Assert.Equal("contact.email", host.GetRequired("Mapped", "Email").Category);
        Assert.Equal(CategoryTaxonomy.UnspecifiedId, host.GetRequired("Unmapped", "Email").Category);
    }

    [Fact]
    public void ClassificationMap_ForMemberFromMetadata_ComesFromGlobalOptions()
    {
        var library = CSharpCompilation.Create(
            "CustomerLibrary",
            new[] { ComplianceStubs, UserTaxonomy, Customer }.Select(source => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))),
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = library.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        var libraryReference = MetadataReference.CreateFromImage(image.ToArray());

        var application = TestCompilation.Create("public class App { public Customer? Current; }").AddReferences(libraryReference);
        var customer = application.GetTypeByMetadataName("Customer")!;
        var email = customer.GetMembers("Email").Single();
        Assert.Empty(email.DeclaringSyntaxReferences);

        var provider = new TestAnalyzerConfigOptionsProvider(
            fileOptions: new Dictionary<string, string> { [PiiOptions.ClassificationMapKey] = "PrivateData=contact.phone" },
            globalOptions: new Dictionary<string, string> { [PiiOptions.ClassificationMapKey] = "PrivateData=contact.email" });
        var model = PersonalDataModel.Create(application, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, provider));

        var member = model.GetMember(email);

        Assert.NotNull(member);
        Assert.Equal("contact.email", member.Category);
        Assert.True(model.ContainsPersonalData(customer));
        Assert.True(model.HoldsPersonalData(application.GetTypeByMetadataName("App")!.GetMembers("Current").Single()));
    }

    [Fact]
    public void WithoutOptions_ClassificationIsUnspecified()
    {
        var host = ModelHost.Create([ComplianceStubs, UserTaxonomy, Customer], options: null);

        Assert.Equal(CategoryTaxonomy.UnspecifiedId, host.GetRequired("Customer", "CardNumber").Category);
        Assert.Equal("CardAttribute", host.GetRequired("Customer", "CardNumber").ClassificationName);
    }
}
