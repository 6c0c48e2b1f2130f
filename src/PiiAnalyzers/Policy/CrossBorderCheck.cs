using System.Collections.Immutable;
using System.Linq;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Policy;

/// <summary>
/// PII0107: an element goes to a recipient in another country than the policy's home country. A clear statement that the
/// data (or all data) is transferred abroad allows it; a clear statement that it stays in the country is contradicted (an
/// error); only unclear statements give information; no statement at all a warning (the reader may miss one it does not
/// recognize, and PIPL Art. 39 asks for one all the same).
/// </summary>
internal static class CrossBorderCheck
{
    public static void Check(PolicyCheckElement element, string recipient, string country, PolicyDocument policy, string policyName, string homeCountry, ImmutableArray<PolicyFinding>.Builder findings)
    {
        var applicable = policy.Claims.CrossBorder
            .Where(claim => claim.Categories.IsDefaultOrEmpty || claim.Categories.Any(id => CategoryTaxonomy.Covers(id, element.Category)))
            .ToList();
        if (applicable.Any(claim => claim.Kind == CrossBorderClaimKind.TransferredAbroad && claim.Confidence == ClaimConfidence.Clear))
        {
            return;
        }

        if (applicable.FirstOrDefault(claim => claim.Kind == CrossBorderClaimKind.StaysInCountry && claim.Confidence == ClaimConfidence.Clear) is { } staysIn)
        {
            findings.Add(PolicyCheck.OnElement(PolicyFindingKind.CrossBorderDespiteInCountry, element, element.Name, recipient, country, policyName, PolicyCheck.Line(staysIn.Evidence)));
            return;
        }

        findings.Add(applicable.FirstOrDefault() is { } unclear
            ? PolicyCheck.OnElement(PolicyFindingKind.CrossBorderUnclear, element, element.Name, recipient, country, policyName, PolicyCheck.Line(unclear.Evidence), unclear.UnclearReason!)
            : PolicyCheck.OnElement(PolicyFindingKind.CrossBorderNotStated, element, element.Name, recipient, country, policyName, homeCountry));
    }
}
