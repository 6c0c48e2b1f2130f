using System.Collections.Immutable;
using System.Linq;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Policy;

/// <summary>
/// PII0109: the policy calls information required that the code marks optional (<c>[PersonalData(Optional = true)]</c>) or
/// that the app type set in <c>pii_app_type</c> does not need (<see cref="PolicyCheckElement.Necessary"/> is false). The
/// user must be able to decline it, and a policy that says otherwise makes them give it.
/// </summary>
internal static class NecessityCheck
{
    public static void Check(PolicyCheckElement element, PolicyDocument policy, string policyName, ImmutableArray<PolicyFinding>.Builder findings)
    {
        if (element.Necessary != false)
        {
            return;
        }

        var claims = policy.Claims.Necessity.Where(claim => claim.IsRequired && claim.Categories.Any(id => CategoryTaxonomy.Covers(id, element.Category))).ToList();
        if (claims.Count == 0)
        {
            return;
        }

        var claim = claims.FirstOrDefault(candidate => candidate.Confidence == ClaimConfidence.Clear);
        findings.Add(claim is not null
            ? PolicyCheck.OnElement(PolicyFindingKind.RequiredButOptional, element, element.Name, element.Category, policyName, PolicyCheck.Line(claim.Evidence), claim.Evidence.Text)
            : PolicyCheck.OnElement(PolicyFindingKind.RequiredButOptionalUnclear, element, element.Name, element.Category, policyName, PolicyCheck.Line(claims[0].Evidence), claims[0].UnclearReason!));
    }
}
