using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>
/// Claims that information is required: a sentence that says the user must give the data it names ("您必须提供手机号码",
/// "you must provide your email address"), or that the service cannot be had without it ("如您不提供上述信息，将无法完成注册").
/// A sentence that says data may be declined ("非必要信息", "不影响您使用") claims nothing required; a hedge or an example
/// makes the claim unclear.
/// </summary>
internal sealed class RequiredClaims
{
    private static readonly PhraseMatcher<bool> Required = ClaimWords.Matcher("necessity", "required");
    private static readonly PhraseMatcher<bool> IfDeclined = ClaimWords.Matcher("necessity", "if-declined");
    private static readonly PhraseMatcher<bool> Cannot = ClaimWords.Matcher("necessity", "cannot");
    private static readonly PhraseMatcher<bool> Optional = ClaimWords.Matcher("necessity", "optional");

    private readonly ImmutableArray<RequiredClaim>.Builder _claims = ImmutableArray.CreateBuilder<RequiredClaim>();

    public void Add(ClaimSentence sentence)
    {
        var (text, span) = (sentence.Text, sentence.Span);
        if (sentence.Categories.IsEmpty || sentence.IsDefinition || Optional.FindAll(text, span.Start, span.End).Count > 0)
        {
            return;
        }

        var saysRequired = Required.FindAll(text, span.Start, span.End).Count > 0
            || IfDeclined.FindAll(text, span.Start, span.End).Any(declined => Cannot.FindAll(text, declined.Start + declined.Length, span.End).Count > 0);
        if (!saysRequired)
        {
            return;
        }

        var unclear = sentence.Unreadable
            ?? (sentence.ExampleBetween(span.Start, span.End) is { } example ? ClaimSentence.Reason("an example", example) : null)
            ?? (sentence.Hedge is { } hedge ? ClaimSentence.Reason("hedged", hedge) : null);
        _claims.Add(new RequiredClaim(sentence.Categories, sentence.Evidence, unclear));
    }

    public ImmutableArray<RequiredClaim> Build() => _claims.ToImmutable();
}
