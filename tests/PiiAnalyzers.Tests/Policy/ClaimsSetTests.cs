using System.Globalization;
using Xunit.Abstractions;

namespace PiiAnalyzers.Tests.Policy;

/// <summary>
/// The labelled claims set (ClaimsSet/*.case): code that agrees with each policy gets no PII0103–PII0106 finding, code
/// that contradicts it gets exactly the expected ones, and the claims' precision and recall per kind meet the targets.
/// </summary>
public class ClaimsSetTests(ITestOutputHelper output)
{
    private const double MinPrecision = 0.95;
    private const double MinRecall = 0.8;

    private static readonly string[] Kinds = ["encryption", "retention", "sharing", "sensitive", "cross-border"];

    public static TheoryData<string> Cases() => new(ClaimsSetCase.Names());

    [Fact]
    public void The_set_has_at_least_twenty_policies_in_both_languages()
    {
        var cases = ClaimsSetCase.Names().ToList();

        Assert.True(cases.Count >= 20, $"{cases.Count} cases");
        Assert.Contains(cases, name => name.Contains("-zh-", StringComparison.Ordinal));
        Assert.Contains(cases, name => name.Contains("-en-", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Code_that_agrees_with_the_policy_gets_no_claim_finding(string name)
    {
        var set = ClaimsSetCase.Load(name);

        Assert.Empty(set.Check(set.Agrees));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Code_that_contradicts_the_policy_gets_exactly_the_expected_findings(string name)
    {
        var set = ClaimsSetCase.Load(name);

        Assert.Equal(set.Findings, set.Check(set.Contradicts));
    }

    [Fact]
    public void Claims_precision_and_recall_per_kind_meet_the_targets()
    {
        var expected = Kinds.ToDictionary(kind => kind, _ => 0);
        var found = Kinds.ToDictionary(kind => kind, _ => 0);
        var right = Kinds.ToDictionary(kind => kind, _ => 0);
        foreach (var name in ClaimsSetCase.Names())
        {
            var set = ClaimsSetCase.Load(name);
            var labelled = set.Claims.ToList();
            foreach (var label in labelled)
            {
                expected[ClaimLabels.KindOf(label)]++;
            }

            foreach (var (kind, label) in ClaimLabels.Of(set.Read().Claims))
            {
                found[kind]++;
                if (labelled.Remove(label))
                {
                    right[kind]++;
                }
                else
                {
                    output.WriteLine($"{name}: wrong claim: {label}");
                }
            }

            foreach (var missed in labelled)
            {
                output.WriteLine($"{name}: missed claim: {missed}");
            }
        }

        foreach (var kind in Kinds)
        {
            var precision = found[kind] == 0 ? 0 : (double)right[kind] / found[kind];
            var recall = expected[kind] == 0 ? 0 : (double)right[kind] / expected[kind];
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1} labelled, {2} found, {3} right: precision {4:0.000}, recall {5:0.000}", kind, expected[kind], found[kind], right[kind], precision, recall));
            Assert.True(precision >= MinPrecision, $"{kind} precision {precision:0.000}");
            Assert.True(recall >= MinRecall, $"{kind} recall {recall:0.000}");
        }
    }
}
