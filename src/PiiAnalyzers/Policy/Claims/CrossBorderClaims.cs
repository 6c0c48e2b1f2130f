using System.Collections.Immutable;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>
/// Cross-border claims: data transferred abroad ("传输至境外", "transferred outside the EEA"), or kept in the country
/// ("存储在中华人民共和国境内", "不会传输至境外"). A place word alone ("境外机构") claims nothing, nor does one inside the name
/// of what a business trades ("跨境商品"); a condition ("如需跨境传输") makes the transfer unclear.
/// </summary>
internal sealed class CrossBorderClaims
{
    private static readonly PhraseMatcher<bool> AbroadWords = ClaimWords.Matcher("crossborder", "abroad");
    private static readonly PhraseMatcher<bool> NotAbroadWords = ClaimWords.Matcher("crossborder", "not-abroad");
    private static readonly PhraseMatcher<bool> InCountryWords = ClaimWords.Matcher("crossborder", "in-country");
    private static readonly PhraseMatcher<bool> TransferWords = ClaimWords.Matcher("crossborder", "transfer");
    private static readonly PhraseMatcher<bool> CrossReferences = ClaimWords.Matcher("crossborder", "cross-reference");

    private readonly ImmutableArray<CrossBorderClaim>.Builder _claims = ImmutableArray.CreateBuilder<CrossBorderClaim>();

    public void Add(ClaimSentence sentence)
    {
        var text = sentence.Text;
        var span = sentence.Span;
        var abroad = AbroadWords.FindAll(text, span.Start, span.End);

        // "提供跨境商品": the place word names the goods the business trades, not where the data goes.
        var trade = NotAbroadWords.FindAll(text, span.Start, span.End);
        abroad.RemoveAll(word => trade.Exists(name => name.Start <= word.Start && word.Start + word.Length <= name.Start + name.Length));
        var inCountry = InCountryWords.FindAll(text, span.Start, span.End);
        if ((abroad.Count == 0 && inCountry.Count == 0) || !TransferWords.Any(text, span.Start, span.End) || sentence.IsDefinition
            || CrossReferences.Any(text, span.Start, span.End))
        {
            return;
        }

        if (abroad.Count == 0)
        {
            _claims.Add(new CrossBorderClaim(CrossBorderClaimKind.StaysInCountry, sentence.Categories, sentence.Evidence, sentence.Hedge is { } hedge ? ClaimSentence.Reason("hedged", hedge) : null));
            return;
        }

        // "不会传输至境外": the transfer, or the place, negated in its clause.
        var negated = ClauseNegation.IsNegated(text, span, abroad[0].Start)
            || TransferWords.FindAll(text, span.Start, abroad[0].Start).Exists(verb => ClauseNegation.IsNegated(text, span, verb.Start));
        if (negated)
        {
            _claims.Add(new CrossBorderClaim(CrossBorderClaimKind.StaysInCountry, sentence.Categories, sentence.Evidence, unclearReason: null));
            return;
        }

        var unclear = sentence.Unreadable
            ?? (sentence.Condition is { } condition ? ClaimSentence.Reason("conditional", condition) : null)
            ?? (sentence.ExampleBetween(span.Start, span.End) is { } example ? ClaimSentence.Reason("an example", example) : null)
            ?? (sentence.Hedge is { } hedged ? ClaimSentence.Reason("hedged", hedged) : null);
        _claims.Add(new CrossBorderClaim(CrossBorderClaimKind.TransferredAbroad, sentence.Categories, sentence.Evidence, unclear));
    }

    public ImmutableArray<CrossBorderClaim> Build() => _claims.ToImmutable();
}
