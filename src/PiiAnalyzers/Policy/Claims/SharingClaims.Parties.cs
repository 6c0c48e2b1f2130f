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

    // The user hands over at the "向" before the verb in its clause ("您不可避免地要向交易对方披露").
    private static bool IsTheUsers(string text, TextSpan span, int verb)
    {
        for (var at = verb - 1; at >= span.Start && Array.IndexOf(ClauseBreaks, text[at]) < 0; at--)
        {
            if (text[at] == '向')
            {
                return RecipientNames.IsUserHandingOver(text, span.Start, at);
            }
        }

        return false;
    }

    // "关联方", "快递服务方" in "我们会向快递服务方提供您的收货地址"; a kind inside a named recipient is part of its name,
    // one inside a mention of data is part of the data ("银行" in "银行账户信息"), and one beside the service shares with
    // it ("我们以及我们的关联公司").
    private static ImmutableArray<string> KindsIn(ClaimSentence sentence, ImmutableArray<string> recipients) =>
        RecipientKinds.FindAll(sentence.Text, sentence.Span.Start, sentence.Span.End)
            .Where(match => !IsInsideMention(sentence, match.Start, match.Length))
            .Where(match => !IsCoSharer(sentence, match.Start, match.Length))
            .Select(match => match.Value)
            .Where(kind => !recipients.Any(name => name.Contains(kind, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();

    // "我们以及我们的关联公司不会与任何第三方分享": beside the service, a kind shares with it; "在我们和我们的关联方之间共享"
    // shares between them.
    private static bool IsCoSharer(ClaimSentence sentence, int start, int length) =>
        ClaimWords.EndingAt(sentence.Text, sentence.Span.Start, start, CoSharers) is not null
        && !ClaimWords.StartsWithAny(sentence.Text, start + length, sentence.Span.End, Betweens);

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
