using System.Collections.Generic;
using System.Collections.Immutable;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>
/// Necessity claims: the policy calls data required for the service ("注册时必须提供手机号码", "如您拒绝提供，将无法注册")
/// or optional ("选填", "不提供不影响您使用", "如您拒绝提供，将无法使用该功能", a refusal that costs one feature and not the
/// service). A sentence that names no data claims nothing unless it points back at the data of the sentence before
/// ("以上为必要信息"); a definition claims nothing; a hedge makes the claim unclear, and so does a refusal whose cost the
/// sentence does not name ("将无法为您提供服务" without saying which).
/// </summary>
internal sealed class NecessityClaims
{
    private static readonly PhraseMatcher<bool> RequiredWords = ClaimWords.Matcher("necessity", "required");
    private static readonly PhraseMatcher<bool> OptionalWords = ClaimWords.Matcher("necessity", "optional");
    private static readonly PhraseMatcher<bool> RefusalWords = ClaimWords.Matcher("necessity", "refusal");
    private static readonly PhraseMatcher<bool> CannotWords = ClaimWords.Matcher("necessity", "cannot");
    private static readonly PhraseMatcher<bool> BasicServiceWords = ClaimWords.Matcher("necessity", "basic-service");
    private static readonly PhraseMatcher<bool> FeatureOnlyWords = ClaimWords.Matcher("necessity", "feature-only");
    private static readonly PhraseMatcher<bool> Anaphors = ClaimWords.Matcher("claims", "anaphor");

    private readonly ImmutableArray<NecessityClaim>.Builder _claims = ImmutableArray.CreateBuilder<NecessityClaim>();

    public void Add(ClaimSentence sentence)
    {
        if (!sentence.Cues.Has(Cue.Necessity) || sentence.IsDefinition)
        {
            return;
        }

        var text = sentence.Text;
        var span = sentence.Span;
        var categories = sentence.Categories;
        if (categories.IsEmpty && Anaphors.Any(text, span.Start, span.End))
        {
            categories = sentence.PrecedingCategories;
        }

        if (categories.IsEmpty)
        {
            return;
        }

        var required = IsRequired(text, span, out var marker, out var unclear);
        if (required is null)
        {
            return;
        }

        // "乘车人姓名（选填）、手机号码": a marker in brackets is about the data right before it, not the whole list.
        if (marker > span.Start && text[marker - 1] is '（' or '(' && MentionEndingAt(sentence.Mentions, marker - 1) is { } marked)
        {
            categories = ImmutableArray.Create(marked.CategoryId);
        }

        unclear = sentence.Unreadable ?? (sentence.Hedge is { } hedge ? ClaimSentence.Reason("hedged", hedge) : null) ?? unclear;
        _claims.Add(new NecessityClaim(categories, required.Value, sentence.Evidence, unclear));
    }

    public ImmutableArray<NecessityClaim> Build() => _claims.ToImmutable();

    private static CategoryMention? MentionEndingAt(IReadOnlyList<CategoryMention> mentions, int end)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start + mention.Length == end)
            {
                return mention;
            }
        }

        return null;
    }

    // True for required, false for optional, null when the sentence says neither. An optional word wins: "非必要信息"
    // holds "必要信息", and "不提供不影响您使用" holds a refusal.
    // The position of the marker word is where an optional or required word stands (-1 for a refusal).
    private static bool? IsRequired(string text, TextSpan span, out int marker, out string? unclear)
    {
        unclear = null;
        marker = -1;
        if (OptionalWords.TryFindFirst(text, span.Start, span.End, out var optional))
        {
            marker = optional.Start;
            return false;
        }

        foreach (var requiredWord in RequiredWords.Matches(text, span.Start, span.End))
        {
            if (!ClauseNegation.IsNegated(text, span, requiredWord.Start))
            {
                marker = requiredWord.Start;
                return true;
            }
        }

        if (!RefusalWords.TryFindFirst(text, span.Start, span.End, out var refusal))
        {
            return null;
        }

        var refusedAt = refusal.Start + refusal.Length;
        if (!CannotWords.Any(text, refusedAt, span.End))
        {
            return null;
        }

        // What the refusal costs, said after it ("将无法使用该功能", "部分功能无法使用"): one feature leaves the data optional
        // for the service; the account or the service itself makes it required.
        if (FeatureOnlyWords.Any(text, refusedAt, span.End))
        {
            return false;
        }

        if (!BasicServiceWords.Any(text, refusedAt, span.End))
        {
            unclear = "does not say what a refusal prevents";
        }

        return true;
    }
}
