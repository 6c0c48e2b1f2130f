using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace PiiAnalyzers.Policy;

/// <summary>
/// Finds the claims of a policy sentence by sentence: encryption, retention (as a <c>[RetainUntil]</c> rule), sharing and
/// sensitivity, each with the categories the sentence names and the sentence as evidence.
/// </summary>
internal sealed class ClaimCollector
{
    private const int MaxEvidenceLength = 300;

    // How far before a sharing verb its negation may be: "不会与任何第三方共享".
    private const int SharingNegationWindow = 12;

    [Flags]
    private enum Cue
    {
        None = 0,
        Encryption = 1 << 0,
        Transit = 1 << 1,
        Storage = 1 << 2,
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
    }

    // Every cue word in one trie, so that a sentence is scanned once for all of them.
    private static readonly PhraseMatcher<Cue> Cues = CreateCues(
        (Cue.Encryption, "加密|密文|哈希|散列|加盐|encrypt|encrypts|encrypted|encryption|encrypting|hashed|hashing|hash"),
        (Cue.Transit, "传输|transit|transmission|transmitted|SSL|TLS|HTTPS"),
        (Cue.Storage, "存储|保存|存放|落盘|数据库|at rest|stored|store|storage|database|databases|servers"),
        // "核验完成后立即删除，不予保存": data used once and never kept is not-stored, not purpose-fulfilled, which would allow
        // keeping it as long as a purpose lasts.
        (Cue.NotStored, "不予保存|不予保留|不予留存|不作保存|不作留存|不做留存|不被保存|不会被保存|不保留|不会保留|不会保存|不保存|不会存储|不存储|不会留存|不留存|不做保存|不会记录|仅在本地|仅在您的设备|not retained|not stored|do not store|don't store|never store|do not retain|don't retain|never retain|not be stored|not be retained|not kept|not saved|is not persisted|only on your device|stays on your device"),
        (Cue.Keep, "保存|保留|存储|留存|存放|retain|retained|keep|kept|store|stored|hold|held"),
        (Cue.Delete, "删除|匿名化|清除|销毁|移除|delete|deleted|deletion|erase|erased|anonymise|anonymize|anonymised|anonymized|purge|purged|remove|removed|destroy|destroyed"),
        (Cue.AccountClosed, AccountClosedPhrases),
        (Cue.Purpose, "最短期限|最短时间|最短必要|所必需的期限|所必需的时间|所必需的最短|所需的时间|所需的最短|目的所需|实现目的|as long as necessary|as long as is necessary|no longer than necessary|only as long as|for as long as needed|as long as needed|necessary to fulfil|necessary to fulfill|necessary for the purposes"),
        (Cue.ConsentWithdrawn, "撤回同意|撤回授权|撤回您的同意|withdraw your consent|withdraw consent|consent is withdrawn"),
        (Cue.SessionEnd, "会话结束|关闭浏览器|关闭应用|session ends|end of your session|end of the session|close your browser|close the browser|session cookies"),
        (Cue.Share, ShareVerbs),
        (Cue.Exception, "除|未经|除非|例外|以下情形|下列情形|另有规定|except|unless|without your consent|without your permission|other than|exception|exceptions|following circumstances|except as|apart from|required by law|beyond these|beyond the above|beyond the following|outside these cases|outside of these cases"),
        (Cue.RecipientContext, "共享|分享|提供给|披露|委托|接入|嵌入|集成|合作|第三方|SDK|share|shared|disclose|third party|third parties|third-party|processor|processors|service provider|service providers|partner|partners|vendor|vendors|provided to|disclosed to|transferred to"),
        (Cue.Sensitive, SensitivePhrases),
        (Cue.UserRight, UserRightPhrases));

    // Bounds the work of one sentence that repeats a word without end (a hostile or broken file).
    private const int MaxSensitiveWordsPerSentence = 16;
    private const int MaxRecipientVerbsPerSentence = 16;
    private const int MaxAccountEventsPerSentence = 16;

    private const string ShareVerbs = "共享|分享|提供给|对外提供|向第三方提供|披露|转让|出售|出租|share|shares|shared|sharing|disclose|discloses|disclosed|transfer|transferred|sell|sells|sold|selling|rent|trade";
    private const string AccountClosedPhrases = "注销|销户|删除账号|删除账户|删除帐号|删除帐户|account deletion|delete your account|deleting your account|close your account|closing your account|account closure|account is deleted|account is closed|terminate your account|deactivate your account|account termination";

    // What the user can do ("您可以删除收货地址", "you can close your account") describes a right, not how long the service keeps data.
    private const string UserRightPhrases = "您可以|你可以|您有权|你有权|用户可以|用户有权|you can|you may|you have the right|you are entitled|you have the option";

    private const string SensitivePhrases = "敏感个人信息|个人敏感信息|敏感信息|敏感数据|sensitive personal|sensitive information|sensitive data|special category|special categories";

    private static readonly PhraseMatcher<bool> ShareWords = Create(ShareVerbs);
    private static readonly PhraseMatcher<bool> SellWords = Create("出售|出租|sell|sells|sold|selling|rent|trade");
    private static readonly PhraseMatcher<bool> EnglishNegators = Create("not|never|no|don't|doesn't|won't|cannot|can't|neither|nor");
    private static readonly PhraseMatcher<bool> SensitiveWords = Create(SensitivePhrases);
    private static readonly PhraseMatcher<string> KnownRecipients = CreateRecipients();

    // Verbs the recipient directly follows ("提供给连付支付", "provided to Parcelgo"), and English verbs it follows after
    // "with" ("we share your email address with Acme Mailer").
    private static readonly PhraseMatcher<bool> RecipientVerbs = Create("提供给|共享给|分享给|披露给|转让给|委托给|传输给|发送给|shared with|share with|provided to|disclosed to|transferred to|sent to");
    private static readonly PhraseMatcher<bool> ShareWithVerbs = Create("share|shares|sharing|disclose|discloses|transfer|transfers");
    private static readonly PhraseMatcher<bool> WithWord = Create("with");

    // Words that make a name a kind of recipient ("第三方", "合作伙伴", "our partners") rather than one recipient.
    private static readonly string[] GenericRecipientWords = { "第三方", "合作伙伴", "合作方", "服务商", "提供商", "供应商", "关联方", "关联公司", "机构", "部门", "当局", "我们", "您", "用户", "他人", "其他", "相关", "上述", "该", "这些", "境外", "接收方", "商家", "商户", "卖家", "平台", "政府", "监管", "司法", "执法", "法院", "公安" };
    private static readonly string[] GenericEnglishFirstWords = { "Our", "Your", "The", "Third", "Other", "Any", "Such", "These", "Those", "Law", "Government", "Partners", "Affiliates", "Service", "Us", "You" };

    private const int MaxRecipientNameLength = 30;

    private static readonly PhraseMatcher<bool> AccountClosedWords = Create(AccountClosedPhrases);
    private static readonly PhraseMatcher<bool> UserRightWords = Create(UserRightPhrases);
    private static readonly PhraseMatcher<bool> OurWords = Create("我们|本公司|we|we'll");

    // How far after an account-closing verb its object may be: "注销账号", "注销您的账号".
    private const int AccountEventReach = 4;

    // English words that make an account's closure the start of a period, and how far before it they may stand
    // ("after you delete your account": "after you " is ten characters).
    private static readonly PhraseMatcher<bool> AfterWords = Create("after|following|upon");
    private const int AfterWordReach = 12;

    private readonly ImmutableArray<EncryptionClaim>.Builder _encryption = ImmutableArray.CreateBuilder<EncryptionClaim>();
    private readonly ImmutableArray<RetentionClaim>.Builder _retention = ImmutableArray.CreateBuilder<RetentionClaim>();
    private readonly ImmutableArray<SharingClaim>.Builder _sharing = ImmutableArray.CreateBuilder<SharingClaim>();
    private readonly ImmutableArray<SensitivityClaim>.Builder _sensitive = ImmutableArray.CreateBuilder<SensitivityClaim>();

    public void AddSentence(PolicyLine line, TextSpan sentence, IReadOnlyList<CategoryMention> mentions, PolicySectionKind sectionKind)
    {
        var text = line.Text;
        var cues = FindCues(text, sentence);
        var isAboutRecipients = sectionKind == PolicySectionKind.Sharing || line.Kind == PolicyLineKind.TableRow || Has(cues, Cue.RecipientContext);
        if (cues == Cue.None && !isAboutRecipients)
        {
            return;
        }

        var categories = mentions.Select(mention => mention.CategoryId).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var evidence = new PolicyEvidence(line.LineAt(sentence.Start), Evidence(text, sentence));

        if (Has(cues, Cue.Encryption))
        {
            var isAtRest = !Has(cues, Cue.Transit) || Has(cues, Cue.Storage);
            _encryption.Add(new EncryptionClaim(categories, isAtRest, evidence));
        }

        var isOnlyAUserRight = Has(cues, Cue.UserRight) && !OurActionFollowsUserRight(text, sentence);
        if (!isOnlyAUserRight && RetentionRuleOf(text, sentence, cues) is { } rule)
        {
            var retained = Has(cues, Cue.AccountClosed) ? WithoutAccountEventObjects(text, sentence, mentions) : categories;
            _retention.Add(new RetentionClaim(retained, rule, evidence));
        }

        if (Has(cues, Cue.Share) || isAboutRecipients)
        {
            AddSharing(text, sentence, categories, Has(cues, Cue.Exception), isAboutRecipients, evidence);
        }

        if (categories.Length > 0 && Has(cues, Cue.Sensitive) && SensitiveCategories(text, sentence, mentions) is { IsEmpty: false } sensitive)
        {
            _sensitive.Add(new SensitivityClaim(sensitive, evidence));
        }
    }

    // The categories in the clause that says "sensitive", and in the list after it when a colon introduces one:
    // "we collect your location, and sensitive information such as health data" calls only health data sensitive.
    private static ImmutableArray<string> SensitiveCategories(string text, TextSpan sentence, IReadOnlyList<CategoryMention> mentions)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        var mentionStarts = new HashSet<int>(mentions.Select(mention => mention.Start));
        var mentionEnds = new HashSet<int>(mentions.Select(mention => mention.Start + mention.Length));
        foreach (var word in SensitiveWords.FindAll(text, sentence.Start, sentence.End).Take(MaxSensitiveWordsPerSentence))
        {
            var start = word.Start;
            while (start > sentence.Start && (!TextSpans.IsClauseBreak(text[start - 1]) || IsListComma(text, start - 1, sentence, mentionStarts, mentionEnds)))
            {
                start--;
            }

            var end = word.Start + word.Length;
            while (end < sentence.End && (!TextSpans.IsClauseBreak(text[end]) || text[end] is '：' or ':' || IsListComma(text, end, sentence, mentionStarts, mentionEnds)))
            {
                end++;
            }

            foreach (var mention in mentions)
            {
                if (mention.Start >= start && mention.Start < end && !builder.Contains(mention.CategoryId))
                {
                    builder.Add(mention.CategoryId);
                }
            }
        }

        return builder.ToImmutable();
    }

    // "您注销账号后，我们将删除您的个人信息": the account is the event the rule counts from, not the data it keeps, so
    // the claim is about the data the rest of the sentence names (none: all data).
    private static ImmutableArray<string> WithoutAccountEventObjects(string text, TextSpan sentence, IReadOnlyList<CategoryMention> mentions)
    {
        var events = AccountClosedWords.FindAll(text, sentence.Start, sentence.End).Take(MaxAccountEventsPerSentence).ToList();
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var mention in mentions)
        {
            var isEventObject = mention.CategoryId.StartsWith("account", StringComparison.Ordinal)
                && events.Any(match => mention.Start >= match.Start && mention.Start <= match.Start + match.Length + AccountEventReach);
            if (!isEventObject && !builder.Contains(mention.CategoryId))
            {
                builder.Add(mention.CategoryId);
            }
        }

        return builder.ToImmutable();
    }

    // Whether the sentence counts from the account's closure: "注销账号后", "账号注销之后", "after you close your account",
    // "following account closure". Naming it without "after" ("您也可以随时注销账号") does not.
    private static bool CountsFromAccountClosure(string text, TextSpan sentence)
    {
        foreach (var match in AccountClosedWords.FindAll(text, sentence.Start, sentence.End).Take(MaxAccountEventsPerSentence))
        {
            var end = match.Start + match.Length;
            if (text.IndexOf('后', end, Math.Min(sentence.End, end + AccountEventReach + 2) - end) >= 0)
            {
                return true;
            }

            var before = Math.Max(sentence.Start, match.Start - AfterWordReach);
            if (AfterWords.FindAll(text, before, match.Start).Count > 0)
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

    // English lists categories with commas: "Your national ID number, facial data, bank card number and transaction history
    // are sensitive". A comma right after a category and before the next one ("…, and health data") joins a list; one
    // before a clause ("your location, and sensitive information such as…") still breaks it.
    private static bool IsListComma(string text, int comma, TextSpan sentence, HashSet<int> mentionStarts, HashSet<int> mentionEnds)
    {
        if (text[comma] != ',')
        {
            return false;
        }

        var before = comma;
        while (before > sentence.Start && text[before - 1] == ' ')
        {
            before--;
        }

        var after = comma + 1;
        while (after < sentence.End && text[after] == ' ')
        {
            after++;
        }

        foreach (var joiner in new[] { "and ", "or ", "your " })
        {
            if (after + joiner.Length <= sentence.End && string.Compare(text, after, joiner, 0, joiner.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                after += joiner.Length;
                while (after < sentence.End && text[after] == ' ')
                {
                    after++;
                }
            }
        }

        return mentionEnds.Contains(before) && mentionStarts.Contains(after);
    }

    public PolicyClaims Build() => new(_encryption.ToImmutable(), _retention.ToImmutable(), _sharing.ToImmutable(), _sensitive.ToImmutable());

    // A sentence's retention statement as a [RetainUntil] rule, or null when it states none.
    private static string? RetentionRuleOf(string text, TextSpan sentence, Cue cues)
    {
        if (Has(cues, Cue.NotStored))
        {
            return "not-stored";
        }

        var keeps = Has(cues, Cue.Keep);
        var deletes = Has(cues, Cue.Delete);
        if (!keeps && !deletes)
        {
            return null;
        }

        var duration = FindDuration(text, sentence);
        string? eventName = null;
        if (deletes && Has(cues, Cue.AccountClosed))
        {
            eventName = "account-deleted";
        }
        else if (deletes && Has(cues, Cue.ConsentWithdrawn))
        {
            eventName = "consent-withdrawn";
        }
        else if (Has(cues, Cue.SessionEnd))
        {
            eventName = "session-ended";
        }
        else if (keeps && duration is not null && Has(cues, Cue.AccountClosed) && CountsFromAccountClosure(text, sentence))
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

        return Has(cues, Cue.Purpose) ? "purpose-fulfilled" : null;
    }

    private void AddSharing(string text, TextSpan sentence, ImmutableArray<string> categories, bool hasExceptions, bool isAboutRecipients, PolicyEvidence evidence)
    {
        foreach (var verb in ShareWords.FindAll(text, sentence.Start, sentence.End))
        {
            if (IsNegated(text, sentence.Start, verb.Start))
            {
                var isSale = SellWords.TryMatchAt(text, verb.Start, sentence.End, out _);
                _sharing.Add(new SharingClaim(isSale ? SharingClaimKind.NotSold : SharingClaimKind.NotShared, hasExceptions, ImmutableArray<string>.Empty, categories, evidence));
                return;
            }
        }

        var recipients = isAboutRecipients ? FindRecipients(text, sentence) : ImmutableArray<string>.Empty;
        if (recipients.Length > 0)
        {
            _sharing.Add(new SharingClaim(SharingClaimKind.SharedWith, hasExceptions, recipients, categories, evidence));
        }
    }

    private static bool IsNegated(string text, int sentenceStart, int verb)
    {
        if (!PhraseMatcher<bool>.IsWordChar(text[verb]))
        {
            for (var i = verb - 1; i >= sentenceStart && verb - i <= SharingNegationWindow; i--)
            {
                if (text[i] is '不' or '绝' or '禁' || (text[i] == '无' && i + 1 < text.Length && text[i + 1] != '需'))
                {
                    return text[i] != '不' || i + 1 >= text.Length || text[i + 1] is not ('仅' or '限' or '同' or '定' or '断');
                }

                if (TextSpans.IsClauseBreak(text[i]))
                {
                    return false;
                }
            }

            return false;
        }

        // "we do not share", "we will never sell", "we don't rent or sell": a negator among the four words before.
        var start = Math.Max(sentenceStart, verb - 30);
        foreach (var negator in EnglishNegators.FindAll(text, start, verb))
        {
            if (text.IndexOf(',', negator.Start, verb - negator.Start) < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Companies, products and SDKs a sentence names: known names, "…有限公司", "… Inc.", "…SDK".</summary>
    private static ImmutableArray<string> FindRecipients(string text, TextSpan sentence)
    {
        var names = new List<string>();
        foreach (var match in KnownRecipients.FindAll(text, sentence.Start, sentence.End))
        {
            names.Add(match.Value);
        }

        foreach (var suffix in new[] { "有限责任公司", "股份有限公司", "有限公司", "集团", "公司", "SDK" })
        {
            var from = sentence.Start;
            while (from < sentence.End)
            {
                var index = text.IndexOf(suffix, from, sentence.End - from, StringComparison.OrdinalIgnoreCase);
                if (index < 0)
                {
                    break;
                }

                var name = NameBefore(text, sentence.Start, index, suffix);
                if (name is not null)
                {
                    names.Add(name);
                }

                from = index + suffix.Length;
            }
        }

        foreach (var suffix in new[] { ", Inc.", ", LLC", " Inc.", " Inc", " LLC", " Ltd.", " Ltd", " Limited", " GmbH", " Corporation", " Corp.", " Co., Ltd." })
        {
            var index = text.IndexOf(suffix, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal);
            if (index > sentence.Start && (index + suffix.Length == text.Length || !PhraseMatcher<bool>.IsWordChar(text[index + suffix.Length])))
            {
                var company = CapitalizedWordsBefore(text, sentence.Start, index);
                if (company.Length > 0)
                {
                    names.Add(company + suffix);
                }
            }
        }

        foreach (var name in RecipientsAfterVerbs(text, sentence))
        {
            names.Add(name);
        }

        // A shorter name contained in a longer one ("友盟" in "友盟同欣（北京）科技有限公司") is the same recipient.
        const int MaxRecipients = 50;
        var distinct = names.Where(name => name.Trim().Length > 1).Select(name => name.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxRecipients).ToList();
        return distinct
            .Where(name => !distinct.Any(other => other.Length > name.Length && other.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0))
            .ToImmutableArray();
    }

    // A recipient named by the verb that hands data to it, whatever its name looks like: "提供给连付支付（LianPay）" gives
    // 连付支付 and its alias LianPay; "shared with Acme Mailer" gives Acme Mailer.
    private static IEnumerable<string> RecipientsAfterVerbs(string text, TextSpan sentence)
    {
        var starts = new List<int>();
        foreach (var verb in RecipientVerbs.FindAll(text, sentence.Start, sentence.End).Take(MaxRecipientVerbsPerSentence))
        {
            starts.Add(verb.Start + verb.Length);
        }

        // "share X with Y": the first "with" in the clause of an English sharing verb.
        foreach (var verb in ShareWithVerbs.FindAll(text, sentence.Start, sentence.End).Take(MaxRecipientVerbsPerSentence))
        {
            var clauseEnd = verb.Start;
            while (clauseEnd < sentence.End && !TextSpans.IsClauseBreak(text[clauseEnd]))
            {
                clauseEnd++;
            }

            if (WithWord.FindAll(text, verb.Start + verb.Length, clauseEnd) is { Count: > 0 } with)
            {
                starts.Add(with[0].Start + with[0].Length);
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
                var name = ChineseNameAt(text, position, sentence.End, out var nameEnd);
                if (name is not null)
                {
                    yield return name;
                    if (BracketedAliasAt(text, nameEnd, sentence.End) is { } alias)
                    {
                        yield return alias;
                    }
                }
            }
            else if (char.IsUpper(text[position]) && CapitalizedWordsAfter(text, position, sentence.End) is { Length: > 1 } company
                && !GenericEnglishFirstWords.Contains(company.Split(' ')[0], StringComparer.Ordinal))
            {
                yield return company;
            }
        }
    }

    // "连付支付" in "提供给连付支付（LianPay）用于完成支付": name characters up to a bracket, punctuation or a word that
    // goes on with the sentence ("用于", "以便", "进行", "的"...). Null for a kind of recipient ("第三方", "我们的合作伙伴").
    private static string? ChineseNameAt(string text, int start, int end, out int nameEnd)
    {
        nameEnd = start;
        while (nameEnd < end && nameEnd - start < MaxRecipientNameLength
            && (TextLineReader.IsCjk(text[nameEnd]) || PhraseMatcher<bool>.IsWordChar(text[nameEnd]) || text[nameEnd] is '·' or '+' or '-')
            && !StartsClause(text, nameEnd, end))
        {
            nameEnd++;
        }

        var name = text.Substring(start, nameEnd - start);
        return name.Length < 2 || GenericRecipientWords.Any(word => name.Contains(word, StringComparison.Ordinal)) ? null : name;
    }

    private static bool StartsClause(string text, int position, int end)
    {
        foreach (var word in new[] { "用于", "用来", "以便", "以", "进行", "处理", "来", "并", "及", "和", "或", "的", "等" })
        {
            if (position + word.Length <= end && string.CompareOrdinal(text, position, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
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

    // "北京某某科技有限公司": the run of name characters before the suffix, stopping at punctuation, at an unbalanced
    // bracket and at words that begin a clause rather than a name ("由", "与", "向"...). Null for a generic name
    // ("该公司", "第三方SDK").
    private static string? NameBefore(string text, int sentenceStart, int suffixStart, string suffix)
    {
        const int MaxNameLength = 30;
        var start = suffixStart;
        var openBrackets = 0;
        while (start > sentenceStart && suffixStart - start < MaxNameLength)
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
            else if (!(TextLineReader.IsCjk(c) || PhraseMatcher<bool>.IsWordChar(c) || c is '+' or '-' or '.' || (c == ' ' && suffix == "SDK" && start == suffixStart))
                || c is '由' or '与' or '向' or '给' or '了' or '的' or '是' or '被' or '将' or '等' or '即' or '过' or '及' or '或' or '在')
            {
                break;
            }

            start--;
        }

        var name = text.Substring(start, suffixStart - start).Trim();
        if (openBrackets > 0 || name.Length < 2 || name.EndsWith("第三方", StringComparison.Ordinal)
            || name is "合作" or "本" or "该" or "我们" or "our" or "the" or "其他" or "关联" or "子" or "相关" or "这些" or "上述")
        {
            return null;
        }

        return name + suffix;
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

    // An ISO 8601 duration for "3个工作日内", "三年", "半年", "180 days", "two years"; null when the sentence has none.
    private static string? FindDuration(string text, TextSpan sentence)
    {
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            var c = text[i];
            if (c == '半' && i + 1 < sentence.End && text[i + 1] == '年')
            {
                return "P6M";
            }

            if (!(char.IsDigit(c) || HeadingNumbering.IsChineseNumeral(c)) || (i > sentence.Start && (char.IsDigit(text[i - 1]) || HeadingNumbering.IsChineseNumeral(text[i - 1]))))
            {
                if (char.IsLetter(c) && (i == sentence.Start || !char.IsLetter(text[i - 1])) && EnglishNumber(text, i, sentence.End, out var wordLength, out var wordValue))
                {
                    if (UnitAfter(text, i + wordLength, sentence.End) is { } wordUnit)
                    {
                        return Iso(wordValue, wordUnit);
                    }
                }

                continue;
            }

            var end = i;
            while (end < sentence.End && end - i < 6 && (char.IsDigit(text[end]) || HeadingNumbering.IsChineseNumeral(text[end])))
            {
                end++;
            }

            var value = HeadingNumbering.ParseNumber(text.Substring(i, end - i));
            // "2021年" is a date, not a duration.
            if (value is > 0 and < 1000 && UnitAfter(text, end, sentence.End) is { } unit && !(unit == 'Y' && value > 100))
            {
                return Iso(value, unit);
            }

            i = end - 1;
        }

        return null;
    }

    private static string Iso(int value, char unit) => unit == 'H' ? "PT" + value.ToString(CultureInfo.InvariantCulture) + "H" : "P" + value.ToString(CultureInfo.InvariantCulture) + unit;

    // The unit right after a number: 'D', 'W', 'M', 'Y' or 'H' (hours), skipping "个", "工作", "working", "calendar".
    private static char? UnitAfter(string text, int position, int end)
    {
        var rest = text.Substring(position, Math.Min(16, end - position)).TrimStart(' ', '\u00A0');
        foreach (var skip in new[] { "个自然日", "个工作日", "个月", "个小时", "个", "周年" })
        {
            if (rest.StartsWith(skip, StringComparison.Ordinal))
            {
                return skip switch { "个自然日" or "个工作日" => 'D', "个月" => 'M', "个小时" => 'H', "周年" => 'Y', _ => UnitAfter(rest, skip.Length, rest.Length) };
            }
        }

        if (rest.Length == 0)
        {
            return null;
        }

        switch (rest[0])
        {
            case '天':
            case '日':
                return 'D';
            case '周':
                return 'W';
            case '月':
                return 'M';
            case '年':
                return 'Y';
            case '小' when rest.StartsWith("小时", StringComparison.Ordinal):
                return 'H';
            case '工' when rest.StartsWith("工作日", StringComparison.Ordinal):
                return 'D';
        }

        var lower = rest.ToLowerInvariant();
        foreach (var prefix in new[] { "working ", "business ", "calendar " })
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                lower = lower.Substring(prefix.Length);
                break;
            }
        }

        return lower.StartsWith("day", StringComparison.Ordinal) ? 'D'
            : lower.StartsWith("week", StringComparison.Ordinal) ? 'W'
            : lower.StartsWith("month", StringComparison.Ordinal) ? 'M'
            : lower.StartsWith("year", StringComparison.Ordinal) ? 'Y'
            : lower.StartsWith("hour", StringComparison.Ordinal) ? 'H'
            : null;
    }

    private static bool EnglishNumber(string text, int start, int end, out int length, out int value)
    {
        string[] words = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve" };
        for (var n = 0; n < words.Length; n++)
        {
            var word = words[n];
            if (start + word.Length < end
                && string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                && !char.IsLetter(text[start + word.Length]))
            {
                length = word.Length;
                value = n + 1;
                return true;
            }
        }

        length = 0;
        value = 0;
        return false;
    }

    private static string Evidence(string text, TextSpan sentence)
    {
        var evidence = text.Substring(sentence.Start, Math.Min(sentence.Length, MaxEvidenceLength)).Trim();
        return sentence.Length > MaxEvidenceLength ? evidence + "…" : evidence;
    }

    private static Cue FindCues(string text, TextSpan sentence)
    {
        var found = new List<Cue>();
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            Cues.CollectAt(text, i, sentence.End, found);
        }

        var cues = Cue.None;
        foreach (var cue in found)
        {
            cues |= cue;
        }

        return cues;
    }

    private static bool Has(Cue cues, Cue cue) => (cues & cue) != 0;

    private static PhraseMatcher<Cue> CreateCues(params (Cue Cue, string Phrases)[] groups)
    {
        // A phrase in several groups ("保存": storage and keeping) carries all their flags.
        var flags = new Dictionary<string, Cue>(StringComparer.OrdinalIgnoreCase);
        foreach (var (cue, phrases) in groups)
        {
            foreach (var phrase in phrases.Split('|'))
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

    private static PhraseMatcher<bool> Create(string phrases)
    {
        var matcher = new PhraseMatcher<bool>();
        foreach (var phrase in phrases.Split('|'))
        {
            matcher.Add(phrase, true);
        }

        return matcher;
    }

    private static PhraseMatcher<string> CreateRecipients()
    {
        const string Names = "Google|Google Analytics|Google Ads|Firebase|Firebase Analytics|Crashlytics|Facebook|Meta|Apple|Microsoft|Azure|Amazon|Amazon Web Services|AWS|Cloudflare|Stripe|PayPal|Braintree|Adyen|Sentry|Mixpanel|Amplitude|Segment|Intercom|Zendesk|Salesforce|HubSpot|Mailchimp|SendGrid|Twilio|Auth0|Okta|Datadog|New Relic|Hotjar|AppsFlyer|Adjust|OneSignal|TikTok|LinkedIn|Twitter|X Corp"
            + "|微信|腾讯|腾讯云|阿里云|阿里巴巴|支付宝|蚂蚁金服|百度|百度地图|百度统计|高德|高德地图|友盟|友盟+|极光|极光推送|个推|华为|小米|OPPO|vivo|荣耀|魅族|新浪|新浪微博|微博|字节跳动|穿山甲|优量汇|Bugly|神策|TalkingData|顺丰|京东|美团|银联|中国银联|网易|七牛|融云|环信|声网|闪验|中国移动|中国联通|中国电信|快手|QQ";
        var matcher = new PhraseMatcher<string>();
        foreach (var name in Names.Split('|'))
        {
            matcher.Add(name, name);
        }

        return matcher;
    }
}
