using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// What a logging scope's state writes (<c>ILogger.BeginScope(state)</c>, <see cref="SinkUse.ScopeState"/>). Providers write
/// each entry of a key/value collection as a property, printing its value (<c>ToString()</c>) unless Serilog destructures
/// it (a key that starts with <c>@</c>), and print any other state. So a dictionary, a list or an array of pairs written in
/// place gives one payload per entry, at the entry's value; a key/value collection built elsewhere, whose keys cannot be
/// read, counts as a value; anything else (an anonymous object, a tuple, a record, a string) as text.
/// </summary>
internal sealed class LogScopeState
{
    // Serilog's Microsoft.Extensions.Logging provider destructures the value of a scope entry whose key starts so.
    private const string DestructuringPrefix = "@";

    private readonly INamedTypeSymbol? _keyValuePair;

    public LogScopeState(Compilation compilation)
    {
        _keyValuePair = compilation.GetTypeByMetadataName("System.Collections.Generic.KeyValuePair`2");
    }

    public void AddPayloads(ImmutableArray<SinkPayload>.Builder payloads, IOperation state, string sinkName)
    {
        var written = state is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : state;
        switch (written)
        {
            case IObjectCreationOperation { Initializer: { } initializer } creation when IsPairs(creation.Type):
                foreach (var argument in creation.Arguments)
                {
                    Add(payloads, (null, argument.Value), sinkName);
                }

                foreach (var item in initializer.Initializers)
                {
                    Add(payloads, InitializerEntry(item), sinkName);
                }

                break;
            case IArrayCreationOperation { Initializer: { } initializer } array when IsPairs(array.Type):
                foreach (var element in initializer.ElementValues)
                {
                    Add(payloads, Pair(element), sinkName);
                }

                break;
            case ICollectionExpressionOperation collection when IsPairs(collection.Type):
                foreach (var element in collection.Elements)
                {
                    Add(payloads, Pair(element), sinkName);
                }

                break;
            default:
                payloads.Add(new SinkPayload(state, IsPairs(written.Type) ? ValueUse.AsValue : ValueUse.AsText, sinkName));
                break;
        }
    }

    // An entry whose key the code names is printed, unless the key asks Serilog to destructure it; one whose key is
    // unknown counts whole.
    private static void Add(ImmutableArray<SinkPayload>.Builder payloads, (IOperation? Key, IOperation Value) entry, string sinkName)
    {
        var use = entry.Key?.ConstantValue is { HasValue: true, Value: string name } && !name.StartsWith(DestructuringPrefix, System.StringComparison.Ordinal)
            ? ValueUse.AsText
            : ValueUse.AsValue;
        payloads.Add(new SinkPayload(entry.Value, use, sinkName));
    }

    // An initializer's key, when the code names it, and value: ["key"] = value, { "key", value }, { new("key", value) }.
    private (IOperation? Key, IOperation Value) InitializerEntry(IOperation item) =>
        item switch
        {
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment => (indexer.Arguments[0].Value, assignment.Value),
            IInvocationOperation { Arguments.Length: 2 } add => (add.Arguments[0].Value, add.Arguments[1].Value),
            IInvocationOperation { Arguments.Length: 1 } add => Pair(add.Arguments[0].Value),
            _ => (null, item),
        };

    // A pair's key and value when it is written in place: new("key", value), KeyValuePair.Create("key", value). Anything
    // else (a pair built elsewhere, a spread) is a value whose key is unknown.
    private (IOperation? Key, IOperation Value) Pair(IOperation pair)
    {
        var written = pair is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : pair;
        return written switch
        {
            IObjectCreationOperation { Arguments.Length: 2 } creation when IsPair(creation.Type) => (creation.Arguments[0].Value, creation.Arguments[1].Value),
            IInvocationOperation { TargetMethod.Name: "Create", Arguments.Length: 2 } create when IsPair(create.Type) => (create.Arguments[0].Value, create.Arguments[1].Value),
            _ => (null, pair),
        };
    }

    private bool IsPair(ITypeSymbol? type) => WellKnownTypes.Is(type, _keyValuePair);

    // Whether the type is a collection of key/value pairs: a dictionary, a list or an array of KeyValuePair.
    private bool IsPairs(ITypeSymbol? type) =>
        type switch
        {
            IArrayTypeSymbol array => IsPair(array.ElementType),
            INamedTypeSymbol named => IsPair(WellKnownTypes.EnumerableElement(named)),
            _ => false,
        };
}
