using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PiiAnalyzers.Model;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Policy;

/// <summary>
/// <see cref="PolicyCheck"/>'s comparison of one element with the policy's claims: encryption (PII0103), retention (PII0104),
/// sharing (PII0105) and sensitivity (PII0106). A finding that rests only on unclear claims is of an <c>…Unclear</c> kind.
/// </summary>
internal static class PolicyClaimChecks
{
    // A clear promise at rest for the category is an error; one only unclear claims make is information.
    internal static void CheckEncryption(PolicyCheckElement element, PolicyDocument policy, string policyName, ImmutableArray<PolicyFinding>.Builder findings)
    {
        (EncryptionClaim Claim, string Id)? unclear = null;
        foreach (var claim in policy.Claims.Encryption)
        {
            if (claim.IsAtRest && CoveringId(claim.Categories, element.Category) is { } promised)
            {
                if (claim.Confidence == ClaimConfidence.Clear)
                {
                    findings.Add(PolicyCheck.OnElement(PolicyFindingKind.NotEncrypted, element, element.Name, promised, policyName, PolicyCheck.Line(claim.Evidence)));
                    return;
                }

                unclear ??= (claim, promised);
            }
        }

        if (unclear is { } only)
        {
            findings.Add(PolicyCheck.OnElement(PolicyFindingKind.NotEncryptedUnclear, element, element.Name, only.Id, policyName, PolicyCheck.Line(only.Claim.Evidence), only.Claim.UnclearReason!));
        }
    }

    internal static void CheckSensitive(PolicyCheckElement element, PolicyDocument policy, string policyName, ImmutableArray<PolicyFinding>.Builder findings)
    {
        var covering = policy.Claims.Sensitive.Where(claim => CoveringId(claim.Categories, element.Category) is not null).ToList();
        if (covering.Any(claim => claim.Confidence == ClaimConfidence.Clear))
        {
            return;
        }

        findings.Add(covering.Count > 0
            ? PolicyCheck.OnElement(PolicyFindingKind.SensitiveUnclear, element, element.Name, element.Category, policyName, PolicyCheck.Line(covering[0].Evidence), covering[0].UnclearReason!)
            : PolicyCheck.OnElement(PolicyFindingKind.NotCalledSensitive, element, element.Name, element.Category, policyName));
    }

    // The claims about this category, else those about all data; the code agrees when it is within any of them, since a
    // policy often states several regimes ("as long as necessary"; "deleted within 15 days of account closure").
    internal static void CheckRetention(PolicyCheckElement element, RetentionRule retention, PolicyDocument policy, string policyName, ImmutableArray<PolicyFinding>.Builder findings)
    {
        var specific = new List<(RetentionClaim Claim, RetentionRule Rule)>();
        var general = new List<(RetentionClaim Claim, RetentionRule Rule)>();
        foreach (var claim in policy.Claims.Retention)
        {
            if (!RetentionRule.TryParse(claim.Rule, out var rule) || rule is null)
            {
                continue;
            }

            if (claim.Categories.IsDefaultOrEmpty)
            {
                general.Add((claim, rule));
            }
            else if (CoveringId(claim.Categories, element.Category) is not null)
            {
                specific.Add((claim, rule));
            }
        }

        var applicable = specific.Count > 0 ? specific : general;
        if (applicable.Count == 0 || applicable.Any(pair => pair.Claim.IsMinimum ? PolicyCheck.IsAtLeast(retention, pair.Rule) : PolicyCheck.IsWithin(retention, pair.Rule)))
        {
            return;
        }

        var clear = applicable.FirstOrDefault(pair => pair.Claim.Confidence == ClaimConfidence.Clear);
        if (clear.Claim is not null)
        {
            findings.Add(PolicyCheck.OnElement(PolicyFindingKind.RetentionDisagrees, element, element.Name, retention.Text, Stated(clear.Claim, clear.Rule), policyName, PolicyCheck.Line(clear.Claim.Evidence)));
            return;
        }

        var first = applicable[0];
        findings.Add(PolicyCheck.OnElement(PolicyFindingKind.RetentionUnclear, element, element.Name, retention.Text, Stated(first.Claim, first.Rule), policyName, PolicyCheck.Line(first.Claim.Evidence), first.Claim.UnclearReason!));
    }

    // How a message shows a policy's rule: "P3Y", or "at least P3Y" for a minimum.
    private static string Stated(RetentionClaim claim, RetentionRule rule) => claim.IsMinimum ? "at least " + rule.Text : rule.Text;

    internal static void CheckSharing(PolicyCheckElement element, PolicyCheckRecipient recipient, PolicyDocument policy, string policyName, ImmutableArray<PolicyFinding>.Builder findings)
    {
        var category = element.Category;
        var lists = policy.Claims.Sharing
            .Where(claim => claim.Kind == SharingClaimKind.SharedWith && (claim.Categories.IsDefaultOrEmpty || CoveringId(claim.Categories, category) is not null))
            .ToList();
        var clearLists = lists.Where(claim => claim.Confidence == ClaimConfidence.Clear).ToList();

        // Named, or named by kind ("关联方", "service providers"): any recipient may be one of the kind.
        if (clearLists.Any(claim => NamesAny(claim, recipient) || !claim.RecipientKinds.IsEmpty))
        {
            return;
        }

        var notShared = policy.Claims.Sharing.FirstOrDefault(claim =>
            claim.Kind == SharingClaimKind.NotShared
            && claim.Confidence == ClaimConfidence.Clear
            && !claim.HasExceptions
            && (claim.Categories.IsDefaultOrEmpty || CoveringId(claim.Categories, category) is not null));
        if (notShared is not null && lists.Count == 0)
        {
            findings.Add(PolicyCheck.OnElement(PolicyFindingKind.SharedDespiteNotShared, element, element.Name, recipient.Name, policyName, PolicyCheck.Line(notShared.Evidence)));
            return;
        }

        if (notShared is not null)
        {
            var listed = lists[0];
            var reason = "the policy also names recipients of this data on line " + PolicyCheck.Line(listed.Evidence);
            findings.Add(PolicyCheck.OnElement(PolicyFindingKind.SharingUnclear, element, element.Name, recipient.Name, category, policyName, PolicyCheck.Line(notShared.Evidence), reason));
            return;
        }

        if (lists.FirstOrDefault(claim => claim.Confidence == ClaimConfidence.Unclear && NamesAny(claim, recipient)) is { } unclear)
        {
            findings.Add(PolicyCheck.OnElement(PolicyFindingKind.SharingUnclear, element, element.Name, recipient.Name, category, policyName, PolicyCheck.Line(unclear.Evidence), unclear.UnclearReason!));
            return;
        }

        // The policy lists who receives this category in particular, and this recipient is not among them; or it names
        // this recipient for other data only (an SDK row listing device identifiers, not faces).
        var namedForOtherData = policy.Claims.Sharing.Any(claim =>
            claim.Kind == SharingClaimKind.SharedWith && claim.Confidence == ClaimConfidence.Clear && !claim.Categories.IsDefaultOrEmpty && NamesAny(claim, recipient));
        if (namedForOtherData || clearLists.Any(claim => !claim.Categories.IsDefaultOrEmpty))
        {
            findings.Add(PolicyCheck.OnElement(PolicyFindingKind.SharedWithUnnamedRecipient, element, element.Name, recipient.Name, category, policyName));
            return;
        }

        CheckNamedAnywhere(element, recipient, lists, policy, policyName, findings);
    }

    // No clear statement names the recipient, or a kind it may be, for this data: the policy must name it somewhere (PIPL
    // Art. 23 asks for every recipient's name). Named only in unclear statements, or by kind only in unclear ones, or named
    // outside any sharing statement (a sentence the reader did not take as sharing) is information, not an error.
    private static void CheckNamedAnywhere(PolicyCheckElement element, PolicyCheckRecipient recipient, List<SharingClaim> lists, PolicyDocument policy, string policyName, ImmutableArray<PolicyFinding>.Builder findings)
    {
        var category = element.Category;
        var unclear = policy.Claims.Sharing.FirstOrDefault(claim => claim.Kind == SharingClaimKind.SharedWith && NamesAny(claim, recipient))
            ?? lists.FirstOrDefault(claim => !claim.RecipientKinds.IsEmpty);
        if (unclear is not null)
        {
            findings.Add(PolicyCheck.OnElement(PolicyFindingKind.SharingUnclear, element, element.Name, recipient.Name, category, policyName, PolicyCheck.Line(unclear.Evidence), unclear.UnclearReason!));
            return;
        }

        if (NamedOutsideSharing(policy.Claims, recipient) is { } elsewhere)
        {
            var reason = "it names '" + recipient.Name + "' there, but not in a statement that it receives personal data";
            findings.Add(PolicyCheck.OnElement(PolicyFindingKind.SharingUnclear, element, element.Name, recipient.Name, category, policyName, PolicyCheck.Line(elsewhere), reason));
            return;
        }

        findings.Add(PolicyCheck.OnElement(PolicyFindingKind.SharedWithUnlistedRecipient, element, element.Name, recipient.Name, policyName));
    }

    private static PolicyEvidence? NamedOutsideSharing(PolicyClaims claims, PolicyCheckRecipient recipient)
    {
        var wanted = recipient.AllNames.Select(NormalizeName).Where(name => name.Length >= 2).ToList();
        if (wanted.Count == 0)
        {
            return null;
        }

        var evidence = claims.Sharing.Cast<PolicyClaim>().Concat(claims.CrossBorder).Concat(claims.Encryption).Concat(claims.Retention).Concat(claims.Sensitive)
            .Select(claim => claim.Evidence)
            .Where(line => wanted.Any(name => NormalizeName(line.Text).IndexOf(name, StringComparison.Ordinal) >= 0))
            .OrderBy(line => line.Line)
            .ToList();
        return evidence.Count == 0 ? null : evidence[0];
    }

    // Whether the claim names the recipient by any of its names (a service, or the company behind it).
    internal static bool NamesAny(SharingClaim claim, PolicyCheckRecipient recipient) => recipient.AllNames.Any(name => Names(claim, name));

    // "SF Express" names "SF Express Co., Ltd."; a sentence that names the recipient names it even when the reader did not
    // recognize it as a company.
    internal static bool Names(SharingClaim claim, string recipient)
    {
        var wanted = NormalizeName(recipient);
        if (wanted.Length < 2)
        {
            return false;
        }

        foreach (var named in claim.Recipients)
        {
            var name = NormalizeName(named);
            if (name.Length >= 2 && (name.IndexOf(wanted, StringComparison.Ordinal) >= 0 || wanted.IndexOf(name, StringComparison.Ordinal) >= 0))
            {
                return true;
            }
        }

        return NormalizeName(claim.Evidence.Text).IndexOf(wanted, StringComparison.Ordinal) >= 0;
    }

    private static string NormalizeName(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    // The most specific id among the claim's that covers the category: "contact" for contact.phone.
    private static string? CoveringId(ImmutableArray<string> claimed, string category)
    {
        string? best = null;
        if (claimed.IsDefault)
        {
            return null;
        }

        foreach (var id in claimed)
        {
            if (CategoryTaxonomy.Covers(id, category) && (best is null || id.Length > best.Length))
            {
                best = id;
            }
        }

        return best;
    }
}
