using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Cli.Annotating;

/// <summary>How sure discovery (PII0006) is that a member holds the personal data it suggests.</summary>
internal enum Confidence
{
    Low,
    Medium,
    High,
}

/// <summary>
/// The confidence a PII0006 diagnostic carries in its <c>Confidence</c> property (<c>high</c>, <c>medium</c> or
/// <c>low</c>). A diagnostic without the property counts as <c>high</c>: the analyzers that predate it report only what
/// they are sure of. A value this command does not know counts as <c>low</c>, so that only
/// <c>--min-confidence low</c> annotates it.
/// </summary>
internal static class ConfidenceFilter
{
    /// <summary>The diagnostic property that holds the confidence.</summary>
    public const string Property = "Confidence";

    /// <summary>Reads <c>high</c>, <c>medium</c> or <c>low</c>, in any casing.</summary>
    public static bool TryParse(string? text, out Confidence confidence)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "high":
                confidence = Confidence.High;
                return true;
            case "medium":
                confidence = Confidence.Medium;
                return true;
            case "low":
                confidence = Confidence.Low;
                return true;
            default:
                confidence = Confidence.High;
                return false;
        }
    }

    /// <summary>The confidence of <paramref name="diagnostic"/>.</summary>
    public static Confidence Of(Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(Property, out var value) || value is null)
        {
            return Confidence.High;
        }

        return TryParse(value, out var confidence) ? confidence : Confidence.Low;
    }

    /// <summary>Whether <paramref name="diagnostic"/> is at least as sure as <paramref name="minimum"/>.</summary>
    public static bool Meets(Diagnostic diagnostic, Confidence minimum) => Of(diagnostic) >= minimum;
}
