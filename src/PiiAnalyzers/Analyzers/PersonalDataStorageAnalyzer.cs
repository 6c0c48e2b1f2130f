using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// PII0002, where a value is stored: personal data that must be encrypted (sensitive, or all with
/// <c>pii_require_encryption = all</c>) written to a file, a cookie, the session, a distributed cache, Redis or an
/// ADO.NET/Dapper parameter (see <see cref="StorageSinks"/>). Follows each stored value through the method body (see
/// <see cref="PersonalDataTracker"/>): a value protected, encrypted or hashed on the way is not reported. EF Core entity
/// properties are checked by <see cref="EntityStorageAnalyzer"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataStorageAnalyzer : DiagnosticAnalyzer
{
    /// <summary>
    /// The property the "protect" code fix reads: <c>string</c> or <c>bytes</c> when the stored value is one that
    /// <c>IDataProtector.Protect</c> takes.
    /// </summary>
    public const string ProtectAsProperty = "ProtectAs";

    public const string ProtectAsString = "string";

    public const string ProtectAsBytes = "bytes";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PersonalDataStoredUnencrypted, DiagnosticDescriptors.PersonalDataStoredUnencryptedInferred);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var tracking = LeakTracking.For(start.Compilation, start.Options);
            var kinds = LeakTracking.OperationKindsFor(tracking.Storage.OperationKinds);
            if (kinds.IsEmpty)
            {
                return;
            }

            var analyzer = new AnalyzerContext(tracking, new EncryptionRequirements(start.Options));
            start.RegisterOperationAction(analyzer.Analyze, kinds);
        });
    }

    private sealed class AnalyzerContext
    {
        private static readonly ImmutableDictionary<string, string?> ProtectString =
            ImmutableDictionary<string, string?>.Empty.Add(ProtectAsProperty, ProtectAsString);

        private static readonly ImmutableDictionary<string, string?> ProtectBytes =
            ImmutableDictionary<string, string?>.Empty.Add(ProtectAsProperty, ProtectAsBytes);

        private readonly LeakTracking _tracking;
        private readonly PersonalDataTracker _tracker;
        private readonly EncryptionRequirements _requirements;

        public AnalyzerContext(LeakTracking tracking, EncryptionRequirements requirements)
        {
            _tracking = tracking;
            _tracker = tracking.Tracker;
            _requirements = requirements;
        }

        // What a call, a constructor or an assignment stores; and the arguments of a call to a method of the compilation
        // that stores what it is given.
        public void Analyze(OperationAnalysisContext context)
        {
            foreach (var payload in _tracking.Storage.Payloads(context.Operation))
            {
                Check(context, payload);
            }

            foreach (var payload in _tracker.CalleePayloads(context.Operation, SinkFamily.Storage, context.CancellationToken))
            {
                Check(context, payload);
            }
        }

        private void Check(OperationAnalysisContext context, SinkPayload payload)
        {
            var (value, sinkName) = (payload.Value, payload.SinkName);
            var flow = _tracker.Track(payload, context.CancellationToken);
            if (flow.IsEmpty)
            {
                return;
            }

            var tree = value.Syntax.SyntaxTree;
            var unencrypted = flow.Sources.Where(source => _requirements.MustBeEncrypted(source.Member, tree)).ToImmutableArray();
            if (unencrypted.IsEmpty)
            {
                return;
            }

            if (LeakDiagnostics.Create(
                LeakRule.Storage, value.Syntax.GetLocation(), unencrypted, _tracker.Model.InferenceSettingsFor(tree), ProtectProperties(value), sinkName) is { } diagnostic)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }

        // What IDataProtector.Protect could take in the value's place: a string (DataProtectionCommonExtensions) or bytes.
        private static ImmutableDictionary<string, string?>? ProtectProperties(IOperation value)
        {
            var type = value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand.Type : value.Type;
            return type switch
            {
                { SpecialType: SpecialType.System_String } => ProtectString,
                IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte } => ProtectBytes,
                _ => null,
            };
        }
    }
}
