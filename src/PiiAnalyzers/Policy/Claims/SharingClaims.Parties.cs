using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>Who a sharing sentence names as the one who gets data, and who it names that does not.</summary>
internal sealed partial class SharingClaims
{
    /// <summary>
    /// Whether the sentence's first clause is a recipient: ends in a kind ("第三方服务提供商，例如…") or a name ("某某科技
    /// 有限公司。").
    /// </summary>
    public static bool OpensWithRecipient(string text, TextSpan sentence)
    {
        var end = sentence.Start;
        while (end < sentence.End && !TextSpans.IsClauseBreak(text[end]) && text[end] is not ('。' or '；' or ';'))
        {
            end++;
        }

        while (end > sentence.Start && (char.IsWhiteSpace(text[end - 1]) || char.IsPunctuation(text[end - 1])))
        {
            end--;
        }

        for (var start = Math.Max(sentence.Start, end - MaxKindLength); start < end; start++)
        {
            if (RecipientKinds.TryMatchAt(text, start, end, out var kind) && kind.Start + kind.Length == end)
            {
                return true;
            }
        }

        var clause = new TextSpan(sentence.Start, end);
        return clause.Length <= MaxRecipientClauseLength
            && RecipientNames.Find(text, clause).Any(name => end - name.Length >= clause.Start && string.Compare(text, end - name.Length, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0);
    }

    // "某某科技有限公司。": a clause longer than this that ends in a name is a sentence about it, not the name.
    private const int MaxRecipientClauseLength = 40;

    /// <summary>Whether the sentence names a kind of recipient ("授权合作伙伴", "服务提供商").</summary>
    public static bool NamesAKind(string text, TextSpan sentence)
    {
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (RecipientKinds.TryMatchAt(text, i, sentence.End, out _))
            {
                return true;
            }
        }

        return false;
    }

    // Where a partner named as the subject takes data in ("部分合作方可能会获取您的设备型号", "第三方服务商可能会获取您的
    // 必要信息"), or -1. Not one data is taken from ("从合作方获取", "向合作伙伴收集").
    private static int PartnerCollecting(string text, TextSpan span)
    {
        for (var at = span.Start; at < span.End; at++)
        {
            if (!CollectingPartners.TryMatchAt(text, at, span.End, out var partner) || (at > span.Start && InboundSources.TryMatchAt(text, at - 1, at, out _)))
            {
                continue;
            }

            var position = partner.Start + partner.Length;
            while (ClaimWords.StartingAt(text, position, span.End, PartnerModals) is { } modal)
            {
                position += modal.Length;
            }

            if (position < span.End && InboundVerbs.TryMatchAt(text, position, span.End, out _))
            {
                return position;
            }
        }

        return -1;
    }

    // Whether a kind of recipient ends at <paramref name="end"/> ("其他合作伙伴" before "（如硬件厂商…）").
    private static bool EndsInAKind(string text, int start, int end)
    {
        for (var at = Math.Max(start, end - MaxKindLength); at < end; at++)
        {
            if (RecipientKinds.TryMatchAt(text, at, end, out var kind) && kind.Start + kind.Length == end)
            {
                return true;
            }
        }

        return false;
    }

    // "共享给我们的音乐合作伙伴": a few words may qualify the kind.
    private const int MaxKindQualifierLength = 4;
    private const int MaxKindLength = 8;

    // "提供给我们的关联方" hands to the service's own kind of recipient; "您提供给我们的信息" hands to the service.
    private static bool HandsToTheServicesOwn(string text, TextSpan span, int inbound)
    {
        foreach (var phrase in NotInbound)
        {
            var after = inbound + phrase.Length;
            if (after <= span.End && string.Compare(text, inbound, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0
                && RecipientKinds.FindAll(text, after, Math.Min(span.End, after + MaxKindQualifierLength + MaxKindLength)).Any(kind => kind.Start - after <= MaxKindQualifierLength))
            {
                return true;
            }
        }

        return false;
    }

    // The user hands over at the "向" before the verb in its clause ("您不可避免地要向交易对方披露"), or is the verb's subject
    // ("无论何时您自愿披露个人信息").
    private static bool IsTheUsers(string text, TextSpan span, int verb)
    {
        for (var at = verb - 1; at >= span.Start && Array.IndexOf(ClauseBreaks, text[at]) < 0; at--)
        {
            if (text[at] == '向')
            {
                return RecipientNames.IsUserHandingOver(text, span.Start, at);
            }
        }

        return RecipientNames.IsUserHandingOver(text, span.Start, verb);
    }

    // "请你妥善保护自己的个人信息，仅在必要的情况下向第三方提供", "我们强烈建议您…不将…透露给他人": advice to the user, unless
    // the service speaks between the advice and the verb ("请您注意，我们会与第三方共享").
    private bool AdvisesTheUser(string text, TextSpan span, int verb)
    {
        for (var at = verb - 1; at >= span.Start; at--)
        {
            if (ClaimWords.StartingAt(text, at, verb, UserInstructions) is { } advice)
            {
                return !_operators.SpeaksIn(text, at + advice.Length, verb);
            }
        }

        return false;
    }

    // "您需向皮皮搞笑提供您的姓名": a name the policy gives the service itself is no recipient.
    private ImmutableArray<string> OthersThanTheService(ImmutableArray<string> recipients)
    {
        foreach (var name in recipients)
        {
            if (_operators.IsOperator(name))
            {
                return recipients.Where(other => !_operators.IsOperator(other)).ToImmutableArray();
            }
        }

        return recipients;
    }

    // "许可人不得向任何第三方提供", "本应用不应披露": a prohibition on the service is its promise not to share; one on the user
    // ("您不得出售本软件") or on a partner ("合作方不得将信息用于其他目的") is not.
    private bool IsForbiddenToTheService(string text, TextSpan span, int verb)
    {
        var clauseStart = ClauseStart(text, span.Start, verb);

        for (var at = clauseStart; at < verb; at++)
        {
            if (ClaimWords.StartsWithAny(text, at, verb, Prohibitions))
            {
                var subjectEnd = at > clauseStart && Array.IndexOf(ProhibitionAdverbs, text[at - 1]) >= 0 ? at - 1 : at;
                return _operators.EndingAt(text, clauseStart, subjectEnd) is not null;
            }
        }

        return false;
    }

    // "我们也不得", "我们均不应": a word between the service and its prohibition.
    private static readonly char[] ProhibitionAdverbs = { '也', '均', '都', '亦', '绝' };

    // "关联方", "快递服务方" in "我们会向快递服务方提供您的收货地址"; a kind in another role is not one ("为保护…关联公司
    // 用户…的人身财产安全", "对任何第三方承担责任"); a kind inside a named recipient is part of its name,
    // one inside a mention of data is part of the data ("银行" in "银行账户信息"), and one beside the service shares with
    // it ("我们以及我们的关联公司").
    private ImmutableArray<string> KindsIn(ClaimSentence sentence, ImmutableArray<string> recipients, List<int> verbs) =>
        RecipientKinds.FindAll(sentence.Text, sentence.Span.Start, sentence.Span.End)
            .Where(match => !IsInsideMention(sentence, match.Start, match.Length))
            .Where(match => !BareKinds.Contains(match.Value) || (IsHandedTo(sentence, match.Start, verbs) && !QualifiesAKind(sentence, match)))
            .Where(match => ClaimWords.EndingAt(sentence.Text, sentence.Span.Start, match.Start, UserChosen) is null)
            .Where(match => !IsCoSharer(sentence, match.Start, match.Length))
            .Where(match => !ClaimWords.StartsWithAny(sentence.Text, match.Start + match.Length, sentence.Span.End, OtherRoles))
            .Select(match => match.Value)
            .Where(kind => !recipients.Any(name => name.Contains(kind, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();

    // "与第三方共享", "共享给支持我们功能的第三方", "向依法设立的第三方": a sharing verb, or a word that marks whom data goes
    // to, a few words before the kind in its clause.
    private const int MaxHandedToReach = 12;

    private static bool IsHandedTo(ClaimSentence sentence, int kind, List<int> verbs)
    {
        var text = sentence.Text;
        for (var at = kind - 1; at >= Math.Max(sentence.Span.Start, kind - MaxHandedToReach) && Array.IndexOf(ClauseBreaks, text[at]) < 0; at--)
        {
            if (Array.IndexOf(RecipientMarkers, text[at]) >= 0 || verbs.Contains(at))
            {
                return true;
            }
        }

        return false;
    }

    // "通过本客户端提供给您的全部信息", "发送至您的邮箱": handed to the user, not shared.
    private static bool IsToTheUser(string text, PhraseMatch<bool> verb, int end) =>
        text[verb.Start + verb.Length - 1] is '给' or '至' && ClaimWords.StartsWithAny(text, verb.Start + verb.Length, end, UserSubjects);

    // "委托专业第三方对侵犯…的内容进行代维护": entrusting a task in a sentence that names no personal data hands none over.
    private static bool EntrustsOnlyATask(ClaimSentence sentence, PhraseMatch<bool> verb) =>
        sentence.Mentions.Count == 0 && Entrusts.Contains(sentence.Text.Substring(verb.Start, verb.Length))
        && sentence.Text.IndexOf("个人信息", sentence.Span.Start, sentence.Span.Length, StringComparison.Ordinal) < 0;

    // "第三方身份验证机构", "第三方商家": a bare kind right before another kind only qualifies it.
    private static bool QualifiesAKind(ClaimSentence sentence, PhraseMatch<string> kind) =>
        RecipientKinds.TryMatchAt(sentence.Text, kind.Start + kind.Length, sentence.Span.End, out _);

    // The user leads the sentence ("您可利用“分享”键将某些内容分享到第三方服务"), and neither the service nor one the user
    // authorizes ("您授权平安集团…向…合作的伙伴提供") is named before its last sharing verb: in "用户…向许可人提供…时，许可人
    // 应当…向有关行政机关提供" the last hand-over is the service's.
    private bool IsLedByTheUser(string text, TextSpan span, int verb)
    {
        var start = span.Start;
        while (start < verb && (char.IsWhiteSpace(text[start]) || char.IsDigit(text[start]) || char.IsPunctuation(text[start])))
        {
            start++;
        }

        return LedByTheUser(text, start, verb) && !_operators.SpeaksIn(text, start, verb)
            && !UserGrants.FindAll(text, start, verb).Any() && !IsDoneToTheData(text, start, verb);
    }

    // The user as a subject at start ("您可利用…"), not the user's data ("您的信息", "用户提供的个人信息").
    private static bool LedByTheUser(string text, int start, int end) =>
        ClaimWords.StartingAt(text, start, end, UserSubjects) is { } subject && !ClaimWords.StartsWithAny(text, start + subject.Length, end, NotUserLed);

    // "用户购买…商品时，用户提供的个人信息（…）会提供给商家": in a later clause, "会"/"将" right before the verb with no user
    // leading that clause: the data is handed over, by the service.
    private static bool IsDoneToTheData(string text, int sentenceStart, int verb)
    {
        var clauseStart = ClauseStart(text, sentenceStart, verb);

        return clauseStart > sentenceStart && ClaimWords.EndingAt(text, clauseStart, verb, PassiveModals) is not null
            && !LedByTheUser(text, clauseStart, verb);
    }

    // "我们以及我们的关联公司不会与任何第三方分享": beside the service, a kind shares with it; "在我们和我们的关联方之间共享"
    // shares between them.
    private bool IsCoSharer(ClaimSentence sentence, int start, int length) =>
        (ClaimWords.EndingAt(sentence.Text, sentence.Span.Start, start, CoSharers) is not null || FollowsTheServiceAndItsOwn(sentence.Text, sentence.Span.Start, start))
        && !ClaimWords.StartsWithAny(sentence.Text, start + length, sentence.Span.End, Betweens);

    // "指娱天地或指娱天地的关联公司", "本公司及其关联公司": the service by a name it gives itself, a conjunction, then the
    // service's own ("…的", "其").
    private bool FollowsTheServiceAndItsOwn(string text, int sentenceStart, int kind)
    {
        var at = kind;
        if (ClaimWords.EndingAt(text, sentenceStart, at, Possessives) is { } possessive)
        {
            at -= possessive.Length;
        }
        else
        {
            return false;
        }

        if (possessive != "其" && _operators.EndingAt(text, sentenceStart, at) is { } owner)
        {
            at -= owner.Length;
        }

        return ClaimWords.EndingAt(text, sentenceStart, at, Conjunctions) is { } conjunction
            && _operators.EndingAt(text, sentenceStart, at - conjunction.Length) is not null;
    }

    private static bool IsInsideMention(ClaimSentence sentence, int start, int length) =>
        sentence.Mentions.Any(mention => start < mention.Start + mention.Length && mention.Start < start + length);

    // "第三方支付账号（包括支付宝账号、Apple Pay 账号）", "微信、QQ账号": a name inside a mention of data, or of an account,
    // names the data, not who gets it.
    private static ImmutableArray<string> OutsideMentions(ClaimSentence sentence, ImmutableArray<string> recipients)
    {
        // Most sentences name no recipient, or none inside data: nothing to take out, nothing to allocate.
        var dropped = 0;
        foreach (var name in recipients)
        {
            dropped += NamesOnlyData(sentence, name) ? 1 : 0;
        }

        return dropped == 0 ? recipients : recipients.Where(name => !NamesOnlyData(sentence, name)).ToImmutableArray();
    }

    // Every place the sentence names it, the name is data; a name found only after blanking (none in the text) is not.
    private static bool NamesOnlyData(ClaimSentence sentence, string name)
    {
        var text = sentence.Text;
        var found = false;
        for (var at = text.IndexOf(name, sentence.Span.Start, sentence.Span.Length, StringComparison.OrdinalIgnoreCase); at >= 0;
            at = at + 1 < sentence.Span.End ? text.IndexOf(name, at + 1, sentence.Span.End - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            if (!NamesData(sentence, at, name.Length))
            {
                return false;
            }

            found = true;
        }

        return found;
    }

    private static bool NamesData(ClaimSentence sentence, int start, int length)
    {
        foreach (var mention in sentence.Mentions)
        {
            if (mention.Start <= start && start + length <= mention.Start + mention.Length)
            {
                return true;
            }
        }

        // The account word after the name, or after a list of short names joined by 、 ("微信、微博、QQ账号").
        var text = sentence.Text;
        var position = start + length;
        for (var items = 0; items <= MaxAccountListItems && position < sentence.Span.End; items++)
        {
            if (ClaimWords.StartsWithAny(text, position, sentence.Span.End, AccountWords))
            {
                return true;
            }

            if (text[position] != '、')
            {
                return false;
            }

            var itemStart = ++position;
            while (position < sentence.Span.End && (TextLineReader.IsCjk(text[position]) || PhraseMatcher<bool>.IsWordChar(text[position]) || text[position] == ' ')
                && !ClaimWords.StartsWithAny(text, position, sentence.Span.End, AccountWords))
            {
                if (++position - itemStart > MaxAccountListItemLength)
                {
                    return false;
                }
            }
        }

        return false;
    }

    private static IEnumerable<int> Occurrences(ClaimSentence sentence, string name)
    {
        var text = sentence.Text;
        for (var at = text.IndexOf(name, sentence.Span.Start, sentence.Span.Length, StringComparison.OrdinalIgnoreCase); at >= 0;
            at = at + 1 < sentence.Span.End ? text.IndexOf(name, at + 1, sentence.Span.End - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            yield return at;
        }
    }

    private static PhraseMatcher<string> CreateKinds()
    {
        var matcher = new PhraseMatcher<string>();
        foreach (var kind in ClaimWords.Group("recipients", "kind"))
        {
            matcher.Add(kind, kind);
        }

        return matcher;
    }
}
