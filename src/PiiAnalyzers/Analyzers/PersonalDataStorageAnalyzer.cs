using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Model;

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
            var sinks = StorageSinks.Resolve(start.Compilation, start.Options);
            var anyInvocationSink = sinks.AnyInvocationSink || sinks.AnyConfigured();
            if (!anyInvocationSink && !sinks.AnyParameterType)
            {
                return;
            }

            var model = PersonalDataModel.GetOrCreateForLeaks(start.Compilation, start.Options);
            var tracker = PersonalDataTracker.Create(start.Compilation, model, Sanitizers.Create(start.Compilation, start.Options));
            var analyzer = new AnalyzerContext(sinks, tracker, new EncryptionRequirements(start.Options));
            if (anyInvocationSink)
            {
                start.RegisterOperationAction(analyzer.AnalyzeInvocation, OperationKind.Invocation);
            }

            if (sinks.AnyParameterType)
            {
                start.RegisterOperationAction(analyzer.AnalyzeObjectCreation, OperationKind.ObjectCreation);
                start.RegisterOperationAction(analyzer.AnalyzeAssignment, OperationKind.SimpleAssignment);
            }
        });
    }

    private sealed class AnalyzerContext
    {
        private static readonly ImmutableDictionary<string, string?> ProtectString =
            ImmutableDictionary<string, string?>.Empty.Add(ProtectAsProperty, ProtectAsString);

        private static readonly ImmutableDictionary<string, string?> ProtectBytes =
            ImmutableDictionary<string, string?>.Empty.Add(ProtectAsProperty, ProtectAsBytes);

        private readonly StorageSinks _sinks;
        private readonly PersonalDataTracker _tracker;
        private readonly EncryptionRequirements _requirements;

        public AnalyzerContext(StorageSinks sinks, PersonalDataTracker tracker, EncryptionRequirements requirements)
        {
            _sinks = sinks;
            _tracker = tracker;
            _requirements = requirements;
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!_sinks.TryMatch(invocation, out var sink))
            {
                return;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (!_sinks.IsPayload(argument, sink))
                {
                    continue;
                }

                // writer.Write(format, params object[] args): each element is its own value.
                switch (argument.Value)
                {
                    case IArrayCreationOperation { IsImplicit: true, Initializer: { } initializer } when argument.ArgumentKind == ArgumentKind.ParamArray:
                        foreach (var element in initializer.ElementValues)
                        {
                            Check(context, element, sink.Name, sink.Use);
                        }

                        break;
                    case ICollectionExpressionOperation collection when argument.ArgumentKind == ArgumentKind.ParamCollection:
                        foreach (var element in collection.Elements)
                        {
                            Check(context, element, sink.Name, sink.Use);
                        }

                        break;
                    default:
                        Check(context, argument.Value, sink.Name, sink.Use);
                        break;
                }
            }
        }

        public void AnalyzeObjectCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (!_sinks.TryMatch(creation, out var sinkName))
            {
                return;
            }

            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter?.Name == "value" && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    Check(context, argument.Value, sinkName, ValueUse.AsValue);
                }
            }
        }

        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (_sinks.TryMatch(assignment, out var sinkName))
            {
                Check(context, assignment.Value, sinkName, ValueUse.AsValue);
            }
        }

        private void Check(OperationAnalysisContext context, IOperation value, string sinkName, ValueUse use)
        {
            var flow = _tracker.Track(value, use, context.CancellationToken);
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
