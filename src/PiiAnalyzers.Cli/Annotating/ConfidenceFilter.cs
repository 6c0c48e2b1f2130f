using Microsoft.CodeAnalysis;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Discovery;

namespace PiiAnalyzers.Cli.Annotating;

/// <summary>
/// The confidence a PII0006 diagnostic carries in its <c>Confidence</c> property (<c>high</c>, <c>medium</c> or
/// <c>low</c>). A diagnostic without the property counts as <c>high</c>: the analyzers that predate it report only what
/// they are sure of. A value this command does not know counts as <c>low</c>, so that only
/// <c>--min-confidence low</c> annotates it.
/// </summary>
internal static class ConfidenceFilter
{
    /// <summary>The diagnostic property that holds the confidence.</summary>
    public const string Property = UnannotatedPersonalDataAnalyzer.ConfidenceProperty;

    /// <summary>Reads <c>high</c>, <c>medium</c> or <c>low</c>, in any casing.</summary>
    public static bool TryParse(string? text, out DiscoveryConfidence confidence)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "high":
                confidence = DiscoveryConfidence.High;
                return true;
            case "medium":
                confidence = DiscoveryConfidence.Medium;
                return true;
            case "low":
                confidence = DiscoveryConfidence.Low;
                return true;
            default:
                confidence = DiscoveryConfidence.High;
                return false;
        }
    }

    /// <summary>The confidence of <paramref name="diagnostic"/>.</summary>
    public static DiscoveryConfidence Of(Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(Property, out var value) || value is null)
        {
            return DiscoveryConfidence.High;
        }

        return TryParse(value, out var confidence) ? confidence : DiscoveryConfidence.Low;
    }

    /// <summary>Whether <paramref name="diagnostic"/> is at least as sure as <paramref name="minimum"/>.</summary>
    public static bool Meets(Diagnostic diagnostic, DiscoveryConfidence minimum) => Of(diagnostic) >= minimum;
}
