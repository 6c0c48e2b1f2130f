using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>
/// Sharing claims: "不会与任何第三方共享" (not shared), "不会出售" (not sold), named recipients and recipients named by kind
/// ("关联方", "service providers") (shared with). Data coming in from partners ("合作方向我们提供") is not shared out.
/// </summary>
internal sealed class SharingClaims
{
    private static readonly PhraseMatcher<bool> ShareWords = ClaimWords.Matcher("sharing", "share");
    private static readonly PhraseMatcher<bool> SellWords = ClaimWords.Matcher("sharing", "sell");
    private static readonly PhraseMatcher<bool> PublishWords = ClaimWords.Matcher("sharing", "publish");
    private static readonly PhraseMatcher<bool> InboundWords = ClaimWords.Matcher("sharing", "inbound");
    private static readonly PhraseMatcher<string> RecipientKinds = CreateKinds();

    private readonly ImmutableArray<SharingClaim>.Builder _claims = ImmutableArray.CreateBuilder<SharingClaim>();

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
            .Select(match => match.Start);
        foreach (var verb in verbs.Concat(handOvers).OrderBy(position => position))
        {
            if (ClauseNegation.IsNegated(text, span, verb, isSharing: true))
            {
                var isSale = SellWords.TryMatchAt(text, verb, span.End, out _);
                var kind = isSale ? SharingClaimKind.NotSold : SharingClaimKind.NotShared;
                _claims.Add(new SharingClaim(kind, hasExceptions, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, sentence.Categories, sentence.Evidence, purpose: null, sentence.Unreadable));
                return;
            }
        }

        if (InboundWords.FindAll(text, span.Start, span.End).Count > 0)
        {
            return;
        }

        var recipients = isAboutRecipients ? RecipientNames.Find(text, span) : ImmutableArray<string>.Empty;
        var kinds = sentence.Cues.Has(Cue.Share) ? KindsIn(sentence, recipients) : ImmutableArray<string>.Empty;
        if (recipients.Length > 0 || kinds.Length > 0)
        {
            _claims.Add(new SharingClaim(SharingClaimKind.SharedWith, hasExceptions, recipients, kinds, sentence.Categories, sentence.Evidence, purpose: null, sentence.Unreadable));
        }
    }

    /// <summary>A claim an SDK list's rows made (<see cref="SdkRows"/>).</summary>
    public void Add(SharingClaim claim) => _claims.Add(claim);

    public ImmutableArray<SharingClaim> Build() => _claims.ToImmutable();

    // "关联方", "快递服务方" in "我们会向快递服务方提供您的收货地址"; a kind inside a named recipient is part of its name,
    // and one inside a mention of data is part of the data ("银行" in "银行账户信息").
    private static ImmutableArray<string> KindsIn(ClaimSentence sentence, ImmutableArray<string> recipients) =>
        RecipientKinds.FindAll(sentence.Text, sentence.Span.Start, sentence.Span.End)
            .Where(match => !sentence.Mentions.Any(mention => match.Start < mention.Start + mention.Length && mention.Start < match.Start + match.Length))
            .Select(match => match.Value)
            .Where(kind => !recipients.Any(name => name.Contains(kind, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();

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
