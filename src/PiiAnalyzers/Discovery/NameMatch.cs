namespace PiiAnalyzers.Discovery;

/// <summary>What <see cref="PersonalDataNameMatcher.Assess(string?, string?)"/> found in a name: the vocabulary term and how sure the match is.</summary>
public sealed class NameMatch
{
    public NameMatch(VocabularyTerm term, DiscoveryConfidence confidence)
    {
        Term = term;
        Confidence = confidence;
    }

    public VocabularyTerm Term { get; }

    public DiscoveryConfidence Confidence { get; }
}
