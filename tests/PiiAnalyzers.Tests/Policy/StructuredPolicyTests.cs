using PiiAnalyzers.Policy;

namespace PiiAnalyzers.Tests.Policy;

public class StructuredPolicyTests
{
    [Fact]
    public void A_json_declaration_lists_categories_and_claims()
    {
        const string Json = """
            {
              // what the app collects
              "categories": [
                "contact.phone",
                { "id": "contact.email", "encrypted": true, "retention": "account-deleted+P3D", "sharedWith": ["SendGrid"] },
                { "id": "identity.national-id", "sensitive": true },
              ],
              "notSold": true
            }
            """;

        var document = PolicyReader.Read(Json, "privacy.json");

        Assert.Equal(PolicyFormat.StructuredJson, document.Format);
        Assert.Empty(document.Problems);
        Assert.True(document.HasCollectionSection);
        Assert.Equal(["contact.phone", "contact.email", "identity.national-id"], document.Categories.Select(category => category.Id));
        Assert.Equal(4, document.Categories[0].Evidence.Single().Line);
        Assert.Equal(["contact.email"], Assert.Single(document.Claims.Encryption).Categories.ToArray());
        Assert.Equal("account-deleted+P3D", Assert.Single(document.Claims.Retention).Rule);
        Assert.Equal(["identity.national-id"], Assert.Single(document.Claims.Sensitive).Categories.ToArray());
        Assert.Contains(document.Claims.Sharing, claim => claim.Kind == SharingClaimKind.SharedWith && claim.Recipients.Single() == "SendGrid");
        Assert.Contains(document.Claims.Sharing, claim => claim.Kind == SharingClaimKind.NotSold);
    }

    [Fact]
    public void A_yaml_declaration_lists_categories_and_claims()
    {
        const string Yaml = """
            # PiiAnalyzers policy declaration
            categories:
              - contact.phone
              - id: device.id
                retention: P180D
              - "online.ip-address"
            encrypted: [contact.phone]
            notShared: true
            """;

        var document = PolicyReader.Read(Yaml);

        Assert.Equal(PolicyFormat.StructuredYaml, document.Format);
        Assert.Empty(document.Problems);
        Assert.Equal(["contact.phone", "device.id", "online.ip-address"], document.Categories.Select(category => category.Id));
        Assert.Equal(4, document.Categories[1].Evidence.Single().Line);
        Assert.Equal("P180D", Assert.Single(document.Claims.Retention).Rule);
        Assert.Equal(["contact.phone"], Assert.Single(document.Claims.Encryption).Categories.ToArray());
        Assert.Equal(SharingClaimKind.NotShared, Assert.Single(document.Claims.Sharing).Kind);
        Assert.True(document.Declares("device.id"));
    }

    [Fact]
    public void TransferredAbroad_StatesTheTransfer_OrThatDataStaysInTheCountry_ForAllDataOrOneCategory()
    {
        const string Yaml = """
            categories:
              - contact.phone
              - id: contact.email
                transferredAbroad: true
            transferredAbroad: false
            """;

        var document = PolicyReader.Read(Yaml, "privacy.yaml");

        Assert.Empty(document.Problems);
        Assert.Equal(
            ["TransferredAbroad [contact.email] line 4 Clear", "StaysInCountry [] line 5 Clear"],
            document.Claims.CrossBorder.Select(claim => $"{claim.Kind} [{string.Join(", ", claim.Categories)}] line {claim.Evidence.Line} {claim.Confidence}"));
    }

    [Fact]
    public void A_bare_list_of_ids_is_a_declaration_and_parents_cover_children()
    {
        var document = PolicyReader.Read("[\"contact\", \"device.id\"]", "declared.json");

        Assert.True(document.Declares("contact.phone"));
        Assert.Equal("contact", document.FindDeclaration("contact.email")!.Id);
        Assert.False(document.Declares("device.info"));
    }

    [Fact]
    public void Unknown_ids_are_problems_with_a_suggestion()
    {
        var document = PolicyReader.Read("categories:\n  - contact.phon\n  - contact.email\n", "policy.yaml");

        var problem = Assert.Single(document.Problems);
        Assert.Equal(PolicyProblemKind.UnknownCategory, problem.Kind);
        Assert.Equal(2, problem.Line);
        Assert.Contains("contact.phone", problem.Message);
        Assert.Equal("contact.email", Assert.Single(document.Categories).Id);
    }

    [Theory]
    [InlineData("{\"categories\": [\"contact.phone\"", "privacy.json", 1)]
    [InlineData("{\n\"categories\": [\n  contact.phone,\n  ?\n]}", "privacy.json", 4)]
    [InlineData("title: no categories here\n", "privacy.yaml", 1)]
    public void Malformed_declarations_are_problems(string text, string path, int line)
    {
        var document = PolicyReader.Read(text, path);

        var problem = Assert.Single(document.Problems);
        Assert.Equal(PolicyProblemKind.MalformedDeclaration, problem.Kind);
        Assert.Equal(line, problem.Line);
        Assert.False(document.HasCollectionSection);
    }
}
