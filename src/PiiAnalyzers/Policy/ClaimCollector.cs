using System.Collections.Generic;
using PiiAnalyzers.Policy.Claims;

namespace PiiAnalyzers.Policy;

/// <summary>
/// Finds the claims of a policy sentence by sentence: encryption, retention (as a <c>[RetainUntil]</c> rule), sharing,
/// sensitivity and cross-border transfer, each with the categories the sentence names, the sentence as evidence and how
/// clear it is. Each kind has its collector in Policy/Claims and its words in Policy/Lexicons.
/// </summary>
internal sealed class ClaimCollector
{
    private readonly EncryptionClaims _encryption = new();
    private readonly RetentionClaims _retention = new();
    private readonly SharingClaims _sharing = new();
    private readonly SensitivityClaims _sensitive = new();
    private readonly CrossBorderClaims _crossBorder = new();
    private readonly RequiredClaims _required = new();
    private readonly SdkRows _sdkRows;

    public ClaimCollector()
    {
        _sdkRows = new SdkRows(_sharing);
    }

    public void AddSentence(PolicyLine line, TextSpan sentence, IReadOnlyList<CategoryMention> mentions, PolicySectionKind sectionKind)
    {
        // A heading ("International transfers", "我们如何共享您的个人信息") names a topic; it claims nothing.
        if (line.Kind == PolicyLineKind.Heading)
        {
            return;
        }

        var cues = ClaimCues.Find(line.Text, sentence);
        var handOvers = RecipientNames.HandOverVerbs(line.Text, sentence);
        if (handOvers.Count > 0)
        {
            cues |= Cue.Share | Cue.RecipientContext;
        }

        var context = new ClaimSentence(line, sentence, mentions, cues);
        if (_sdkRows.Take(context))
        {
            return;
        }

        // Whether data is required has no cue of its own: most sentences that say so ("如您不提供…将无法…") say nothing else.
        _required.Add(context);

        var isAboutRecipients = sectionKind == PolicySectionKind.Sharing || line.Kind == PolicyLineKind.TableRow || cues.Has(Cue.RecipientContext);
        if (cues == Cue.None && !isAboutRecipients)
        {
            _sensitive.Remember(context.Mentions);
            return;
        }

        _encryption.Add(context);
        _retention.Add(context);
        if (cues.Has(Cue.Share) || isAboutRecipients)
        {
            _sharing.Add(context, isAboutRecipients, handOvers);
        }

        _sensitive.Add(context);
        if (cues.Has(Cue.CrossBorder))
        {
            _crossBorder.Add(context);
        }
    }

    public PolicyClaims Build()
    {
        _sdkRows.Flush();
        return new(_encryption.Build(), _retention.Build(), _sharing.Build(), _sensitive.Build(), _crossBorder.Build())
        {
            Required = _required.Build(),
        };
    }
}
