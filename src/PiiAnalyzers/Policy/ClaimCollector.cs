using System.Collections.Generic;
using System.Collections.Immutable;
using PiiAnalyzers.Policy.Claims;

namespace PiiAnalyzers.Policy;

/// <summary>
/// Finds the claims of a policy sentence by sentence: encryption, retention (as a <c>[RetainUntil]</c> rule), sharing,
/// sensitivity, cross-border transfer and necessity (required or optional), each with the categories the sentence names, the sentence as evidence and how
/// clear it is. Each kind has its collector in Policy/Claims and its words in Policy/Lexicons.
/// </summary>
internal sealed class ClaimCollector
{
    private readonly EncryptionClaims _encryption = new();
    private readonly RetentionClaims _retention = new();
    private readonly OperatorNames _operators = new();
    private readonly SharingClaims _sharing;
    private readonly SensitivityClaims _sensitive = new();
    private readonly CrossBorderClaims _crossBorder = new();
    private readonly NecessityClaims _necessity = new();
    private readonly SdkRows _sdkRows;

    // The data of the last sentence that named any, for a sentence that points back at it (ClaimSentence.PrecedingCategories).
    private ImmutableArray<string> _precedingCategories = ImmutableArray<string>.Empty;

    // A sentence ending in a colon that shares ("耐克与谁共享您的个人信息：") leads in the list under it: an item whose first
    // clause names a recipient ("* 代表我们处理个人信息的第三方服务提供商，例如…") shares as the lead-in says.
    private Cue _leadIn;

    public ClaimCollector()
    {
        _sharing = new SharingClaims(_operators);
        _sdkRows = new SdkRows(_sharing);
    }

    public void AddSentence(PolicyLine line, TextSpan sentence, IReadOnlyList<CategoryMention> mentions, PolicySectionKind sectionKind)
    {
        // A heading ("International transfers", "我们如何共享您的个人信息") names a topic; it claims nothing.
        if (line.Kind != PolicyLineKind.ListItem && sentence.Start == 0)
        {
            _leadIn = Cue.None;
        }

        _operators.Learn(line.Text, sentence, isTitle: line.Kind == PolicyLineKind.Heading, line.LineAt(sentence.Start));
        if (line.Kind == PolicyLineKind.Heading)
        {
            return;
        }

        var cues = ClaimCues.Find(line.Text, sentence);
        if (line.Kind == PolicyLineKind.ListItem && _leadIn != Cue.None && SharingClaims.OpensWithRecipient(line.Text, sentence))
        {
            cues |= _leadIn;
        }
        else if (TextSpans.EndsWithColon(line.Text, sentence) && (cues.Has(Cue.Share) || (sectionKind == PolicySectionKind.Sharing && SharingClaims.NamesAKind(line.Text, sentence))))
        {
            // "我们的授权合作伙伴包括以下三大类型：" in a sharing section lists those it shares with.
            _leadIn = Cue.Share | Cue.RecipientContext;
        }

        var handOvers = RecipientNames.HandOverVerbs(line.Text, sentence);
        if (handOvers.Count > 0)
        {
            cues |= Cue.Share | Cue.RecipientContext;
        }

        var context = new ClaimSentence(line, sentence, mentions, cues, _precedingCategories);
        _sharing.Follow(context);
        if (_sdkRows.Take(context))
        {
            return;
        }

        var isAboutRecipients = sectionKind == PolicySectionKind.Sharing || line.Kind == PolicyLineKind.TableRow || cues.Has(Cue.RecipientContext);
        if (cues == Cue.None && !isAboutRecipients)
        {
            Remember(context);
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

        _necessity.Add(context);
        Remember(context);
    }

    private void Remember(ClaimSentence sentence)
    {
        if (sentence.Mentions.Count > 0)
        {
            _precedingCategories = sentence.Categories;
        }
    }

    public PolicyClaims Build()
    {
        _sdkRows.Flush();
        return new(_encryption.Build(), _retention.Build(), _sharing.Build(), _sensitive.Build(), _crossBorder.Build(), _necessity.Build());
    }
}
