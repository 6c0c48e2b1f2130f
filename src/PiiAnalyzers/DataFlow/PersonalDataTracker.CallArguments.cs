using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.DataFlow;

public sealed partial class PersonalDataTracker
{
    private readonly ConditionalWeakTable<IOperation, StrongBox<bool>> _callsCarrying = new();

    // Whether any argument of a call carries personal data, as a value or as text: a call none of whose arguments does can
    // hand nothing on, so the callee's summary (its whole call graph, the methods of the types it stores into) is never
    // computed for it. Most calls are such calls; the leak rules of every family ask about the same call, so the answer
    // is kept with it.
    private bool AnyArgumentCarries(IOperation call, ImmutableArray<IArgumentOperation> arguments, CancellationToken cancellationToken) =>
        _callsCarrying.GetValue(call, _ => new StrongBox<bool>(Carries(arguments, cancellationToken))).Value;

    private bool Carries(ImmutableArray<IArgumentOperation> arguments, CancellationToken cancellationToken)
    {
        foreach (var argument in arguments)
        {
            if (!Track(argument.Value, ValueUse.AsValue, cancellationToken).IsEmpty
                || (!IsPlainValue(argument.Value.Type) && !Track(argument.Value, ValueUse.AsText, cancellationToken).IsEmpty))
            {
                return true;
            }
        }

        return false;
    }

    // Text and primitives carry the same as a value and as text; only an object's ToString can print more than it holds.
    private static bool IsPlainValue(ITypeSymbol? type) =>
        type is { SpecialType: not SpecialType.None } or { TypeKind: TypeKind.Enum };
}
