using System;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Discovery;

namespace PiiAnalyzers.Options;

/// <summary>
/// The leak rules' inference settings for one file, read by <see cref="PiiOptions.ReadInferenceOptions"/>: whether members
/// that look like personal data count as personal data when nothing marks them, from which confidence, and at which
/// severity a finding about inferred data alone is reported.
/// </summary>
public sealed class InferenceOptions
{
    private InferenceOptions(bool enabled, DiscoveryConfidence minConfidence, ReportDiagnostic severity)
    {
        Enabled = enabled;
        MinConfidence = minConfidence;
        Severity = severity;
    }

    /// <summary>
    /// On, from <see cref="DiscoveryConfidence.High"/>, reported as suggestions (Info): a build the package was just added to
    /// does not fail on a guess. <c>pii scan</c> reports them as warnings unless the <c>.editorconfig</c> says otherwise.
    /// </summary>
    public static InferenceOptions Default { get; } = new(true, DiscoveryConfidence.High, ReportDiagnostic.Info);

    /// <summary><c>pii_inference</c>: <c>false</c> turns inference off for the file.</summary>
    public bool Enabled { get; }

    /// <summary><c>pii_inference_min_confidence</c>: <c>high</c> (the default), <c>medium</c> or <c>low</c>.</summary>
    public DiscoveryConfidence MinConfidence { get; }

    /// <summary>
    /// <c>pii_inference_severity</c>: <c>error</c>, <c>warning</c>, <c>suggestion</c> (the default) or <c>silent</c>; the
    /// severity of a finding whose data is all inferred. <c>dotnet_diagnostic.ID.severity</c> still overrides it.
    /// </summary>
    public ReportDiagnostic Severity { get; }

    /// <param name="enabled">The <c>pii_inference</c> value, or null; anything but <c>false</c> leaves inference on.</param>
    /// <param name="minConfidence">The <c>pii_inference_min_confidence</c> value, or null; unknown values keep <c>high</c>.</param>
    /// <param name="severity">The <c>pii_inference_severity</c> value, or null; unknown values keep <c>suggestion</c>.</param>
    public static InferenceOptions Parse(string? enabled, string? minConfidence, string? severity)
    {
        var isEnabled = !string.Equals(enabled?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        var confidence = minConfidence?.Trim().ToLowerInvariant() switch
        {
            "low" => DiscoveryConfidence.Low,
            "medium" => DiscoveryConfidence.Medium,
            _ => DiscoveryConfidence.High,
        };
        var reported = severity?.Trim().ToLowerInvariant() switch
        {
            "error" => ReportDiagnostic.Error,
            "warning" => ReportDiagnostic.Warn,
            "silent" or "hidden" => ReportDiagnostic.Hidden,
            "none" => ReportDiagnostic.Suppress,
            _ => ReportDiagnostic.Info,
        };

        return isEnabled && confidence == DiscoveryConfidence.High && reported == ReportDiagnostic.Info
            ? Default
            : new InferenceOptions(isEnabled, confidence, reported);
    }
}
