using System;
using System.Collections.Generic;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>The kinds of word a claim rests on; a sentence without any makes no claim.</summary>
[Flags]
internal enum Cue
{
    None = 0,
    Encryption = 1 << 0,
    NotStored = 1 << 3,
    Keep = 1 << 4,
    Delete = 1 << 5,
    AccountClosed = 1 << 6,
    Purpose = 1 << 7,
    ConsentWithdrawn = 1 << 8,
    SessionEnd = 1 << 9,
    Share = 1 << 10,
    Exception = 1 << 11,
    RecipientContext = 1 << 12,
    Sensitive = 1 << 13,
    UserRight = 1 << 14,
    CrossBorder = 1 << 15,
    Necessity = 1 << 16,
}

/// <summary>Every cue word in one trie, so that a sentence is scanned once for all of them.</summary>
internal static class ClaimCues
{
    private static readonly PhraseMatcher<Cue> Matcher = Create(
        (Cue.Encryption, "encryption", "encrypt"),
        (Cue.NotStored, "retention", "not-stored"),
        (Cue.Keep, "retention", "keep"),
        (Cue.Delete, "retention", "delete"),
        (Cue.AccountClosed, "retention", "account-closed"),
        (Cue.Purpose, "retention", "purpose"),
        (Cue.ConsentWithdrawn, "retention", "consent-withdrawn"),
        (Cue.SessionEnd, "retention", "session-end"),
        (Cue.Share, "sharing", "share"),
        (Cue.Exception, "sharing", "exception"),
        (Cue.RecipientContext, "sharing", "recipient-context"),
        (Cue.Sensitive, "sensitive", "sensitive"),
        (Cue.UserRight, "retention", "user-right"),
        (Cue.CrossBorder, "crossborder", "abroad"),
        (Cue.CrossBorder, "crossborder", "in-country"),
        (Cue.Necessity, "necessity", "required"),
        (Cue.Necessity, "necessity", "optional"),
        (Cue.Necessity, "necessity", "refusal"));

    // Nouns that hold a sharing verb ("信息共享平台", "QQ登录分享SDK"): the verb inside shares nothing.
    private static readonly PhraseMatcher<bool> NotVerbs = ClaimWords.Matcher("sharing", "not-a-verb");

    // The cues of the phrases at one position of a sentence, reused from position to position and from sentence to
    // sentence (Find runs for every sentence); one per thread, since analyzers read policies concurrently. It holds at
    // most as many cues as phrases start at one position.
    [ThreadStatic]
    private static List<Cue>? t_cuesAtPosition;

    /// <summary>The cues of every phrase in the sentence, overlapping ones included.</summary>
    public static Cue Find(string text, TextSpan sentence)
    {
        var cuesAtPosition = t_cuesAtPosition ??= new List<Cue>();
        var cues = Cue.None;
        var nounEnd = -1;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (NotVerbs.TryMatchAt(text, i, sentence.End, out var noun))
            {
                nounEnd = Math.Max(nounEnd, i + noun.Length);
            }

            cuesAtPosition.Clear();
            Matcher.CollectAt(text, i, sentence.End, cuesAtPosition);
            for (var k = 0; k < cuesAtPosition.Count; k++)
            {
                cues |= i < nounEnd ? cuesAtPosition[k] & ~Cue.Share : cuesAtPosition[k];
            }
        }

        return cues;
    }

    public static bool Has(this Cue cues, Cue cue) => (cues & cue) != 0;

    private static PhraseMatcher<Cue> Create(params (Cue Cue, string List, string Group)[] groups)
    {
        // A phrase in several groups ("保存": storage and keeping) carries all their flags.
        var flags = new Dictionary<string, Cue>(StringComparer.OrdinalIgnoreCase);
        foreach (var (cue, list, group) in groups)
        {
            foreach (var phrase in ClaimWords.Group(list, group))
            {
                flags[phrase] = flags.TryGetValue(phrase, out var existing) ? existing | cue : cue;
            }
        }

        var matcher = new PhraseMatcher<Cue>();
        foreach (var pair in flags)
        {
            matcher.Add(pair.Key, pair.Value);
        }

        return matcher;
    }
}
