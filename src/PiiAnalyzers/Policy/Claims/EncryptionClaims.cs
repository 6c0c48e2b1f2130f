using System.Collections.Immutable;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>Encryption claims: "加密存储", "encrypted at rest", "我们使用 HTTPS 加密传输" (in transit only).</summary>
internal sealed class EncryptionClaims
{
    private readonly ImmutableArray<EncryptionClaim>.Builder _claims = ImmutableArray.CreateBuilder<EncryptionClaim>();

    public void Add(ClaimSentence sentence)
    {
        var cues = sentence.Cues;
        if (!cues.Has(Cue.Encryption))
        {
            return;
        }

        var isAtRest = !cues.Has(Cue.Transit) || cues.Has(Cue.Storage);
        _claims.Add(new EncryptionClaim(sentence.Categories, isAtRest, sentence.Evidence));
    }

    public ImmutableArray<EncryptionClaim> Build() => _claims.ToImmutable();
}
