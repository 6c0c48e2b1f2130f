using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// PII0004: personal data exposed through ToString. Reports a user-written ToString override (or a record's PrintMembers)
/// that prints a personal member, and a whole object converted to text (interpolation, concatenation,
/// <c>string.Format</c>/<c>Concat</c>/<c>Join</c>, <c>StringBuilder.Append</c>, <c>ToString()</c>) whose ToString prints
/// personal members: a record's compiler-generated one, or such an override.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ToStringExposureAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.ToStringOverrideExposesPersonalData,
        DiagnosticDescriptors.ObjectToStringExposesPersonalData);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var model = PersonalDataModel.GetOrCreate(start.Compilation, start.Options);
            if (!model.Markers.AnyMarkerVisible)
            {
                return;
            }

            var tracker = PersonalDataTracker.Create(start.Compilation, model, Sanitizers.Create(start.Compilation, start.Options));
            var analyzer = new AnalyzerContext(start.Compilation, tracker);
            start.RegisterOperationAction(analyzer.AnalyzeInterpolation, OperationKind.Interpolation, OperationKind.InterpolatedStringAppendFormatted);
            start.RegisterOperationAction(analyzer.AnalyzeBinary, OperationKind.Binary);
            start.RegisterOperationAction(analyzer.AnalyzeInvocation, OperationKind.Invocation);
            start.RegisterOperationAction(analyzer.AnalyzeReturn, OperationKind.Return);
        });
    }

    private sealed class AnalyzerContext
    {
        private readonly PersonalDataTracker _tracker;
        private readonly INamedTypeSymbol? _stringBuilder;

        public AnalyzerContext(Compilation compilation, PersonalDataTracker tracker)
        {
            _tracker = tracker;
            _stringBuilder = compilation.GetTypeByMetadataName("System.Text.StringBuilder");
        }

        public void AnalyzeInterpolation(OperationAnalysisContext context)
        {
            switch (context.Operation)
            {
                case IInterpolationOperation interpolation:
                    CheckConversion(context, interpolation.Expression);
                    break;
                case IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation { Arguments.Length: > 0 } call }:
                    CheckConversion(context, call.Arguments[0].Value);
                    break;
            }
        }

        public void AnalyzeBinary(OperationAnalysisContext context)
        {
            var binary = (IBinaryOperation)context.Operation;
            if (binary.OperatorKind == BinaryOperatorKind.Add && binary.Type?.SpecialType == SpecialType.System_String)
            {
                CheckConversion(context, binary.LeftOperand);
                CheckConversion(context, binary.RightOperand);
            }
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;

            if (method.Name == "ToString" && method.Parameters.IsEmpty && invocation.Instance is { } instance)
            {
                CheckConversion(context, instance);
                return;
            }

            var containing = method.ContainingType;
            var formatsArguments = (containing?.SpecialType == SpecialType.System_String && method.IsStatic && method.Name is "Format" or "Concat")
                || (_stringBuilder is not null && SymbolEqualityComparer.Default.Equals(containing, _stringBuilder) && method.Name is "Append" or "AppendLine" or "AppendFormat" or "Insert");
            if (formatsArguments)
            {
                if (IsInUserPrintMembers(context, invocation))
                {
                    return;
                }

                foreach (var value in ArgumentValues(invocation))
                {
                    CheckConversion(context, value);
                }
            }
            else if (containing?.SpecialType == SpecialType.System_String && method.IsStatic && method.Name == "Join")
            {
                foreach (var argument in invocation.Arguments)
                {
                    CheckElements(context, argument.Value);
                }
            }
        }

        public void AnalyzeReturn(OperationAnalysisContext context)
        {
            var ret = (IReturnOperation)context.Operation;
            if (ret.ReturnedValue is not { } value
                || context.ContainingSymbol is not IMethodSymbol { Name: "ToString", IsOverride: true, Parameters.IsEmpty: true } method
                || InsideLambda(ret))
            {
                return;
            }

            ReportOverride(context, method.ContainingType, value);
        }

        // builder.Append(Email) in a record's own PrintMembers: the override prints a personal member.
        private bool IsInUserPrintMembers(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            if (context.ContainingSymbol is not IMethodSymbol { Name: "PrintMembers", Parameters.Length: 1 } printMembers
                || !printMembers.ContainingType.IsRecord
                || Receiver(invocation) is not IParameterReferenceOperation receiver
                || !SymbolEqualityComparer.Default.Equals(receiver.Parameter, printMembers.Parameters[0]))
            {
                return false;
            }

            foreach (var value in ArgumentValues(invocation))
            {
                ReportOverride(context, printMembers.ContainingType, value);
            }

            return true;
        }

        private void ReportOverride(OperationAnalysisContext context, INamedTypeSymbol type, IOperation value)
        {
            var flow = _tracker.Track(value, ValueUse.AsText, context.CancellationToken);
            if (!flow.IsEmpty)
            {
                context.ReportDiagnostic(LeakDiagnostics.Create(
                    DiagnosticDescriptors.ToStringOverrideExposesPersonalData, value.Syntax.GetLocation(), flow.IsSensitive, properties: null, type.Name, flow.Describe()));
            }
        }

        private void CheckConversion(OperationAnalysisContext context, IOperation value)
        {
            var operand = StripImplicitConversions(value);
            if (operand.Type is INamedTypeSymbol { SpecialType: SpecialType.None } type)
            {
                Report(context, operand, type);
            }
        }

        // string.Join(", ", customers): each element is converted with its ToString.
        private void CheckElements(OperationAnalysisContext context, IOperation value)
        {
            var operand = StripImplicitConversions(value);
            var element = operand.Type switch
            {
                IArrayTypeSymbol array => array.ElementType,
                INamedTypeSymbol named => WellKnownTypes.EnumerableElement(named),
                _ => null,
            };
            if (element is INamedTypeSymbol { SpecialType: SpecialType.None } elementType)
            {
                Report(context, operand, elementType);
            }
        }

        private void Report(OperationAnalysisContext context, IOperation operand, INamedTypeSymbol type)
        {
            var exposure = _tracker.GetToStringExposure(type);
            if (exposure.IsEmpty)
            {
                return;
            }

            var properties = CanAddPrintMembers(type)
                ? ImmutableDictionary<string, string?>.Empty.Add(LeakDiagnostics.PrintMembersTypeProperty, DocumentationCommentId.CreateDeclarationId(type))
                : null;
            context.ReportDiagnostic(LeakDiagnostics.Create(
                DiagnosticDescriptors.ObjectToStringExposesPersonalData,
                operand.Syntax.GetLocation(),
                exposure.Any(source => source.IsSensitive),
                properties,
                type.Name,
                PersonalDataFlow.Describe(exposure)));
        }

        // A record declared in this compilation, deriving from no other record, using the compiler's ToString and PrintMembers.
        private static bool CanAddPrintMembers(INamedTypeSymbol type) =>
            type.IsRecord
            && !type.DeclaringSyntaxReferences.IsEmpty
            && type.BaseType?.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType
            && PersonalDataTracker.FindUserWrittenToString(type) is null;

        private static bool InsideLambda(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        private static IOperation StripImplicitConversions(IOperation value)
        {
            while (value is IConversionOperation { IsImplicit: true } conversion)
            {
                value = conversion.Operand;
            }

            return value;
        }

        private static IOperation? Receiver(IInvocationOperation invocation)
        {
            var receiver = invocation.Instance;
            while (receiver is IInvocationOperation inner)
            {
                receiver = inner.Instance;
            }

            return receiver;
        }

        private static ImmutableArray<IOperation> ArgumentValues(IInvocationOperation invocation)
        {
            var values = ImmutableArray.CreateBuilder<IOperation>();
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Type is { TypeKind: TypeKind.Delegate } or { Name: "IFormatProvider" })
                {
                    continue;
                }

                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
                {
                    values.AddRange(initializer.ElementValues);
                }
                else if (argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    values.Add(argument.Value);
                }
            }

            return values.ToImmutable();
        }
    }
}
