using System.Text;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Tests.Taxonomy;

/// <summary>docs/taxonomy.md is the taxonomy table users read; it is rendered from the one in code and must not drift.</summary>
public class TaxonomyDocumentTests
{
    private const string DocumentPath = "docs/taxonomy.md";

    [Fact]
    public void TaxonomyDocument_MatchesTheBuiltInCategories()
    {
        var expected = Render();
        if (Environment.GetEnvironmentVariable("PII_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(RepositoryFiles.PathOf(DocumentPath), expected);
        }

        Assert.True(
            File.Exists(RepositoryFiles.PathOf(DocumentPath)) && RepositoryFiles.Read(DocumentPath) == expected,
            $"{DocumentPath} is out of date: run the tests once with PII_UPDATE_DOCS=1 to render it again.");
    }

    private static string Render()
    {
        var text = new StringBuilder();
        text.Append("""
            # Data categories

            The built-in taxonomy, from GB/T 35273-2020 appendices A and B, PIPL Art. 28 and GDPR Art. 9. Use the ids in
            `[PersonalData(...)]`, preferably through the `DataCategories` constants. A top-level id covers all of its
            children: a policy that declares "联系方式 / contact details" declares `contact.phone` too. Sensitive categories
            are sensitive personal information without `[Sensitive]`.

            This page is rendered from `src/PiiAnalyzers/Taxonomy/BuiltInCategories.cs` by a test; do not edit it by hand.

            | id | constant | 中文 | English | sensitive |
            |---|---|---|---|---|

            """);
        foreach (var category in BuiltInCategories.All)
        {
            var id = category.ParentId is null ? $"**{category.Id}**" : $"`{category.Id}`";
            text.Append($"| {id} | `{Constant(category.Id)}` | {category.ChineseName} | {category.EnglishName} | {(category.IsSensitive ? "yes" : "")} |\n");
        }

        return text.ToString();
    }

    private static string Constant(string id)
    {
        var segments = id.Split('.');
        var type = Pascal(segments[0]);
        return segments.Length == 1 ? $"DataCategories.{type}.All" : $"DataCategories.{type}.{Pascal(segments[1])}";
    }

    private static string Pascal(string kebab) =>
        string.Concat(kebab.Split('-').Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
}
