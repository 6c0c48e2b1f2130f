using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Generation;
using PiiAnalyzers.Tests.Generation;
using PiiAnalyzers.Tests.Model;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.PolicyChecks;

/// <summary>
/// One rule for what counts (<see cref="PiiAnalyzers.Model.InventoryMembership"/>): for each kind of declaration, the
/// generated inventory, <c>pii inventory</c>'s <see cref="InventoryBuilder"/> and the policy check's findings on members (PII0101)
/// name the same members. The policy declares only phone numbers, so every other categorized element is a PII0101.
/// </summary>
public class InventoryMembershipTests
{
    private const string PhonePolicy = """
        # Privacy Policy

        ## Information we collect

        We collect your phone number when you sign up.
        """;

    // Another assembly: a stand-in for Identity's [PersonalData] and IdentityUser, and a marked virtual property.
    private const string Library = """
        namespace Microsoft.AspNetCore.Identity
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public class PersonalDataAttribute : System.Attribute { }

            public class IdentityUser
            {
                [PersonalData]
                public virtual string? UserName { get; set; }

                [PersonalData]
                public virtual string? PhoneNumber { get; set; }
            }
        }

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
        }

        namespace Lib
        {
            public sealed class CardDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute
            {
                public CardDataAttribute() : base(new Microsoft.Extensions.Compliance.Classification.DataClassification("Lib", "Card")) { }
            }

            public class Contact
            {
                [PiiAnalyzers.PersonalData(PiiAnalyzers.DataCategories.Contact.Email)]
                public virtual string? Email { get; set; }

                [CardData]
                public virtual string? Card { get; set; }
            }
        }
        """;

    [Fact]
    public void AnUnannotatedOverrideOfAMarkedPropertyOfAnotherAssembly_IsAnElement_ForBoth()
    {
        var (inventory, findings) = Run("""
            public class Customer : Lib.Contact
            {
                public override string? Email { get; set; }
            }
            """);

        Assert.Equal(["Customer.Email contact.email"], inventory);
        Assert.Equal(["PII0101 'Customer.Email' collects 'contact.email'"], findings);
    }

    [Fact]
    public void AnIdentityUserSubclass_CountsItsOverridesNotWhatItInherits_ForBoth()
    {
        var (inventory, findings) = Run("""
            public class AppUser : Microsoft.AspNetCore.Identity.IdentityUser
            {
                public override string? UserName { get; set; }
            }
            """);

        Assert.Equal(["AppUser.UserName unspecified"], inventory);
        Assert.Equal(
            [
                "PII0101 1 personal-data member(s), the first 'AppUser.UserName', have no data category, so they cannot be checked"
                + " against the privacy policy 'PRIVACY.md'; give each a category with [PersonalData] or map its classification with"
                + " pii_classification_map",
            ],
            findings);
    }

    [Fact]
    public void ClassifiedMembers_OwnOrOverridden_AreElementsWithoutACategory_ForBoth()
    {
        var (inventory, findings) = Run("""
            public class Payment : Lib.Contact
            {
                [Lib.CardData]
                public string? Iban { get; set; }

                public override string? Card { get; set; }
            }
            """);

        Assert.Equal(["Payment.Iban unspecified", "Payment.Card unspecified"], inventory);
        Assert.Equal(
            [
                "PII0101 2 personal-data member(s), the first 'Payment.Iban', have no data category, so they cannot be checked"
                + " against the privacy policy 'PRIVACY.md'; give each a category with [PersonalData] or map its classification with"
                + " pii_classification_map",
            ],
            findings);
    }

    [Fact]
    public void AnOverrideOfAMarkedPropertyOfThisCompilation_CountsOnlyWithItsOwnMarker_ForBoth()
    {
        var (inventory, findings) = Run("""
            using PiiAnalyzers;

            public class Person
            {
                [PersonalData(DataCategories.Contact.Email)]
                public virtual string? Email { get; set; }

                [PersonalData(DataCategories.Contact.Email)]
                public virtual string? Backup { get; set; }
            }

            public class Customer : Person
            {
                public override string? Email { get; set; }

                [PersonalData(DataCategories.Profile.Name)]
                public override string? Backup { get; set; }
            }
            """);

        Assert.Equal(["Customer.Backup profile.name", "Person.Email contact.email", "Person.Backup contact.email"], inventory);
        Assert.Equal(
            [
                "PII0101 'Person.Email' collects 'contact.email'",
                "PII0101 'Person.Backup' collects 'contact.email'",
                "PII0101 'Customer.Backup' collects 'profile.name'",
            ],
            findings);
    }

    [Fact]
    public void APositionalRecordParameter_IsItsProperty_AndAPlainRecordConstructorParameterIsAParameter_ForBoth()
    {
        var (inventory, findings) = Run("""
            using PiiAnalyzers;

            public record Customer([PersonalData(DataCategories.Contact.Email)] string Email);

            public record Order
            {
                public Order([PersonalData(DataCategories.Contact.Email)] string email) { }
            }
            """);

        Assert.Equal(["Customer.Email contact.email", "Order.Order(email) contact.email"], inventory);
        Assert.Equal(
            ["PII0101 'Customer.Email' collects 'contact.email'", "PII0101 'Order(email)' collects 'contact.email'"],
            findings);
    }

    [Fact]
    public void IndexersLambdasAndLocalFunctions_AreNotElements_MethodParametersAre_ForBoth()
    {
        var (inventory, findings) = Run("""
            using System;
            using PiiAnalyzers;

            public class Registry
            {
                public string this[[PersonalData(DataCategories.Contact.Email)] string email] => email;

                public void Register([PersonalData(DataCategories.Contact.Email)] string email)
                {
                    Func<string, string> trim = ([PersonalData(DataCategories.Contact.Email)] string value) => value.Trim();
                    static string Lower([PersonalData(DataCategories.Contact.Email)] string value) => value.ToLowerInvariant();
                    _ = trim(Lower(email));
                }
            }
            """);

        Assert.Equal(["Registry.Register(email) contact.email"], inventory);
        Assert.Equal(["PII0101 'Registry.Register(email)' collects 'contact.email'"], findings);
    }

    [Fact]
    public void PartialMembers_CountOnce_AtTheirDefinition_ForBoth()
    {
        var (inventory, findings) = Run(
            """
            using PiiAnalyzers;

            public partial class Customer
            {
                [PersonalData(DataCategories.Contact.Email)]
                public partial string Email { get; set; }

                partial void OnRegistered([PersonalData(DataCategories.Profile.Name)] string name);
            }
            """,
            """
            public partial class Customer
            {
                private string _email = "";

                public partial string Email { get => _email; set => _email = value; }

                partial void OnRegistered(string name) { }
            }
            """);

        Assert.Equal(["Customer.Email contact.email File0.cs", "Customer.OnRegistered(name) profile.name File0.cs"], inventory);
        Assert.Equal(
            [
                "PII0101 'Customer.Email' collects 'contact.email'",
                "PII0101 'Customer.OnRegistered(name)' collects 'profile.name'",
            ],
            findings);
    }

    // The generator's elements, InventoryBuilder's (which must be the same, lines aside), and the check's PII0101/PII0102.
    private static (IReadOnlyList<string> Inventory, IReadOnlyList<string> Findings) Run(params string[] sources)
    {
        var library = CSharpCompilation.Create(
            "Library",
            [CSharpSyntaxTree.ParseText(Library, GeneratorHost.ParseOptions)],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorHost.AssertNoErrors(library, "The library does not compile");
        var compilation = GeneratorHost.Compile(sources.Select(GeneratorHost.Parse)).AddReferences(library.ToMetadataReference());
        GeneratorHost.AssertNoErrors(compilation, "The test source does not compile");

        var generated = GeneratorHost.GeneratedElements(GeneratorHost.CreateDriver().RunGenerators(compilation));
        var built = InventoryBuilder.Build(compilation, options: null, GeneratorHost.ProjectDirectory).Elements;
        Assert.Equal(generated, built.Select(element => element with { Line = null }));
        var inventory = built.Select(element => sources.Length > 1 ? $"{element.Id} {element.Category} {element.File}" : $"{element.Id} {element.Category}").ToList();

        var policy = new PolicyText("/PRIVACY.md", PhonePolicy);
        var options = new AnalyzerOptions(
            [policy],
            new TestAnalyzerConfigOptionsProvider(optionsByPath: new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [policy.Path] = new Dictionary<string, string> { [PrivacyPolicyAnalyzer.PolicyKindKey] = PrivacyPolicyAnalyzer.PolicyKind },
            }));
        var diagnostics = compilation
            .WithAnalyzers([new PrivacyPolicyAnalyzer()], options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).Result;
        var findings = diagnostics
            .Where(diagnostic => diagnostic.Location.IsInSource)
            .OrderBy(diagnostic => diagnostic.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .Select(Describe)
            .ToList();
        return (inventory, findings);
    }

    // The end of PII0101's message for an element with a category, the same for every finding here.
    private const string PolicyClause = ", which the privacy policy 'PRIVACY.md' does not declare";

    private static string Describe(Diagnostic diagnostic) =>
        $"{diagnostic.Id} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}".Replace(PolicyClause, string.Empty, StringComparison.Ordinal);

    private sealed class PolicyText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
