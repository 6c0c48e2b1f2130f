using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PiiAnalyzers.Model;
using PiiAnalyzers.Taxonomy;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.Model;

public class CustomCategoryTests
{
    [Fact]
    public void ValidDeclaration_AddsCategoryToTaxonomy()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            [assembly: PersonalDataCategory("loyalty.member-id", "会员号", "loyalty member id", Sensitive = true)]
            [assembly: PersonalDataCategory("loyalty.points", "积分", "loyalty points")]
            """);

        Assert.True(host.Model.Taxonomy.TryGetCategory("loyalty.member-id", out var memberId));
        Assert.Equal("loyalty.member-id", memberId.Id);
        Assert.Equal("会员号", memberId.ChineseName);
        Assert.Equal("loyalty member id", memberId.EnglishName);
        Assert.True(memberId.IsSensitive);
        Assert.False(memberId.IsBuiltIn);
        Assert.Equal("loyalty", memberId.ParentId);

        Assert.True(host.Model.Taxonomy.TryGetCategory("loyalty.points", out var points));
        Assert.False(points.IsSensitive);

        // The built-in categories are all still there, followed by the custom ones in declaration order.
        Assert.True(host.Model.Taxonomy.IsKnown("contact.phone"));
        Assert.Equal(82, host.Model.Taxonomy.Categories.Length);
        Assert.Equal(["loyalty.member-id", "loyalty.points"], host.Model.Taxonomy.Categories.Skip(80).Select(category => category.Id));

        Assert.Equal(
            [("loyalty.member-id", CustomCategoryProblem.None), ("loyalty.points", CustomCategoryProblem.None)],
            host.Model.CustomCategories.Select(declaration => (declaration.Id, declaration.Problem)));
        Assert.All(host.Model.CustomCategories, declaration => Assert.NotNull(declaration.Category));
    }

    [Fact]
    public void MemberWithSensitiveCustomCategory_IsSensitive()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            [assembly: PersonalDataCategory("loyalty.member-id", "会员号", "loyalty member id", Sensitive = true)]
            [assembly: PersonalDataCategory("loyalty.points", "积分", "loyalty points", Sensitive = false)]

            public class Member
            {
                [PersonalData("loyalty.member-id")]
                public string MemberId { get; set; } = "";

                [PersonalData("loyalty.points")]
                public int Points { get; set; }

                [PersonalData("loyalty.points", Sensitive = true)]
                public int SecretPoints { get; set; }
            }
            """);

        var memberId = host.GetRequired("Member", "MemberId");

        Assert.Equal("loyalty.member-id", memberId.Category);
        Assert.True(memberId.IsSensitive);
        Assert.False(host.GetRequired("Member", "Points").IsSensitive);
        Assert.True(host.GetRequired("Member", "SecretPoints").IsSensitive);
    }

    [Fact]
    public void WithoutDeclarations_TaxonomyIsTheBuiltInOne()
    {
        var host = ModelHost.Create("public class Empty { }");

        Assert.Empty(host.Model.CustomCategories);
        Assert.Same(CategoryTaxonomy.BuiltIn, host.Model.Taxonomy);
    }

    [Theory]
    [InlineData("Loyalty.Member")]
    [InlineData("a..b")]
    [InlineData("x-")]
    [InlineData("")]
    [InlineData(".loyalty")]
    [InlineData("loyalty.")]
    [InlineData("-loyalty")]
    [InlineData("loyalty.-id")]
    [InlineData("loyalty.member--id")]
    [InlineData("loyalty member")]
    [InlineData("loyalty_member")]
    [InlineData("会员.号")]
    public void MalformedId_IsReported_AndNotAdded(string id)
    {
        var host = ModelHost.Create($$"""
            using PiiAnalyzers;

            [assembly: PersonalDataCategory("{{id}}", "名称", "name")]
            """);

        var declaration = Assert.Single(host.Model.CustomCategories);
        Assert.Equal(id, declaration.Id);
        Assert.Equal(CustomCategoryProblem.MalformedId, declaration.Problem);
        Assert.Null(declaration.Category);
        Assert.Equal(80, host.Model.Taxonomy.Categories.Length);
    }

    [Theory]
    [InlineData("loyalty")]
    [InlineData("loyalty.member-id")]
    [InlineData("loyalty.tier.gold")]
    [InlineData("contact.wechat-id")]
    [InlineData("x1.y2-z3")]
    public void WellFormedId_IsAccepted(string id)
    {
        var host = ModelHost.Create($$"""
            using PiiAnalyzers;

            [assembly: PersonalDataCategory("{{id}}", "名称", "name")]
            """);

        var declaration = Assert.Single(host.Model.CustomCategories);
        Assert.Equal(CustomCategoryProblem.None, declaration.Problem);
        Assert.True(host.Model.Taxonomy.IsKnown(id));
    }

    [Theory]
    [InlineData("contact.phone")]
    [InlineData("contact")]
    [InlineData("unspecified")]
    public void BuiltInId_Collides(string id)
    {
        var host = ModelHost.Create($$"""
            using PiiAnalyzers;

            [assembly: PersonalDataCategory("{{id}}", "名称", "name", Sensitive = true)]
            """);

        var declaration = Assert.Single(host.Model.CustomCategories);
        Assert.Equal(CustomCategoryProblem.CollidesWithBuiltIn, declaration.Problem);
        Assert.Null(declaration.Category);
        Assert.Same(CategoryTaxonomy.BuiltIn, host.Model.Taxonomy);
    }

    [Fact]
    public void CollidingDeclaration_DoesNotChangeBuiltInSensitivity()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            [assembly: PersonalDataCategory("contact.phone", "手机", "phone", Sensitive = true)]

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public string Phone { get; set; } = "";
            }
            """);

        Assert.False(host.GetRequired("Customer", "Phone").IsSensitive);
    }

    [Fact]
    public void SecondDeclarationOfSameId_IsDuplicate_FirstWins()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            [assembly: PersonalDataCategory("loyalty.member-id", "会员号", "loyalty member id", Sensitive = true)]
            [assembly: PersonalDataCategory("loyalty.member-id", "会员编号", "member number", Sensitive = false)]
            [assembly: PersonalDataCategory("loyalty.member-id", "会员", "member")]
            """);

        Assert.Equal(
            [CustomCategoryProblem.None, CustomCategoryProblem.Duplicate, CustomCategoryProblem.Duplicate],
            host.Model.CustomCategories.Select(declaration => declaration.Problem));
        Assert.True(host.Model.Taxonomy.TryGetCategory("loyalty.member-id", out var category));
        Assert.Equal("会员号", category.ChineseName);
        Assert.True(category.IsSensitive);
        Assert.Equal(81, host.Model.Taxonomy.Categories.Length);
    }

    [Fact]
    public void Declarations_AreInSourceOrder_WithTheirAttribute()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            [assembly: PersonalDataCategory("Bad.Id", "坏", "bad")]
            [assembly: PersonalDataCategory("contact.phone", "手机", "phone")]
            [assembly: PersonalDataCategory("loyalty.points", "积分", "points")]
            [assembly: PersonalDataCategory("loyalty.points", "积分", "points")]
            """);

        Assert.Equal(
            [("Bad.Id", CustomCategoryProblem.MalformedId), ("contact.phone", CustomCategoryProblem.CollidesWithBuiltIn), ("loyalty.points", CustomCategoryProblem.None), ("loyalty.points", CustomCategoryProblem.Duplicate)],
            host.Model.CustomCategories.Select(declaration => (declaration.Id, declaration.Problem)));
        Assert.All(host.Model.CustomCategories, declaration => Assert.Equal("PersonalDataCategoryAttribute", declaration.Attribute.AttributeClass?.Name));
    }

    [Fact]
    public void RepeatedBuiltInId_IsACollisionEachTime()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            [assembly: PersonalDataCategory("contact.phone", "手机", "phone")]
            [assembly: PersonalDataCategory("contact.phone", "手机", "phone")]
            """);

        Assert.Equal(
            [CustomCategoryProblem.CollidesWithBuiltIn, CustomCategoryProblem.CollidesWithBuiltIn],
            host.Model.CustomCategories.Select(declaration => declaration.Problem));
    }

    [Fact]
    public void ReferencedAssemblysCategories_AreKnown_ButNotListedAsThisAssemblys()
    {
        var library = CSharpCompilation.Create(
            "LoyaltyContracts",
            [CSharpSyntaxTree.ParseText("""
                using PiiAnalyzers;

                [assembly: PersonalDataCategory("loyalty.member-id", "会员号", "loyalty member id", Sensitive = true)]

                public class Member
                {
                    [PersonalData("loyalty.member-id")]
                    public string MemberId { get; set; } = "";
                }
                """, new CSharpParseOptions(LanguageVersion.Latest))],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = library.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));

        var application = TestCompilation.Create("""
            using PiiAnalyzers;

            public class Account
            {
                [PersonalData("loyalty.member-id")]
                public string MemberId { get; set; } = "";

                public Member? Member { get; set; }
            }
            """).AddReferences(MetadataReference.CreateFromImage(image.ToArray()));
        Assert.Empty(application.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        var model = PersonalDataModel.Create(application, options: null);
        var account = application.GetTypeByMetadataName("Account")!;

        Assert.Empty(model.CustomCategories);
        Assert.True(model.Taxonomy.TryGetCategory("loyalty.member-id", out var category));
        Assert.True(category.IsSensitive);
        Assert.True(model.GetMember(account.GetMembers("MemberId").Single())?.IsSensitive);
        Assert.True(model.HoldsPersonalData(account.GetMembers("Member").Single()));
    }

    [Fact]
    public void SameIdDeclaredHereAndInAReference_IsListedOnce_ThisAssemblysDefinitionWins()
    {
        var library = CSharpCompilation.Create(
            "LoyaltyContracts",
            [CSharpSyntaxTree.ParseText("""
                using PiiAnalyzers;

                [assembly: PersonalDataCategory("loyalty.member-id", "会员编号", "member number", Sensitive = false)]
                [assembly: PersonalDataCategory("loyalty.points", "积分", "points")]
                """, new CSharpParseOptions(LanguageVersion.Latest))],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);

        var application = TestCompilation.Create("""
            using PiiAnalyzers;

            [assembly: PersonalDataCategory("loyalty.member-id", "会员号", "loyalty member id", Sensitive = true)]
            """).AddReferences(MetadataReference.CreateFromImage(image.ToArray()));

        var model = PersonalDataModel.Create(application, options: null);

        Assert.Equal(CustomCategoryProblem.None, Assert.Single(model.CustomCategories).Problem);
        Assert.Equal(["loyalty.member-id", "loyalty.points"], model.Taxonomy.Categories.Skip(80).Select(category => category.Id));
        Assert.True(model.Taxonomy.TryGetCategory("loyalty.member-id", out var memberId));
        Assert.Equal("会员号", memberId.ChineseName);
        Assert.True(memberId.IsSensitive);
    }
}
