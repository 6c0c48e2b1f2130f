using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PiiAnalyzers.Model;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Policy;

/// <summary>
/// Holds the code's inventory against what a privacy policy says (PII0101–PII0108, PII0110). Pure: no symbols, no files,
/// no Roslyn diagnostics; the build's analyzer and the <c>pii check</c> command each turn the findings into diagnostics.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A policy that is empty, has no collection section or is a malformed declaration gives only PII0110: compared
/// with it, every element would be undeclared. An unknown id in a structured declaration is PII0110 too, and the check
/// goes on with the ids that are known.</item>
/// <item>Elements whose category is <c>unspecified</c> give one PII0101 for all of them, asking for a category; elements
/// with an unknown category are skipped (PII0007 reports them).</item>
/// <item>Parent ids cover their children both ways: a policy that declares <c>contact</c> declares <c>contact.phone</c>;
/// code that collects <c>contact</c> collects what a policy declaring <c>contact.phone</c> declares (for PII0102 only).</item>
/// <item>Only claims that name categories bind an element for encryption (PII0103) and sensitivity (PII0106). For retention
/// (PII0104), sharing (PII0105) and transfers abroad (PII0107) a claim that names no category applies to every element.</item>
/// <item>An unclear claim (<see cref="ClaimConfidence.Unclear"/>: hedged, an example, with exceptions the law makes, an SDK row
/// naming no data) never makes an error or a warning: a finding that rests only on unclear claims is information, and
/// its message says why the claim is unclear.</item>
/// </list>
/// </remarks>
public static class PolicyCheck
{
    // Approximate lengths in days, to compare durations written with different units (P6M and P180D).
    private const double DaysPerYear = 365.25;
    private const double DaysPerMonth = DaysPerYear / 12;

    /// <summary>Compares <paramref name="elements"/> with <paramref name="policy"/>.</summary>
    /// <param name="elements">The inventory, in the order findings on elements should come in (source order).</param>
    /// <param name="policy">The policy as <see cref="PolicyReader"/> read it, with the same taxonomy.</param>
    /// <param name="taxonomy">The categories the code may use (built-in and custom); elements with other ids are skipped.</param>
    /// <returns>
    /// The findings: the policy's own problems first, then per element, then recipients the code never uses, then categories
    /// the code never collects.
    /// </returns>
    /// <param name="settings">The home country and the third parties used other than by <c>[SharedWith]</c>; null for the defaults.</param>
    public static ImmutableArray<PolicyFinding> Run(IEnumerable<PolicyCheckElement> elements, PolicyDocument policy, CategoryTaxonomy taxonomy, PolicyCheckSettings? settings = null)
    {
        settings ??= PolicyCheckSettings.Default;
        var findings = ImmutableArray.CreateBuilder<PolicyFinding>();
        var policyName = NameOf(policy.Path);
        var unusable = false;
        foreach (var problem in policy.Problems)
        {
            findings.Add(ProblemFinding(problem, policyName));
            unusable |= problem.Kind != PolicyProblemKind.UnknownCategory;
        }

        if (unusable)
        {
            return findings.ToImmutable();
        }

        var all = elements.ToList();
        var unspecified = all.Where(element => element.Category == CategoryTaxonomy.UnspecifiedId).ToList();
        if (unspecified.Count > 0)
        {
            findings.Add(OnElement(
                PolicyFindingKind.Unspecified,
                unspecified[0],
                unspecified.Skip(1).ToImmutableArray(),
                unspecified.Count.ToString(CultureInfo.InvariantCulture),
                unspecified[0].Name,
                policyName));
        }

        var checkable = all.Where(element => element.Category != CategoryTaxonomy.UnspecifiedId && taxonomy.IsKnown(element.Category)).ToList();
        foreach (var element in checkable)
        {
            CheckElement(element, policy, policyName, settings, findings);
        }

        RecipientUsage.CheckNamedButUnused(all, policy, policyName, settings, findings);

        foreach (var declared in policy.Categories)
        {
            if (!checkable.Any(element => CategoryTaxonomy.Covers(declared.Id, element.Category) || CategoryTaxonomy.Covers(element.Category, declared.Id)))
            {
                var evidence = declared.Evidence.IsDefaultOrEmpty ? new PolicyEvidence(1, string.Empty) : declared.Evidence[0];
                findings.Add(new PolicyFinding(
                    PolicyFindingKind.NeverCollected,
                    element: null,
                    ImmutableArray<PolicyCheckElement>.Empty,
                    evidence,
                    ImmutableArray.Create(declared.Id, evidence.Text, policyName)));
            }
        }

        return findings.ToImmutable();
    }

    /// <summary>PII0110 for a policy file that could not be read or decoded at all.</summary>
    /// <param name="path">The policy file's path.</param>
    /// <param name="reason">Why, in a sentence (<see cref="PolicyDecoder"/>'s error, or <see cref="FindTextProblem"/>'s).</param>
    public static PolicyFinding Unreadable(string? path, string reason) =>
        new(
            PolicyFindingKind.PolicyUnreadable,
            element: null,
            ImmutableArray<PolicyCheckElement>.Empty,
            new PolicyEvidence(1, string.Empty),
            ImmutableArray.Create(NameOf(path), reason));

    /// <summary>
    /// Why text a host already decoded is not the policy's text, or null when it looks right. A compiler decodes an
    /// additional file as UTF-8 and, failing that, as a Latin code page: a GBK policy then arrives as Latin-1 garbage.
    /// </summary>
    public static string? FindTextProblem(string text)
    {
        var nonBlank = 0;
        var nonAscii = 0;
        var latin = 0;
        var cjk = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD')
            {
                return "it is not valid UTF-8 text. Save the policy as UTF-8.";
            }

            if (c == '\0')
            {
                return "it looks binary (it has NUL characters), not a policy text.";
            }

            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                continue;
            }

            nonBlank++;
            if (c < 0x80)
            {
                continue;
            }

            nonAscii++;
            if (c <= 0xFF || c is >= '\u0152' and <= '\u02DC' || c is >= '\u2013' and <= '\u2122')
            {
                latin++;
            }
            else if (c is >= '\u4E00' and <= '\u9FFF')
            {
                cjk++;
            }
        }

        // Chinese read as Latin-1 is mostly non-ASCII, all of it Latin; a French or German policy is mostly ASCII.
        return cjk == 0 && nonAscii >= 20 && nonAscii * 10 >= nonBlank * 3 && latin * 10 >= nonAscii * 9
            ? "it is not valid UTF-8 text (it may be GBK or GB18030). Save the policy as UTF-8."
            : null;
    }

    /// <summary>Whether keeping data by <paramref name="code"/> stays within what <paramref name="policy"/> states.</summary>
    /// <remarks>
    /// Data never stored is within anything; data the policy says is not stored must not be. Otherwise the two must count
    /// from the same event (or both from collection), and the code's duration after it must not be longer than the policy's
    /// (<c>account-deleted</c> means none: deleted when the account is).
    /// </remarks>
    public static bool IsWithin(RetentionRule code, RetentionRule policy)
    {
        if (code.IsNotStored)
        {
            return true;
        }

        if (policy.IsNotStored || !string.Equals(code.Event, policy.Event, StringComparison.Ordinal))
        {
            return false;
        }

        return Days(code.Duration) <= Days(policy.Duration) + 0.001;
    }

    /// <summary>Whether keeping data by <paramref name="code"/> lasts at least the <paramref name="minimum"/> a policy states.</summary>
    /// <remarks>
    /// Every event a rule may name comes after collection, so a duration after one lasts at least as long as the same
    /// duration after collection; an event alone (<c>account-deleted</c>) may come at any time and promises no length.
    /// </remarks>
    public static bool IsAtLeast(RetentionRule code, RetentionRule minimum) =>
        !code.IsNotStored && code.Duration is not null && Days(code.Duration) >= Days(minimum.Duration) - 0.001;

    private static void CheckElement(PolicyCheckElement element, PolicyDocument policy, string policyName, PolicyCheckSettings settings, ImmutableArray<PolicyFinding>.Builder findings)
    {
        var category = element.Category;
        var declared = policy.Declares(category);
        if (!declared)
        {
            findings.Add(OnElement(PolicyFindingKind.Undeclared, element, element.Name, category, policyName));
        }

        if (element.IsStored && !element.IsEncryptedAtRest && element.Retention is not { IsNotStored: true })
        {
            PolicyClaimChecks.CheckEncryption(element, policy, policyName, findings);
        }

        if (element.IsStored && element.Retention is { } retention)
        {
            PolicyClaimChecks.CheckRetention(element, retention, policy, policyName, findings);
        }

        foreach (var recipient in element.SharedWith)
        {
            PolicyClaimChecks.CheckSharing(element, recipient, policy, policyName, findings);
            if (recipient.Country is { } country && !string.Equals(country, settings.HomeCountry, StringComparison.OrdinalIgnoreCase))
            {
                CrossBorderCheck.Check(element, recipient.Name, country, policy, policyName, settings.HomeCountry, findings);
            }
        }

        if (declared && element.IsSensitive)
        {
            PolicyClaimChecks.CheckSensitive(element, policy, policyName, findings);
        }

        NecessityCheck.Check(element, policy, policyName, findings);
    }

    private static double Days(IsoDuration? duration) =>
        duration is not { } d
            ? 0
            : (d.Years * DaysPerYear) + (d.Months * DaysPerMonth) + (d.Weeks * 7) + d.Days + (d.Hours / 24.0) + (d.Minutes / 1440.0) + (d.Seconds / 86400.0);

    private static PolicyFinding ProblemFinding(PolicyProblem problem, string policyName)
    {
        var kind = problem.Kind switch
        {
            PolicyProblemKind.Empty => PolicyFindingKind.PolicyEmpty,
            PolicyProblemKind.NoCollectionSection => PolicyFindingKind.PolicyNoCollectionSection,
            PolicyProblemKind.UnknownCategory => PolicyFindingKind.PolicyUnknownCategory,
            _ => PolicyFindingKind.PolicyMalformed,
        };
        var arguments = kind switch
        {
            PolicyFindingKind.PolicyUnknownCategory => ImmutableArray.Create(policyName, problem.Subject ?? string.Empty),
            PolicyFindingKind.PolicyMalformed => ImmutableArray.Create(policyName, problem.Message),
            _ => ImmutableArray.Create(policyName),
        };
        return new PolicyFinding(kind, element: null, ImmutableArray<PolicyCheckElement>.Empty, new PolicyEvidence(problem.Line, problem.Subject ?? string.Empty), arguments);
    }

    internal static PolicyFinding OnElement(PolicyFindingKind kind, PolicyCheckElement element, params string[] arguments) =>
        OnElement(kind, element, ImmutableArray<PolicyCheckElement>.Empty, arguments);

    internal static PolicyFinding OnElement(PolicyFindingKind kind, PolicyCheckElement element, ImmutableArray<PolicyCheckElement> others, params string[] arguments) =>
        new(kind, element, others, policyLocation: null, arguments.ToImmutableArray());

    internal static string Line(PolicyEvidence evidence) => evidence.Line.ToString(CultureInfo.InvariantCulture);

    // Messages name the policy by its file name: the full path is in the diagnostics on the policy file already.
    private static string NameOf(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "privacy policy";
        }

        var separator = Math.Max(path!.LastIndexOf('/'), path.LastIndexOf('\\'));
        return separator < 0 ? path : path.Substring(separator + 1);
    }
}
