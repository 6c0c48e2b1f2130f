using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>
/// Sharing claims: "不会与任何第三方共享" (not shared), "不会出售" (not sold), named recipients and recipients named by kind
/// ("关联方", "service providers") (shared with). Data coming in from partners ("合作方向我们提供") is not shared out.
/// </summary>
internal sealed partial class SharingClaims
{
    private static readonly PhraseMatcher<bool> ShareWords = ClaimWords.Matcher("sharing", "share");
    private static readonly PhraseMatcher<bool> SellWords = ClaimWords.Matcher("sharing", "sell");
    private static readonly PhraseMatcher<bool> PublishWords = ClaimWords.Matcher("sharing", "publish");
    private static readonly PhraseMatcher<bool> InboundWords = ClaimWords.Matcher("sharing", "inbound");
    private static readonly IReadOnlyList<string> NotInbound = ClaimWords.Group("sharing", "not-inbound");
    private static readonly PhraseMatcher<bool> UserProhibitions = ClaimWords.Matcher("sharing", "user-prohibition");
    private static readonly PhraseMatcher<bool> InboundSources = ClaimWords.Matcher("sharing", "inbound-source");
    private static readonly PhraseMatcher<bool> InboundVerbs = ClaimWords.Matcher("sharing", "inbound-verb");
    private static readonly PhraseMatcher<bool> HandOverVerbs = ClaimWords.Matcher("sharing", "verb-after-recipient");
    private static readonly IReadOnlyList<string> NotVerbs = ClaimWords.Group("sharing", "not-a-verb");
    private static readonly IReadOnlyList<string> QueryVerbs = ClaimWords.Group("sharing", "query-verb");
    private static readonly IReadOnlyList<string> CoSharers = ClaimWords.Group("sharing", "co-sharer");
    private static readonly IReadOnlyList<string> Possessives = ClaimWords.Group("sharing", "co-sharer-possessive");
    private static readonly IReadOnlyList<string> Conjunctions = ClaimWords.Group("sharing", "co-sharer-conjunction");
    private static readonly IReadOnlyList<string> Betweens = ClaimWords.Group("sharing", "between");
    private static readonly IReadOnlyList<string> AccountWords = ClaimWords.Group("sharing", "account-of");
    private static readonly PhraseMatcher<bool> ExceptionsFollow = ClaimWords.Matcher("sharing", "exceptions-follow");
    private static readonly IReadOnlyList<string> OtherRoles = ClaimWords.Group("sharing", "other-role");
    private static readonly PhraseMatcher<bool> CollectingPartners = ClaimWords.Matcher("sharing", "collecting-partner");
    private static readonly IReadOnlyList<string> PartnerModals = ClaimWords.Group("sharing", "user-modal");
    private static readonly IReadOnlyList<string> DescriptionOpeners = ClaimWords.Group("sharing", "description-opener");
    private static readonly IReadOnlyList<string> UserInstructions = ClaimWords.Group("sharing", "user-instruction");
    private static readonly HashSet<string> BareKinds = new(ClaimWords.Group("recipients", "bare-kind"), StringComparer.Ordinal);
    private static readonly char[] RecipientMarkers = ClaimWords.Group("recipients", "recipient-marker").SelectMany(marker => marker).ToArray();
    private static readonly IReadOnlyList<string> UserSubjects = ClaimWords.Group("sharing", "user-subject");
    private static readonly PhraseMatcher<bool> UserGrants = ClaimWords.Matcher("sharing", "user-grant");
    private static readonly IReadOnlyList<string> PassiveModals = ClaimWords.Group("sharing", "passive-modal");
    private static readonly IReadOnlyList<string> UserChosen = ClaimWords.Group("sharing", "user-chosen");
    private static readonly IReadOnlyList<string> Entrusts = ClaimWords.Group("sharing", "entrust");
    private static readonly IReadOnlyList<string> NotUserLed = ClaimWords.Group("sharing", "user-led-not");
    private static readonly IReadOnlyList<string> Prohibitions = ClaimWords.Group("negators", "prohibition");

    // "微信、微博、QQ账号": how many names, each how long, may stand between a name and the account word the list ends in.
    private const int MaxAccountListItems = 4;
    private const int MaxAccountListItemLength = 5;
    private static readonly PhraseMatcher<string> RecipientKinds = CreateKinds();
    private static readonly IReadOnlyList<string> StopWords = ClaimWords.Group("sharing", "stop");
    private static readonly PhraseMatcher<bool> TopicWords = ClaimWords.Matcher("sharing", "topic");
    private static readonly PhraseMatcher<bool> AnonymousData = ClaimWords.Matcher("sharing", "anonymous");
    private static readonly PhraseMatcher<bool> StillPersonalData = ClaimWords.Matcher("sharing", "still-personal");

    // How far after "从"/"向" a verb of taking in may stand and still take from the one named there ("从微信获取",
    // "向我行的合作伙伴收集"): a name and a few words, within one clause.
    private const int InboundReach = 16;

    private static readonly char[] ClauseBreaks = { '，', ',', '；', ';', '。' };
    private static readonly char[] OpeningBrackets = { '（', '(' };
    private static readonly char[] ClosingBrackets = { '）', ')' };

    private readonly ImmutableArray<SharingClaim>.Builder _claims = ImmutableArray.CreateBuilder<SharingClaim>();
    private readonly OperatorNames _operators;

    // The "not shared" claim the sentence before made without exceptions, whose exceptions may follow; -1 when none.
    private int _withoutExceptions = -1;

    public SharingClaims(OperatorNames operators)
    {
        _operators = operators;
    }

    /// <param name="sentence">The sentence.</param>
    /// <param name="isAboutRecipients">Whether names in it are recipients (a sharing section, a table row, a sharing word).</param>
    /// <param name="handOvers">Where it hands data over after "向…" ("我们不会向任何第三方提供"): sharing verbs too.</param>
    public void Add(ClaimSentence sentence, bool isAboutRecipients, IReadOnlyList<int> handOvers)
    {
        var text = sentence.Text;
        var span = sentence.Span;
        var hasExceptions = sentence.Cues.Has(Cue.Exception);
        var verbs = ShareWords.FindAll(text, span.Start, span.End)
            .Where(match => !PublishWords.TryMatchAt(text, match.Start, span.End, out var published) || published.Length != match.Length)
            .Where(match => !ClaimWords.CoversAny(text, match.Start, span.Start, span.End, NotVerbs))
            .Where(match => !IsToTheUser(text, match, span.End))
            .Where(match => !EntrustsOnlyATask(sentence, match))
            .Select(match => match.Start)
            .Concat(handOvers)
            .OrderBy(position => position)
            .ToList();

        // "我们强烈建议您…不将自己的账号密码等个人信息透露给他人": advice to the user, neither a promise nor a sharing.
        if (verbs.Count > 0 && AdvisesTheUser(text, span, verbs[0]))
        {
            return;
        }

        // "部分合作方可能会获取您的设备型号": a partner taking data through the service is data shared with it.
        var collectedBy = verbs.Count == 0 ? PartnerCollecting(text, span) : -1;
        if (collectedBy >= 0)
        {
            verbs.Add(collectedBy);
        }

        foreach (var verb in verbs)
        {
            if (ClauseNegation.IsNegated(text, span, verb, isSharing: true) || IsForbiddenToTheService(text, span, verb))
            {
                var isSale = SellWords.TryMatchAt(text, verb, span.End, out _);
                var kind = isSale ? SharingClaimKind.NotSold : SharingClaimKind.NotShared;
                _claims.Add(new SharingClaim(kind, hasExceptions, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, sentence.Categories, sentence.Evidence, purpose: null, sentence.Unreadable));
                // "…不会共享。在下列情况下…会共享：" gives exceptions to not sharing; "不会出售。我们仅在以下情形与第三方共享："
                // gives none to not selling.
                _withoutExceptions = hasExceptions || isSale ? -1 : _claims.Count - 1;
                return;
            }
        }

        if (InboundWords.FindAll(text, span.Start, span.End).Any(match => !HandsToTheServicesOwn(text, span, match.Start)) || TakesFromSomeone(text, span))
        {
            return;
        }

        // "您不可避免地要向交易对方披露自己的个人信息", "您不得出售本软件": the user's doing, not the service's.
        if (verbs.Count > 0 && (verbs.TrueForAll(verb => IsTheUsers(text, span, verb)) || ProhibitsTheUser(text, span.Start, verbs[0]) || IsLedByTheUser(text, span, verbs[verbs.Count - 1])))
        {
            return;
        }

        if (verbs.Count > 0 && verbs.TrueForAll(verb => IsStopped(text, span, verb) || IsTopic(text, span, verb) || SharesOnlyAnonymousData(sentence, verb)))
        {
            return;
        }

        // "…包括注册手机号、登录密码、已开通的微信、AppleID等其他第三方登录方式": names beside data, with no word that hands data
        // over or takes it in, outside a table's row or a list a sharing lead-in opens, share nothing.
        if (verbs.Count == 0 && !sentence.Cues.Has(Cue.Share) && sentence.Line.Kind != PolicyLineKind.TableRow && text.IndexOf('|', span.Start, span.Length) < 0
            && !sentence.HasCollectVerb && text.IndexOf("SDK", span.Start, span.Length, StringComparison.OrdinalIgnoreCase) < 0)
        {
            return;
        }

        var recipients = isAboutRecipients ? OthersThanTheService(OutsideMentions(sentence, RecipientNames.Find(text, span))) : ImmutableArray<string>.Empty;
        if (sentence.Categories.IsEmpty && !sentence.Cues.Has(Cue.Share) && handOvers.Count == 0)
        {
            // "2）小米推送SDK。": a label over an SDK list's row names the SDK and hands nothing over; the row's own
            // sentence says what it gets.
            return;
        }

        var categories = SharedCategories(sentence, verbs, recipients);
        if (verbs.Count > 0 && verbs.TrueForAll(verb => ClaimWords.StartsWithAny(text, verb, span.End, QueryVerbs)))
        {
            categories = SentOutInQuery(sentence, verbs[0]);
            if (categories.IsEmpty)
            {
                return;
            }
        }

        var kinds = sentence.Cues.Has(Cue.Share) || collectedBy >= 0 ? KindsIn(sentence, recipients, verbs) : ImmutableArray<string>.Empty;
        // "我们仅在以下情形与第三方共享您的个人信息：": a lead-in names the recipients in its list; by itself it names none.
        if (recipients.Length == 0 && kinds.All(BareKinds.Contains) && TextSpans.EndsWithColon(text, span))
        {
            return;
        }

        if (recipients.Length > 0 || kinds.Length > 0)
        {
            _claims.Add(new SharingClaim(SharingClaimKind.SharedWith, hasExceptions, recipients, kinds, categories, sentence.Evidence, purpose: null, sentence.Unreadable));
        }
    }

    // "您不得出售本软件" before the first sharing verb: a rule for the user.
    private static bool ProhibitsTheUser(string text, int start, int end) => UserProhibitions.Any(text, start, end);

    // The data the sentence shares: its mentions but those that describe a recipient or, when others are named, are part of
    // its name ("139邮箱SDK").
    private static ImmutableArray<string> SharedCategories(ClaimSentence sentence, List<int> verbs, ImmutableArray<string> recipients)
    {
        var descriptions = RecipientDescriptions(sentence, verbs);
        if (descriptions is null && (recipients.IsEmpty || sentence.Mentions.Count == 0))
        {
            return sentence.Categories;
        }

        descriptions ??= new List<TextSpan>();
        var names = recipients.SelectMany(name => Occurrences(sentence, name).Select(start => new TextSpan(start, start + name.Length))).ToList();

        var outsideDescriptions = sentence.Mentions.Where(mention => !descriptions.Any(description => mention.Start > description.Start && mention.Start < description.End)).ToList();
        var outsideNames = outsideDescriptions.Where(mention => !names.Any(name => mention.Start >= name.Start && mention.Start + mention.Length <= name.End)).ToList();

        // "旷视人脸识别SDK。" says by its name alone what it gets; "139邮箱SDK：…需要你的设备信息" says it after the name.
        return ClaimSentence.CategoriesOf(outsideNames.Count > 0 ? outsideNames : outsideDescriptions);
    }

    // "与服务供应商（例如代表我们发出电子邮件…的通讯服务提供商、为我们提供位置数据的地图服务供应商）分享", "发送给…其他
    // 合作伙伴（如硬件厂商、电信运营商等）": data named in a bracket that describes a kind of recipient, or gives examples
    // of the kind before it, says who they are, not what they get.
    private static List<TextSpan>? RecipientDescriptions(ClaimSentence sentence, List<int> verbs)
    {
        var text = sentence.Text;
        var span = sentence.Span;
        List<TextSpan>? descriptions = null;
        for (var open = text.IndexOfAny(OpeningBrackets, span.Start, span.Length); open >= 0; open = text.IndexOfAny(OpeningBrackets, open + 1, span.End - open - 1))
        {
            var close = text.IndexOfAny(ClosingBrackets, open + 1, span.End - open - 1);
            if (close < 0)
            {
                break;
            }

            // An example of the sharing itself ("（如…我们会向关联公司共享您必要的账号信息）") names the data shared.
            var describes = RecipientKinds.FindAll(text, open + 1, close).Any(kind => !IsInsideMention(sentence, kind.Start, kind.Length))
                || (EndsInAKind(text, span.Start, open) && ClaimWords.StartsWithAny(text, open + 1, close, DescriptionOpeners));
            if (describes && !verbs.Any(verb => verb > open && verb < close))
            {
                (descriptions ??= new List<TextSpan>()).Add(new TextSpan(open, close));
            }
        }

        return descriptions;
    }

    // "根据您提供的姓名、身份证号码…向征信机构、银行查询您的相关信用信息": the data named before "向" is what the service
    // sends to ask; the credit data after the verb comes back to it.
    private static ImmutableArray<string> SentOutInQuery(ClaimSentence sentence, int verb)
    {
        var to = sentence.Text.LastIndexOf('向', verb - 1, verb - sentence.Span.Start);
        return ClaimSentence.CategoriesOf(sentence.Mentions.Where(mention => mention.Start < to));
    }

    // "该SDK需要从微信获取您授权共享的账户信息": a source word, then, before another hand-over verb or the clause's end,
    // a verb of taking in. Not after a hand-over in the same clause: "向物流公司提供从订单中获取的地址" shares what it
    // took ("为了向您提供服务，该SDK需要从微信获取" does not).
    private static bool TakesFromSomeone(string text, TextSpan span)
    {
        foreach (var source in InboundSources.FindAll(text, span.Start, span.End))
        {
            var clauseStart = Math.Max(span.Start, text.LastIndexOfAny(ClauseBreaks, Math.Max(span.Start, source.Start - 1), source.Start - span.Start) + 1);
            if (HandOverVerbs.FindAll(text, clauseStart, source.Start).Count > 0)
            {
                return false;
            }

            var limit = Math.Min(span.End, source.Start + source.Length + InboundReach);
            for (var i = source.Start + source.Length; i < limit && Array.IndexOf(ClauseBreaks, text[i]) < 0; i++)
            {
                if (HandOverVerbs.TryMatchAt(text, i, limit, out _))
                {
                    break;
                }

                if (InboundVerbs.TryMatchAt(text, i, limit, out _))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "您可通过…的关闭方式停止分享", "you can stop sharing": the user stopping a sharing is a choice, not the service sharing.
    private static bool IsStopped(string text, TextSpan span, int verb)
    {
        var end = verb;
        while (end > span.Start && text[end - 1] == ' ')
        {
            end--;
        }

        return StopWords.Any(word => end - word.Length >= span.Start && string.Compare(text, end - word.Length, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (end - word.Length == span.Start || !PhraseMatcher<bool>.IsWordChar(word[0]) || !PhraseMatcher<bool>.IsWordChar(text[end - word.Length - 1])));
    }

    // "这将涵盖我们如何收集、使用…和/或披露", "how we collect and share": what the text is about, not a sharing.
    private static bool IsTopic(string text, TextSpan span, int verb)
    {
        var start = ClauseStart(text, span.Start, verb);

        return TopicWords.FindAll(text, start, verb).Count > 0;
    }

    // "与合作伙伴分享经统计加工后不含身份识别内容的信息", "we share aggregated statistics": data that identifies no one, named
    // in the sharing verb's own clause, is not personal data shared. Not when the clause also names data ("无法识别您身份的
    // 画像标签或加密处理后的手机号码") or de-identified data, which is still personal information.
    private static bool SharesOnlyAnonymousData(ClaimSentence sentence, int verb)
    {
        var text = sentence.Text;
        var span = sentence.Span;
        var start = ClauseStart(text, span.Start, verb);

        var end = verb;
        while (end < span.End && Array.IndexOf(ClauseBreaks, text[end]) < 0)
        {
            end++;
        }

        return AnonymousData.FindAll(text, start, end).Count > 0 && StillPersonalData.FindAll(text, start, end).Count == 0
            && !sentence.Mentions.Any(mention => mention.Start >= start && mention.Start < end);
    }

    /// <summary>
    /// Reads a sentence for the exceptions to the "not shared" statement just before it ("本应用不会向第三方共享、转让您的个人
    /// 信息。在下列情况下经过您的同意本应用会共享您的个人信息："); every sentence passes here, sharing or not.
    /// </summary>
    public void Follow(ClaimSentence sentence)
    {
        if (_withoutExceptions >= 0 && ExceptionsFollow.FindAll(sentence.Text, sentence.Span.Start, sentence.Span.End).Count > 0)
        {
            _claims[_withoutExceptions] = _claims[_withoutExceptions].WithExceptions();
        }

        _withoutExceptions = -1;
    }

    // Where the clause holding position starts (after "，" "；" "。"), not before the sentence.
    private static int ClauseStart(string text, int sentenceStart, int position)
    {
        while (position > sentenceStart && Array.IndexOf(ClauseBreaks, text[position - 1]) < 0)
        {
            position--;
        }

        return position;
    }

    /// <summary>Takes back the claims one sentence made (<see cref="SdkRows"/>: it turned out to name a row).</summary>
    public void Withdraw(PolicyEvidence evidence)
    {
        for (var i = _claims.Count - 1; i >= 0; i--)
        {
            if (_claims[i].Evidence.Equals(evidence))
            {
                _claims.RemoveAt(i);
            }
        }
    }

    /// <summary>A claim an SDK list's rows made (<see cref="SdkRows"/>).</summary>
    public void Add(SharingClaim claim) => _claims.Add(claim);

    public ImmutableArray<SharingClaim> Build() => _claims.ToImmutable();
}
