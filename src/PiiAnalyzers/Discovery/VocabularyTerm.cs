using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Discovery;

/// <summary>
/// One way a name can say which personal data it holds: the words of the term (<c>id card</c>, <c>shou ji hao</c>), the
/// category it suggests, and how much it says on its own. A term matches a name however its words are cased or joined:
/// <c>IdCard</c>, <c>idcard</c> and <c>id_card</c> all match <c>id card</c>.
/// </summary>
public sealed class VocabularyTerm
{
    public VocabularyTerm(
        string phrase,
        string categoryId,
        TermStrength strength,
        ImmutableArray<string> negatives = default,
        ImmutableArray<string> contextWords = default)
    {
        Words = NameSplitter.Split(phrase);
        Key = string.Concat(Words);
        CategoryId = categoryId;
        Strength = strength;
        Negatives = negatives.IsDefault ? ImmutableHashSet<string>.Empty : negatives.ToImmutableHashSet();
        ContextWords = contextWords.IsDefault ? ImmutableHashSet<string>.Empty : contextWords.ToImmutableHashSet();
    }

    /// <summary>The term's words, lowercase.</summary>
    public ImmutableArray<string> Words { get; }

    /// <summary>The words joined without separators: what a name is matched against.</summary>
    public string Key { get; }

    public string CategoryId { get; }

    public TermStrength Strength { get; }

    /// <summary>Words that, standing before this term in a name, say it is not personal data, besides the category's own.</summary>
    public ImmutableHashSet<string> Negatives { get; }

    /// <summary>
    /// When not empty, one of these words must stand before the term or in the name of the type that declares it for the
    /// term to mean personal data: a <c>SecurityCode</c> is a card's on a <c>PaymentCard</c> or as <c>CardSecurityCode</c>.
    /// </summary>
    public ImmutableHashSet<string> ContextWords { get; }

    public override string ToString() => string.Join(" ", Words.AsEnumerable()) + " → " + CategoryId;
}
