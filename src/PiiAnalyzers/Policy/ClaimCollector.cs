using System.Collections.Generic;
using PiiAnalyzers.Policy.Claims;

namespace PiiAnalyzers.Policy;

/// <summary>
/// Finds the claims of a policy sentence by sentence: encryption, retention (as a <c>[RetainUntil]</c> rule), sharing and
/// sensitivity, each with the categories the sentence names and the sentence as evidence. Each kind has its collector
/// in Policy/Claims and its words in Policy/Lexicons.
/// </summary>
internal sealed class ClaimCollector
{
    private readonly EncryptionClaims _encryption = new();
    private readonly RetentionClaims _retention = new();
    private readonly SharingClaims _sharing = new();
    private readonly SensitivityClaims _sensitive = new();

    public void AddSentence(PolicyLine line, TextSpan sentence, IReadOnlyList<CategoryMention> mentions, PolicySectionKind sectionKind)
    {
        var cues = ClaimCues.Find(line.Text, sentence);
        var isAboutRecipients = sectionKind == PolicySectionKind.Sharing || line.Kind == PolicyLineKind.TableRow || cues.Has(Cue.RecipientContext);
        if (cues == Cue.None && !isAboutRecipients)
        {
            return;
        }

        var context = new ClaimSentence(line, sentence, mentions, sectionKind, cues);
        _encryption.Add(context);
        _retention.Add(context);
        if (cues.Has(Cue.Share) || isAboutRecipients)
        {
            _sharing.Add(context, isAboutRecipients);
        }

        _sensitive.Add(context);
    }

    public PolicyClaims Build() => new(_encryption.Build(), _retention.Build(), _sharing.Build(), _sensitive.Build());
}
