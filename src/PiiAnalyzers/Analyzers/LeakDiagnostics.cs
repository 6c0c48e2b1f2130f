using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// Creates the leak diagnostics (PII0001, PII0002, PII0003, PII0004): at the descriptor's default severity (warning), raised to
/// error when the data is sensitive. A <c>dotnet_diagnostic.ID.severity</c> entry in <c>.editorconfig</c> still applies
/// to both, because the compiler applies it after the analyzer reports.
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
}
