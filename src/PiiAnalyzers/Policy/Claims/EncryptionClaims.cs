using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>
/// Encryption claims: "加密存储" (at rest), "我们使用 HTTPS 加密传输" (in transit only). Not claims: negated or uncertain
/// encryption ("并未加密", "无法确定是否完全加密", "not encrypted"), plain text ("明文存储"), and hashing or
/// de-identification, which are not encryption. Unclear: a hedge ("可能"), encryption in some products only ("在某些产品或
/// 服务中"), or encryption that says neither stored nor sent.
/// </summary>
internal sealed class EncryptionClaims
{
    private static readonly PhraseMatcher<bool> EncryptWords = ClaimWords.Matcher("encryption", "encrypt");
    private static readonly PhraseMatcher<bool> Anaphors = ClaimWords.Matcher("claims", "anaphor");
    private static readonly PhraseMatcher<bool> TransitWords = ClaimWords.Matcher("encryption", "transit");
    private static readonly PhraseMatcher<bool> StorageWords = ClaimWords.Matcher("encryption", "storage");
    private static readonly PhraseMatcher<bool> PlainWords = ClaimWords.Matcher("encryption", "plain");

    private readonly ImmutableArray<EncryptionClaim>.Builder _claims = ImmutableArray.CreateBuilder<EncryptionClaim>();

    public void Add(ClaimSentence sentence)
    {
        if (!sentence.Cues.Has(Cue.Encryption))
        {
            return;
        }

        var text = sentence.Text;
        var span = sentence.Span;
        // "https://www.example.com" is an address, not a word about encryption.
        var words = EncryptWords.FindAll(text, span.Start, span.End).Where(word => string.CompareOrdinal(text, word.Start + word.Length, "://", 0, 3) != 0).ToList();
        var promises = words.Where(word => !ClauseNegation.IsNegated(text, span, word.Start)).ToList();
        if (promises.Count == 0 || PlainWords.Any(text, span.Start, span.End))
        {
            return;
        }

        var promiseAt = promises[0].Start;

        // "传输时会采取加密等安全措施，并…处理后再进行存储": an encryption word's own clause says what is encrypted when it names
        // sending or storing ("经加密传输后，加密存储" both); where none does, the sentence says it.
        var (inTransit, stored) = (false, false);
        foreach (var word in promises)
        {
            var clause = TextSpans.ClauseAround(text, span, word.Start);
            inTransit |= TransitWords.Any(text, clause.Start, clause.End);
            stored |= StorageWords.Any(text, clause.Start, clause.End);
        }

        if (!inTransit && !stored)
        {
            inTransit = TransitWords.Any(text, span.Start, span.End);
            stored = StorageWords.Any(text, span.Start, span.End);
        }

        var isAtRest = !inTransit || stored;
        var unclear = sentence.Unreadable
            ?? (sentence.Hedge is { } hedge ? ClaimSentence.Reason("hedged", hedge) : null)
            ?? (sentence.PartialScope is { } scope ? ClaimSentence.Reason("only in some products or cases", scope) : null)
            ?? (isAtRest && !stored ? "does not say the data is stored encrypted" : null);
        // "我们会以加密的方式存储，您也可以随时删除这些信息": no data of its own, it points back at the sentence before.
        var categories = sentence.Mentions.Count == 0 && Anaphors.Any(text, span.Start, span.End)
            ? sentence.PrecedingCategories
            : sentence.CategoriesAround(promiseAt);
        _claims.Add(new EncryptionClaim(categories, isAtRest, sentence.Evidence, unclear));
    }

    public ImmutableArray<EncryptionClaim> Build() => _claims.ToImmutable();
}
