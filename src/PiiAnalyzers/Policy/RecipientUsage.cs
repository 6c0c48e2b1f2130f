using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Policy;

/// <summary>
/// PII0108: third parties the policy names as recipients of personal data (a sharing statement, an SDK list's row) that
/// the code never shares with. A statement or row is one finding, naming all it names ("友盟统计SDK, 友盟同欣（北京）科技有限公司"),
/// unless the code uses any of them; the same names stated twice are reported once, at the first statement.
/// </summary>
internal static class RecipientUsage
{
    public static void CheckNamedButUnused(
        IReadOnlyList<PolicyCheckElement> elements,
        PolicyDocument policy,
        string policyName,
        PolicyCheckSettings settings,
        ImmutableArray<PolicyFinding>.Builder findings)
    {
        var used = elements.SelectMany(element => element.SharedWith.SelectMany(recipient => recipient.AllNames))
            .Concat(settings.UsedRecipients)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in policy.Claims.Sharing)
        {
            if (claim.Kind != SharingClaimKind.SharedWith || claim.Recipients.IsEmpty || used.Any(recipient => PolicyClaimChecks.Names(claim, recipient)))
            {
                continue;
            }

            // In the order the statement names them: an SDK row's service before its company.
            var inOrder = claim.Recipients.OrderBy(name => Position(claim.Evidence.Text, name)).ToList();
            var names = string.Join(", ", inOrder);
            if (reported.Add(names))
            {
                findings.Add(new PolicyFinding(
                    PolicyFindingKind.RecipientNeverUsed,
                    element: null,
                    ImmutableArray<PolicyCheckElement>.Empty,
                    new PolicyEvidence(claim.Evidence.Line, inOrder[0]),
                    ImmutableArray.Create(policyName, names)));
            }
        }
    }

    private static int Position(string text, string name)
    {
        var index = text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        return index < 0 ? int.MaxValue : index;
    }
}
