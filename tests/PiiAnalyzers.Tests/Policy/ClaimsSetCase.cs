using System.Globalization;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Model;
using PiiAnalyzers.Policy;
using PiiAnalyzers.Taxonomy;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.Policy;

/// <summary>One case of the labelled claims set (ClaimsSet/README.md): a policy, its claims, and code for and against it.</summary>
internal sealed class ClaimsSetCase
{
    public const string PolicyPath = "/repo/PRIVACY.md";

    private static readonly string[] CheckedRules = ["PII0103", "PII0104", "PII0105", "PII0106"];

    private ClaimsSetCase(string name, Dictionary<string, string> sections)
    {
        Name = name;
        Policy = sections["policy"];
        Claims = Lines(sections["claims"]);
        Agrees = sections["agrees"];
        Contradicts = sections["contradicts"];
        Findings = Lines(sections["findings"]);
    }

    public static string Directory { get; } = Path.Combine(PolicyTestFiles.RepositoryRoot, "tests", "PiiAnalyzers.Tests", "Policy", "ClaimsSet");

    public string Name { get; }

    public string Policy { get; }

    /// <summary>The labelled claims, as <see cref="ClaimLabels"/> writes them.</summary>
    public IReadOnlyList<string> Claims { get; }

    public string Agrees { get; }

    public string Contradicts { get; }

    /// <summary>The PII0103–PII0106 findings the contradicting code gets, as <see cref="PolicyFinding.ToString"/> writes them.</summary>
    public IReadOnlyList<string> Findings { get; }

    public static IEnumerable<string> Names() =>
        System.IO.Directory.GetFiles(Directory, "*.case").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static ClaimsSetCase Load(string name)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var text = new List<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Directory, name + ".case")).Append("=== end"))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                if (current is not null)
                {
                    sections[current] = string.Join("\n", text).Trim('\n') + "\n";
                }

                current = line.Substring(4).Trim();
                text.Clear();
                continue;
            }

            text.Add(line);
        }

        return new ClaimsSetCase(name, sections);
    }

    public PolicyDocument Read() => PolicyReader.Read(Policy, PolicyPath);

    /// <summary>The PII0103–PII0106 findings for <paramref name="source"/>'s personal data held against the policy.</summary>
    public IReadOnlyList<string> Check(string source)
    {
        var compilation = TestCompilation.Create(source);
        var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, Name + ": " + string.Join("; ", errors));
        var model = PersonalDataModel.Create(compilation, options: null);
        var elements = compilation.GlobalNamespace.GetTypeMembers()
            .SelectMany(type => model.GetPersonalMembers(type))
            .OrderBy(member => member.Symbol.Locations[0].SourceSpan.Start)
            .Select(PolicyCheckElement.FromMember)
            .ToList();
        return PolicyCheck.Run(elements, Read(), CategoryTaxonomy.BuiltIn)
            .Where(finding => CheckedRules.Contains(finding.RuleId))
            .Select(finding => finding.ToString())
            .ToList();
    }

    public override string ToString() => Name;

    private static List<string> Lines(string section) =>
        section.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
}

/// <summary>Claims as the claims set labels them: kind, what it says, categories sorted, and " (unclear)" when unclear.</summary>
internal static class ClaimLabels
{
    public static IEnumerable<(string Kind, string Label)> Of(PolicyClaims claims)
    {
        foreach (var claim in claims.Encryption)
        {
            yield return ("encryption", Label("encryption " + (claim.IsAtRest ? "at-rest" : "in-transit"), claim));
        }

        foreach (var claim in claims.Retention)
        {
            var rule = "retention " + claim.Rule + (claim.IsMinimum ? " at-least" : string.Empty) + (claim.Since is { } since ? " from " + since : string.Empty);
            yield return ("retention", Label(rule, claim));
        }

        foreach (var claim in claims.Sharing)
        {
            var kind = claim.Kind switch
            {
                SharingClaimKind.NotShared => "not-shared",
                SharingClaimKind.NotSold => "not-sold",
                _ => "shared-with",
            };
            var recipients = claim.Recipients.Concat(claim.RecipientKinds).ToList();
            var what = "sharing " + kind + (claim.HasExceptions ? " with-exceptions" : string.Empty) + (recipients.Count > 0 ? " " + string.Join(", ", recipients) : string.Empty);
            yield return ("sharing", Label(what, claim));
        }

        foreach (var claim in claims.Sensitive)
        {
            yield return ("sensitive", Label("sensitive", claim));
        }

        foreach (var claim in claims.CrossBorder)
        {
            yield return ("cross-border", Label("cross-border " + (claim.Kind == CrossBorderClaimKind.StaysInCountry ? "in-country" : "abroad"), claim));
        }
    }

    public static string KindOf(string label) => label.Substring(0, label.IndexOf(' ', StringComparison.Ordinal));

    private static string Label(string what, PolicyClaim claim) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} [{1}]{2}",
            what,
            string.Join(", ", claim.Categories.Order(StringComparer.Ordinal)),
            claim.Confidence == ClaimConfidence.Unclear ? " (unclear)" : string.Empty);
}
