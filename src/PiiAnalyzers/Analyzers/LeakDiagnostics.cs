using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// Creates the leak diagnostics (PII0001–PII0005): at the descriptor's default severity (warning), raised to error when the
/// data is sensitive. Data that is only inferred from a member's name or type is reported with the rule's "inferred"
/// descriptor (same id, a message that says what it was inferred from) at the file's <c>pii_inference_severity</c>, so
/// that a guess never fails a build by default. A <c>dotnet_diagnostic.ID.severity</c> entry in <c>.editorconfig</c> still
/// applies to both, because the compiler applies it after the analyzer reports.
/// </summary>
public static class LeakDiagnostics
{
    /// <summary>The property the PII0004 code fix reads: the documentation id of a record that a PrintMembers override can fix.</summary>
    public const string PrintMembersTypeProperty = "PrintMembersType";

    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        bool isSensitive,
        ImmutableDictionary<string, string?>? properties,
        params object[] messageArguments) =>
        Diagnostic.Create(
            descriptor,
            location,
            isSensitive ? DiagnosticSeverity.Error : descriptor.DefaultSeverity,
            additionalLocations: null,
            properties,
            messageArguments);

    /// <summary>
    /// The diagnostic for these sources reaching <paramref name="target"/>; null when the data is all inferred and the
    /// file's <c>pii_inference_severity</c> is <c>none</c>.
    /// </summary>
    /// <param name="rule">The rule's descriptor and its inferred twin.</param>
    /// <param name="location">Where the data reaches the sink.</param>
    /// <param name="sources">The personal data that reaches it.</param>
    /// <param name="inference">The inference settings of the file.</param>
    /// <param name="properties">Properties for a code fix; null when none.</param>
    /// <param name="target">The sink, as the message names it.</param>
    public static Diagnostic? Create(
        LeakRule rule,
        Location location,
        ImmutableArray<PersonalDataSource> sources,
        InferenceOptions inference,
        ImmutableDictionary<string, string?>? properties,
        string target)
    {
        // Marked or framework data decides the severity as usual; inferred data alone, the user's setting.
        var known = sources.Where(source => !source.IsInferred).ToImmutableArray();
        var severity = known.IsEmpty
            ? ToSeverity(inference.Severity)
            : rule.RaisedWhenSensitive && known.Any(source => source.IsSensitive) ? DiagnosticSeverity.Error : rule.Descriptor.DefaultSeverity;
        if (severity is null)
        {
            return null;
        }

        var described = PersonalDataFlow.Describe(sources);
        return sources.FirstOrDefault(source => source.IsInferred)?.Member.Inference is { } evidence
            ? Diagnostic.Create(rule.Inferred, location, severity.Value, additionalLocations: null, properties, described, target, evidence.EvidenceText)
            : Diagnostic.Create(rule.Descriptor, location, severity.Value, additionalLocations: null, properties, described, target);
    }

    private static DiagnosticSeverity? ToSeverity(ReportDiagnostic report) =>
        report switch
        {
            ReportDiagnostic.Error => DiagnosticSeverity.Error,
            ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
            ReportDiagnostic.Info => DiagnosticSeverity.Info,
            ReportDiagnostic.Hidden => DiagnosticSeverity.Hidden,
            _ => null,
        };
}

/// <summary>A leak rule's two descriptors: for marked or framework data, and for data inferred from a name or type.</summary>
public sealed class LeakRule
{
    public LeakRule(DiagnosticDescriptor descriptor, DiagnosticDescriptor inferred, bool raisedWhenSensitive)
    {
        Descriptor = descriptor;
        Inferred = inferred;
        RaisedWhenSensitive = raisedWhenSensitive;
    }

    public static LeakRule Log { get; } = new(DiagnosticDescriptors.PersonalDataInLog, DiagnosticDescriptors.PersonalDataInLogInferred, true);

    public static LeakRule ExceptionMessage { get; } =
        new(DiagnosticDescriptors.PersonalDataInExceptionMessage, DiagnosticDescriptors.PersonalDataInExceptionMessageInferred, true);

    public static LeakRule Storage { get; } =
        new(DiagnosticDescriptors.PersonalDataStoredUnencrypted, DiagnosticDescriptors.PersonalDataStoredUnencryptedInferred, true);

    public static LeakRule EntityStorage { get; } =
        new(DiagnosticDescriptors.EntityPropertyStoredUnencrypted, DiagnosticDescriptors.EntityPropertyStoredUnencryptedInferred, true);

    /// <summary>PII0005 stays a warning whatever the data: the rule is about a missing declaration.</summary>
    public static LeakRule Sharing { get; } =
        new(DiagnosticDescriptors.PersonalDataSharedUndeclared, DiagnosticDescriptors.PersonalDataSharedUndeclaredInferred, false);

    public DiagnosticDescriptor Descriptor { get; }

    public DiagnosticDescriptor Inferred { get; }

    /// <summary>Whether sensitive data raises the finding to an error.</summary>
    public bool RaisedWhenSensitive { get; }
}
