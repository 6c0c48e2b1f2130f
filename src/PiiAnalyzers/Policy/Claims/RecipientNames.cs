using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>The companies, products and SDKs a sentence names: known names, "…有限公司", "… Inc.", "…SDK", and a name after "提供给".</summary>
internal static partial class RecipientNames
{
    private const int MaxRecipientNameLength = 30;

    // "向依法设立的第三方征信机构、大数据平台、银行…查询": several names, each of at most MaxRecipientNameLength.
    private const int MaxRecipientListLength = 90;
    private const int MaxRecipients = 50;

    // Bounds the work of one sentence that repeats a word without end (a hostile or broken file).
    private const int MaxRecipientVerbsPerSentence = 16;

    private static readonly PhraseMatcher<string> KnownRecipients = CreateKnown();
    private static readonly PhraseMatcher<bool> RecipientVerbs = ClaimWords.Matcher("sharing", "recipient-verb");
    private static readonly PhraseMatcher<bool> ShareWithVerbs = ClaimWords.Matcher("sharing", "share-with-verb");
    private static readonly PhraseMatcher<bool> WithWord = ClaimWords.Matcher("sharing", "with");
    private static readonly PhraseMatcher<bool> BeforeRecipient = ClaimWords.Matcher("sharing", "recipient-before-verb");
    private static readonly IReadOnlyList<string> VerbsAfterRecipient = ClaimWords.Group("sharing", "verb-after-recipient");
    private static readonly IReadOnlyList<string> NotRecipients = ClaimWords.Group("sharing", "not-a-recipient");
    private static readonly IReadOnlyList<string> NotVerbs = ClaimWords.Group("sharing", "not-a-verb");
    private static readonly IReadOnlyList<string> GenericRecipientWords = ClaimWords.Group("sharing", "generic-recipient");
    private static readonly HashSet<string> GenericEnglishFirstWords = new(ClaimWords.Group("sharing", "generic-first-word"), StringComparer.Ordinal);
    private static readonly IReadOnlyList<string> NameEnds = ClaimWords.Group("sharing", "name-end");
    private static readonly PhraseMatcher<bool> NameStartWords = ClaimWords.Matcher("sharing", "name-start-word");
    private static readonly HashSet<char> NameStarts = new(ClaimWords.Group("sharing", "name-start").Where(word => word.Length == 1).Select(word => word[0]));
    private static readonly IReadOnlyList<string> NotInNames = ClaimWords.Group("sharing", "not-in-a-name");
    private static readonly HashSet<string> NotNames = new(ClaimWords.Group("sharing", "not-a-name"), StringComparer.Ordinal);
    private static readonly IReadOnlyList<string> NameSuffixes = ClaimWords.Group("sharing", "name-suffix");
    private static readonly IReadOnlyList<string> NotNameEnds = ClaimWords.Group("sharing", "not-a-name-end");
    private static readonly HashSet<string> Kinds = new(ClaimWords.Group("recipients", "kind"), StringComparer.OrdinalIgnoreCase);

    // The same kinds as a list, which a search walks without allocating an enumerator.
    private static readonly IReadOnlyList<string> KindList = Kinds.ToList();

    // "Stripe, Inc.", "DHL Express Ltd.": each company suffix after a comma or a space, written out once.
    private static readonly IReadOnlyList<string> CompanySuffixesAsWritten = ClaimWords.Group("sharing", "company-suffix")
        .SelectMany(suffix => new[] { ", " + suffix, " " + suffix }).ToList();
    public static ImmutableArray<string> Find(string text, TextSpan sentence)
    {
        // "open.weixin.qq.com", "?fromsdk=true": a web address names the page, not who gets data.
        text = TextSpans.WithoutWebAddresses(text, sentence);
        var names = new List<string>();
        foreach (var match in KnownRecipients.Matches(text, sentence.Start, sentence.End))
        {
            names.Add(match.Value);
        }

        foreach (var suffix in NameSuffixes)
        {
            var from = sentence.Start;
            while (from < sentence.End)
            {
                var index = text.IndexOf(suffix, from, sentence.End - from, StringComparison.OrdinalIgnoreCase);
                if (index < 0)
                {
                    break;
                }

                if (NameBefore(text, sentence.Start, index, suffix) is { } name)
                {
                    names.Add(name);
                }

                from = index + suffix.Length;
            }
        }

        foreach (var written in CompanySuffixesAsWritten)
        {
            AddEnglishCompany(text, sentence, written, names);
        }

        names.AddRange(RecipientsAfterVerbs(text, sentence));
        if (names.Count == 0)
        {
            return ImmutableArray<string>.Empty;
        }

        // A kind of recipient is not one recipient ("向快递服务方提供").
        names.RemoveAll(name => Kinds.Contains(name.Trim()));

        // A shorter name contained in a longer one ("友盟" in "友盟同欣（北京）科技有限公司") is the same recipient.
        var distinct = names.Where(name => name.Trim().Length > 1).Select(name => name.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxRecipients).ToList();
        return distinct
            .Where(name => !distinct.Any(other => other.Length > name.Length && other.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0))
            .ToImmutableArray();
    }

    // "Stripe, Inc.", "DHL Express Ltd.": capitalized words before the suffix as written (", Inc.", " Ltd.").
    private static void AddEnglishCompany(string text, TextSpan sentence, string written, List<string> names)
    {
        var index = text.IndexOf(written, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal);
        if (index > sentence.Start && (index + written.Length == text.Length || !PhraseMatcher<bool>.IsWordChar(text[index + written.Length])))
        {
            var company = CapitalizedWordsBefore(text, sentence.Start, index);
            if (company.Length > 0)
            {
                names.Add(company + written);
            }
        }
    }

    // A recipient named by the verb that hands data to it, whatever its name looks like: "提供给连付支付（LianPay）" gives
    // 连付支付 and its alias LianPay; "shared with Acme Mailer" gives Acme Mailer.
    private static IEnumerable<string> RecipientsAfterVerbs(string text, TextSpan sentence)
    {
        var starts = new List<int>();
        foreach (var verb in RecipientVerbs.Matches(text, sentence.Start, sentence.End, MaxRecipientVerbsPerSentence))
        {
            starts.Add(verb.Start + verb.Length);
        }

        // "share X with Y": the first "with" in the clause of an English sharing verb.
        foreach (var verb in ShareWithVerbs.Matches(text, sentence.Start, sentence.End, MaxRecipientVerbsPerSentence))
        {
            var clauseEnd = verb.Start;
            while (clauseEnd < sentence.End && !TextSpans.IsClauseBreak(text[clauseEnd]))
            {
                clauseEnd++;
            }

            if (WithWord.TryFindFirst(text, verb.Start + verb.Length, clauseEnd, out var with))
            {
                starts.Add(with.Start + with.Length);
            }
        }

        // "向顺丰速运提供您的收货地址": the name between "向" and the verb that hands data over.
        foreach (var to in BeforeRecipient.Matches(text, sentence.Start, sentence.End, MaxRecipientVerbsPerSentence))
        {
            var position = to.Start + to.Length;
            if (position < sentence.End && TextLineReader.IsCjk(text[position])
                && ChineseNameAt(text, position, sentence.End, out var nameEnd) is { } name
                && IsVerbAfterRecipient(text, nameEnd, sentence.End))
            {
                yield return name;
            }
        }

        foreach (var start in starts.Distinct())
        {
            var position = start;
            while (position < sentence.End && text[position] is ' ' or '\u00A0')
            {
                position++;
            }

            if (position >= sentence.End)
            {
                continue;
            }

            if (TextLineReader.IsCjk(text[position]))
            {
                if (ChineseNameAt(text, position, sentence.End, out var nameEnd) is { } name)
                {
                    yield return name;
                    if (BracketedAliasAt(text, nameEnd, sentence.End) is { } alias)
                    {
                        yield return alias;
                    }
                }
            }
            else if (char.IsUpper(text[position]) && CapitalizedWordsAfter(text, position, sentence.End) is { Length: > 1 } company
                && !GenericEnglishFirstWords.Contains(company.Split(' ')[0]))
            {
                yield return company;
            }
        }
    }

    // "连付支付" in "提供给连付支付（LianPay）用于完成支付": name characters up to a bracket, punctuation or a word that
    // goes on with the sentence. Null for a kind of recipient ("第三方", "我们的合作伙伴").
    private static string? ChineseNameAt(string text, int start, int end, out int nameEnd)
    {
        nameEnd = start;
        while (nameEnd < end && nameEnd - start < MaxRecipientNameLength
            && (TextLineReader.IsCjk(text[nameEnd]) || PhraseMatcher<bool>.IsWordChar(text[nameEnd]) || text[nameEnd] is '·' or '+' or '-')
            && (!ClaimWords.StartsWithAny(text, nameEnd, end, NameEnds) || ClaimWords.StartsWithAny(text, nameEnd, end, NotVerbs)))
        {
            nameEnd++;
        }

        var name = text.Substring(start, nameEnd - start);
        return name.Length < 2 || ClaimWords.ContainsAny(name, GenericRecipientWords) ? null : name;
    }

    // "（LianPay）" right after a name: a Latin alias, kept as the recipient's other name. Null for "（北京）", which is
    // part of a longer company name rather than an alias.
    private static string? BracketedAliasAt(string text, int position, int end)
    {
        if (position >= end || text[position] is not ('（' or '('))
        {
            return null;
        }

        var close = position + 1;
        while (close < end && close - position <= MaxRecipientNameLength && text[close] is not ('）' or ')'))
        {
            if (!(PhraseMatcher<bool>.IsWordChar(text[close]) || text[close] is ' ' or '.' or '&' or '-'))
            {
                return null;
            }

            close++;
        }

        var alias = close < end && text[close] is '）' or ')' ? text.Substring(position + 1, close - position - 1).Trim() : string.Empty;
        return alias.Length > 1 && alias.Any(char.IsLetter) ? alias : null;
    }

    private static string CapitalizedWordsAfter(string text, int start, int end)
    {
        var position = start;
        var nameEnd = start;
        var words = 0;
        while (position < end && words < 4 && char.IsUpper(text[position]))
        {
            while (position < end && (char.IsLetterOrDigit(text[position]) || text[position] is '&' or '.' or '-'))
            {
                position++;
            }

            nameEnd = position;
            words++;
            while (position < end && text[position] == ' ')
            {
                position++;
            }
        }

        return text.Substring(start, nameEnd - start).TrimEnd('.');
    }

    // "北京某某科技有限公司", "友盟 SDK": the run of name characters before the suffix, stopping at punctuation, at an unbalanced
    // bracket and at characters that begin a clause rather than a name. Null for a generic name ("该公司", "第三方SDK").
    private static string? NameBefore(string text, int sentenceStart, int suffixStart, string suffix)
    {
        var start = suffixStart;
        var openBrackets = 0;
        while (start > sentenceStart && suffixStart - start < MaxRecipientNameLength)
        {
            var c = text[start - 1];
            if (c is '）' or ')')
            {
                openBrackets++;
            }
            else if (c is '（' or '(')
            {
                if (openBrackets == 0)
                {
                    break;
                }

                openBrackets--;
            }
            else if (!(TextLineReader.IsCjk(c) || PhraseMatcher<bool>.IsWordChar(c) || c is '+' or '-' or '.' || (c == ' ' && PhraseMatcher<bool>.IsWordChar(suffix[0]) && start == suffixStart))
                || NameStarts.Contains(c))
            {
                break;
            }

            start--;
        }

        var name = AfterLastNameStartWord(text.Substring(start, suffixStart - start)).Trim();

        // "（4）微信分享SDK：": the list item's number is no part of the name.
        if (HeadingNumbering.TryParse(name, out var numbering) && numbering.Title.Length > 0)
        {
            name = numbering.Title.Trim();
        }

        if (openBrackets > 0 || name.Length < 2 || ClaimWords.EndsWithAny(name, NotNameEnds) || NotNames.Contains(name) || ClaimWords.ContainsAny(name, NotInNames))
        {
            return null;
        }

        var named = name + suffix;
        return ClaimWords.EndsWithAny(named, KindList) ? null : named;
    }

    // "我们的产品集成友盟+" before "SDK" names 友盟+: the verb or list word a name was built back over is no part of it.
    private static string AfterLastNameStartWord(string name)
    {
        var cut = 0;
        foreach (var match in NameStartWords.Matches(name))
        {
            cut = match.Start + match.Length;
        }

        return name.Substring(cut);
    }

    private static string CapitalizedWordsBefore(string text, int sentenceStart, int index)
    {
        var start = index;
        var words = 0;
        while (start > sentenceStart && words < 4)
        {
            var wordEnd = start;
            while (wordEnd > sentenceStart && text[wordEnd - 1] == ' ')
            {
                wordEnd--;
            }

            var wordStart = wordEnd;
            while (wordStart > sentenceStart && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '&' or '.' or '-'))
            {
                wordStart--;
            }

            if (wordStart == wordEnd || !char.IsUpper(text[wordStart]))
            {
                break;
            }

            start = wordStart;
            words++;
        }

        return text.Substring(start, index - start).Trim();
    }

    private static PhraseMatcher<string> CreateKnown()
    {
        var matcher = new PhraseMatcher<string>();
        foreach (var name in ClaimWords.Group("recipients", "known"))
        {
            matcher.Add(name, name);
        }

        return matcher;
    }
}
