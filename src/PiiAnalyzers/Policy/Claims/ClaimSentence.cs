using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Policy.Claims;

/// <summary>One sentence as every kind of claim sees it: its text, its cues, the categories it names and its evidence.</summary>
internal sealed class ClaimSentence
{
    private const int MaxEvidenceLength = 300;

    public ClaimSentence(PolicyLine line, TextSpan span, IReadOnlyList<CategoryMention> mentions, PolicySectionKind sectionKind, Cue cues)
    {
        Line = line;
        Span = span;
        Mentions = mentions;
        SectionKind = sectionKind;
        Cues = cues;
        Categories = mentions.Select(mention => mention.CategoryId).Distinct(StringComparer.Ordinal).ToImmutableArray();
        Evidence = new PolicyEvidence(line.LineAt(span.Start), EvidenceText(line.Text, span));
    }

    public PolicyLine Line { get; }

    public string Text => Line.Text;

    public TextSpan Span { get; }

    public IReadOnlyList<CategoryMention> Mentions { get; }

    public PolicySectionKind SectionKind { get; }

    public Cue Cues { get; }

    /// <summary>The categories the sentence names, each once, in order of first mention.</summary>
    public ImmutableArray<string> Categories { get; }

    public PolicyEvidence Evidence { get; }

    private static string EvidenceText(string text, TextSpan sentence)
    {
        var evidence = text.Substring(sentence.Start, Math.Min(sentence.Length, MaxEvidenceLength)).Trim();
        return sentence.Length > MaxEvidenceLength ? evidence + "…" : evidence;
    }
}
