using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>Retention claims, each as a <c>[RetainUntil]</c> rule: "注销账号后15日内删除" is <c>account-deleted+P15D</c>.</summary>
internal sealed class RetentionClaims
{
    // Bounds the work of one sentence that repeats a word without end (a hostile or broken file).
    private const int MaxAccountEventsPerSentence = 16;

    // How far after an account-closing verb its object may be: "注销账号", "注销您的账号".
    private const int AccountEventReach = 4;

    // How far before an account event the English words that make it a start may stand ("after you " is ten characters).
    private const int BeforeEventReach = 12;

    private static readonly PhraseMatcher<bool> AccountClosedWords = ClaimWords.Matcher("retention", "account-closed");
    private static readonly IReadOnlyList<string> AccountWords = ClaimWords.Group("claims", "account-word");
    private static readonly PhraseMatcher<bool> UserRightWords = ClaimWords.Matcher("retention", "user-right");
    private static readonly PhraseMatcher<bool> OurWords = ClaimWords.Matcher("retention", "our");
    private static readonly PhraseMatcher<bool> AfterEventWords = ClaimWords.Matcher("retention", "after");
    private static readonly PhraseMatcher<bool> BeforeEventWords = ClaimWords.Matcher("retention", "before-event");
    private static readonly PhraseMatcher<bool> DeleteWords = ClaimWords.Matcher("retention", "delete");
    private static readonly PhraseMatcher<bool> KeepWords = ClaimWords.Matcher("retention", "keep");
    private static readonly PhraseMatcher<bool> AppWords = ClaimWords.Matcher("retention", "app");
    private static readonly PhraseMatcher<bool> AppPlaces = ClaimWords.Matcher("retention", "app-place");
    private static readonly PhraseMatcher<bool> NoLongerNeededWords = ClaimWords.Matcher("retention", "no-longer-needed");
    private static readonly PhraseMatcher<bool> WhileNotWords = ClaimWords.Matcher("retention", "while-not");
    private static readonly PhraseMatcher<bool> AccountLifetimeWords = ClaimWords.Matcher("retention", "account-lifetime");
    private static readonly IReadOnlyList<string> JoinedClosings = ClaimWords.Group("retention", "closing-joined");
    private static readonly IReadOnlyList<string> PassiveMarks = ClaimWords.Group("retention", "passive");
    private static readonly IReadOnlyList<string> PassiveModals = ClaimWords.Group("retention", "passive-modal");
    private static readonly IReadOnlyList<string> RightVerbs = ClaimWords.Group("retention", "right-verb");
    private static readonly PhraseMatcher<bool> AbroadWords = ClaimWords.Matcher("crossborder", "abroad");
    private static readonly PhraseMatcher<bool> AtLeastWords = ClaimWords.Matcher("retention", "at-least");
    private static readonly PhraseMatcher<bool> SinceStarts = ClaimWords.Matcher("retention", "since-start");
    private static readonly PhraseMatcher<bool> PurposeWords = ClaimWords.Matcher("retention", "purpose");
    private static readonly PhraseMatcher<bool> SinceEnds = ClaimWords.Matcher("retention", "since-end");

    // How far before a deleting word its negation may be ("信息不会删除", "will not be deleted").
    private const int NegatedDeleteReach = 8;

    // How far after a deleting word the app it removes may be named ("删除工银e生活客户端", "delete the app").
    private const int AppReach = 12;

    // How far before a keeping word its negation may be ("不会保存", "will not be stored"), unless "进行" joins them.
    private const int NegatedKeepReach = 8;

    // How far "的" may follow "存储在" for the keeping word to modify a noun, and the longest keeping word.
    private const int RelativeClauseReach = 12;
    private const int MaxKeepWordLength = 16;

    private static readonly string RelativePlaces = string.Concat(ClaimWords.Group("retention", "relative-place"));
    private static readonly string ModifierMarks = string.Concat(ClaimWords.Group("retention", "modifier-mark"));
    private static readonly string DoingWord = ClaimWords.Group("retention", "doing").FirstOrDefault() ?? string.Empty;

    // How far a Chinese start ("自交易完成之日起") may run from 自 to 起.
    private const int MaxSinceLength = 24;

    private readonly ImmutableArray<RetentionClaim>.Builder _claims = ImmutableArray.CreateBuilder<RetentionClaim>();

    public void Add(ClaimSentence sentence)
    {
        var cues = sentence.Cues;
        var isOnlyAUserRight = cues.Has(Cue.UserRight) && !OurActionFollowsUserRight(sentence.Text, sentence.Span);
        if (isOnlyAUserRight || RuleOf(sentence.Text, sentence.Span, cues) is not { } rule)
        {
            return;
        }

        var retained = cues.Has(Cue.AccountClosed) ? WithoutAccountEventObjects(sentence) : sentence.Categories;
        var text = sentence.Text;
        var span = sentence.Span;
        var least = default(PhraseMatch<bool>);
        var isMinimum = rule != "not-stored" && AtLeastWords.TryFindFirst(text, span.Start, span.End, out least);
        var unclear = sentence.Unreadable
            ?? (sentence.Hedge is { } hedge ? ClaimSentence.Reason("hedged", hedge) : null)
            ?? (!isMinimum && sentence.LegalException is { } exception ? ClaimSentence.Reason("gives way to what the law requires", exception) : null);

        _claims.Add(new RetentionClaim(retained, rule, sentence.Evidence, isMinimum, isMinimum ? Since(text, span) : null, unclear));

        // "我们只会在达成本政策所述目的所需的期限内保留您的个人信息，除非法律有强制的留存要求，例如…交易信息保存时间自交易
        // 完成之日起不少于三年": the legal minimum is the rule for the data it names, the purpose the rule for the rest.
        if (isMinimum && cues.Has(Cue.Purpose) && PurposeWords.TryFindFirst(text, span.Start, span.End, out var purpose))
        {
            var reason = sentence.Unreadable ?? ClaimSentence.Reason("gives way to what the law requires", sentence.LegalException ?? text.Substring(least.Start, least.Length));
            _claims.Add(new RetentionClaim(sentence.CategoriesInClause(purpose.Start), "purpose-fulfilled", sentence.Evidence, isMinimum: false, since: null, reason));
        }
    }

    // The start of a minimum period in the policy's words: "自交易完成之日起", "from the date of the transaction".
    private static string? Since(string text, TextSpan sentence)
    {
        foreach (var start in SinceStarts.FindAll(text, sentence.Start, sentence.End))
        {
            var limit = System.Math.Min(sentence.End, start.Start + MaxSinceLength);
            if (!PhraseMatcher<bool>.IsWordChar(text[start.Start]))
            {
                var ends = SinceEnds.FindAll(text, start.Start + start.Length, limit);
                var between = ends.Count == 0 ? -1 : text.IndexOfAny(new[] { '，', ',', '。', '；' }, start.Start, ends[0].Start - start.Start);
                if (ends.Count > 0 && between < 0)
                {
                    return text.Substring(start.Start, ends[0].Start + ends[0].Length - start.Start);
                }

                continue;
            }

            var end = start.Start;
            while (end < sentence.End && !TextSpans.IsClauseBreak(text[end]) && text[end] is not ('.' or ';'))
            {
                end++;
            }

            return text.Substring(start.Start, end - start.Start).Trim();
        }

        return null;
    }

    public ImmutableArray<RetentionClaim> Build() => _claims.ToImmutable();

    // A sentence's retention statement as a [RetainUntil] rule, or null when it states none.
    private static string? RuleOf(string text, TextSpan sentence, Cue cues)
    {
        if (cues.Has(Cue.NotStored))
        {
            return "not-stored";
        }

        var keeps = cues.Has(Cue.Keep);
        var deletes = cues.Has(Cue.Delete) && DeletesData(text, sentence);
        if (!keeps && !deletes)
        {
            return null;
        }

        var duration = Durations.Find(text, sentence);

        // "我们不会对您的人脸信息进行留存": every keeping word negated in its clause keeps nothing; "不会保存超过三年"
        // still keeps for a while.
        // "不会将您的信息保存在境外" is about where, "未经同意不会保存" about consent: neither keeps nothing.
        if (keeps && !deletes && duration is null && !cues.Has(Cue.Exception) && AbroadWords.FindAll(text, sentence.Start, sentence.End).Count == 0
            && KeepWords.FindAll(text, sentence.Start, sentence.End).TrueForAll(word => IsNegatedKeep(text, sentence, word.Start)))
        {
            return cues.Has(Cue.AccountClosed) ? null : "not-stored";
        }

        string? eventName = null;
        if (deletes && cues.Has(Cue.AccountClosed))
        {
            eventName = "account-deleted";
        }
        else if (deletes && cues.Has(Cue.ConsentWithdrawn))
        {
            eventName = "consent-withdrawn";
        }
        else if (cues.Has(Cue.SessionEnd))
        {
            eventName = "session-ended";
        }
        else if (keeps && duration is null && AccountLifetimeWords.FindAll(text, sentence.Start, sentence.End).Count > 0)
        {
            // "在您保有账户期间，我们会一直保存您的个人信息": kept until the account is gone.
            eventName = "account-deleted";
        }
        else if (keeps && duration is not null && cues.Has(Cue.AccountClosed) && CountsFromAccountClosure(text, sentence))
        {
            // "注销账号后，交易记录保存3年": kept for three years after the account is gone, not three years in all.
            eventName = "account-deleted";
        }

        if (eventName is not null)
        {
            return duration is null ? eventName : eventName + "+" + duration;
        }

        // "保存三年" keeps for a while; "15天内删除" without an event counts from a request the rule cannot name.
        if (keeps && duration is not null)
        {
            return duration;
        }

        return cues.Has(Cue.Purpose) ? "purpose-fulfilled" : null;
    }

    // "不保留", "不会进行留存": the negation governs the keeping word itself, right before it or through "进行"; in "不会将存储在
    // 分析软件中的信息与…相结合" it governs another verb.
    private static bool IsNegatedKeep(string text, TextSpan sentence, int keep)
    {
        if (keep > sentence.Start && ModifierMarks.IndexOf(text[keep - 1]) >= 0)
        {
            return false;
        }

        var keepEnd = keep + KeepWords.FindAll(text, keep, Math.Min(sentence.End, keep + MaxKeepWordLength))[0].Length;
        if (keepEnd < sentence.End && RelativePlaces.IndexOf(text[keepEnd]) >= 0
            && text.IndexOf('的', keepEnd, Math.Min(RelativeClauseReach, sentence.End - keepEnd)) >= 0)
        {
            return false;
        }

        var start = Math.Max(sentence.Start, keep - NegatedKeepReach);
        var isNear = ClauseNegation.IsNegated(text, new TextSpan(start, sentence.End), keep);
        var throughDoing = keep >= sentence.Start + DoingWord.Length && string.CompareOrdinal(text, keep - DoingWord.Length, DoingWord, 0, DoingWord.Length) == 0;
        return isNear || (throughDoing && ClauseNegation.IsNegated(text, sentence, keep));
    }

    // "删除账号" closes the account and deletes no data by itself: a deleting word not inside an account-closing phrase
    // (a longer one, "删除账号所有信息", deletes the account's data), not removing the app ("仅在手机中删除客户端时"), and neither negated ("有关…的一切信息不会删除") nor one of a list of
    // rights, unless it ends a time ("在您未撤回、删除或未注销账号期间，我们会保留" keeps until the user deletes).
    private static bool DeletesData(string text, TextSpan sentence)
    {
        var accountEvents = AccountClosedWords.FindAll(text, sentence.Start, sentence.End);
        return DeleteWords.FindAll(text, sentence.Start, sentence.End)
            .Exists(word => !accountEvents.Exists(closed => word.Start >= closed.Start && word.Start + word.Length <= closed.Start + closed.Length)
                && !RemovesTheApp(text, sentence, word.Start + word.Length)
                && !DeletesTheAccount(text, sentence, word.Start)
                && (EndsATime(text, sentence, word.Start + word.Length)
                    || (!IsNegatedDelete(text, sentence, word.Start) && !IsListedWithRights(text, sentence, word.Start, word.Start + word.Length))));
    }

    // "您的账号可能被注销或删除": the account is what is deleted (passive, the account its subject), not the data.
    private static bool DeletesTheAccount(string text, TextSpan sentence, int delete)
    {
        var at = delete;
        at -= ClaimWords.EndingAt(text, sentence.Start, at, JoinedClosings)?.Length ?? 0;

        var mark = ClaimWords.EndingAt(text, sentence.Start, at, PassiveMarks);
        if (mark is null)
        {
            return false;
        }

        // The account right before the passive mark, but for words of manner ("账号可能被"; not "账号信息将被").
        at -= mark.Length;
        while (ClaimWords.EndingAt(text, sentence.Start, at, PassiveModals) is { } modal)
        {
            at -= modal.Length;
        }

        return ClaimWords.EndingAt(text, sentence.Start, at, AccountWords) is not null;
    }


    // "在您未删除或未注销账号期间", "…前": the deleting word's clause goes on to a time it ends.
    private static bool EndsATime(string text, TextSpan sentence, int deleteEnd)
    {
        var clauseEnd = deleteEnd;
        while (clauseEnd < sentence.End && !TextSpans.IsClauseBreak(text[clauseEnd]))
        {
            clauseEnd++;
        }

        return WhileNotWords.FindAll(text, deleteEnd, clauseEnd).Count > 0;
    }

    // "您可以访问、更正、删除您的个人信息", "…查询、访问、删除、更正…的方式": a deleting word listed with the user's other
    // operations on data names a right or a topic, not what the service does.
    private static bool IsListedWithRights(string text, TextSpan sentence, int start, int end)
    {
        var before = start - 1;
        var after = end + 1;
        return (before > sentence.Start && text[before] == '、' && ClaimWords.EndingAt(text, 0, before, RightVerbs) is not null)
            || (end < sentence.End && text[end] == '、' && ClaimWords.StartsWithAny(text, after, sentence.End, RightVerbs));
    }

    // "不会删除", "will not be deleted": a negation right before the deleting word. "不再需要时删除" deletes what is no
    // longer needed.
    private static bool IsNegatedDelete(string text, TextSpan sentence, int delete)
    {
        var start = Math.Max(sentence.Start, delete - NegatedDeleteReach);
        return ClauseNegation.IsNegated(text, new TextSpan(start, sentence.End), delete) && NoLongerNeededWords.FindAll(text, start, delete).Count == 0;
    }

    // "删除工银e生活客户端", "delete the app": the app named within a few characters after the deleting word, in its clause,
    // with no place mark before or right after it ("删除您在客户端中的信息", "remove your data from the app" delete data).
    private static bool RemovesTheApp(string text, TextSpan sentence, int deleteEnd)
    {
        var limit = Math.Min(sentence.End, deleteEnd + AppReach);
        for (var i = deleteEnd; i < limit && !TextSpans.IsClauseBreak(text[i]); i++)
        {
            if (AppWords.TryMatchAt(text, i, sentence.End, out var app))
            {
                var appEnd = app.Start + app.Length;
                return AppPlaces.FindAll(text, deleteEnd, app.Start).Count == 0 && (appEnd >= sentence.End || !AppPlaces.TryMatchAt(text, appEnd, sentence.End, out _));
            }
        }

        return false;
    }

    // "您注销账号后，我们将删除您的个人信息": the account is the event the rule counts from, not the data it keeps, so
    // the claim is about the data the rest of the sentence names (none: all data). The account closed may be named by
    // what it holds ("注销您的电子银行账户"): a mention ending in an account word is the account, whatever its kind.
    private static ImmutableArray<string> WithoutAccountEventObjects(ClaimSentence sentence)
    {
        var events = AccountClosedWords.FindAll(sentence.Text, sentence.Span.Start, sentence.Span.End).Take(MaxAccountEventsPerSentence).ToList();
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var mention in sentence.Mentions)
        {
            var isEventObject = (mention.CategoryId.StartsWith("account", StringComparison.Ordinal) || EndsWithAccountWord(mention.Text))
                && events.Any(match => mention.Start >= match.Start && mention.Start <= match.Start + match.Length + AccountEventReach);
            if (!isEventObject && !builder.Contains(mention.CategoryId))
            {
                builder.Add(mention.CategoryId);
            }
        }

        return builder.ToImmutable();
    }

    private static bool EndsWithAccountWord(string mention) =>
        AccountWords.Any(word => mention.EndsWith(word, StringComparison.OrdinalIgnoreCase));

    // Whether the sentence counts from the account's closure: "注销账号后", "账号注销之后", "after you close your account",
    // "following account closure". Naming it without "after" ("您也可以随时注销账号") does not.
    private static bool CountsFromAccountClosure(string text, TextSpan sentence)
    {
        foreach (var match in AccountClosedWords.FindAll(text, sentence.Start, sentence.End).Take(MaxAccountEventsPerSentence))
        {
            var end = match.Start + match.Length;
            if (AfterEventWords.FindAll(text, end, Math.Min(sentence.End, end + AccountEventReach + 2)).Count > 0)
            {
                return true;
            }

            var before = Math.Max(sentence.Start, match.Start - BeforeEventReach);
            if (BeforeEventWords.FindAll(text, before, match.Start).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    // "您可以注销账号，注销后我们将删除您的信息" still states a rule: the service speaks after the user's right.
    private static bool OurActionFollowsUserRight(string text, TextSpan sentence)
    {
        var rights = UserRightWords.FindAll(text, sentence.Start, sentence.End);
        return rights.Count > 0 && OurWords.FindAll(text, rights[0].Start + rights[0].Length, sentence.End).Count > 0;
    }
}
