using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// The one tracker the leak rules (PII0001, PII0002, PII0003, PII0005) share in a compilation, with the sinks of every
/// family, so that a method's summary is computed once and serves all four rules.
/// </summary>
internal sealed class LeakTracking
{
    private static readonly ConditionalWeakTable<Compilation, LeakTracking> Shared = new();

    private LeakTracking(Compilation compilation, AnalyzerOptions options)
    {
        Log = LogSinks.Resolve(compilation, options);
        Storage = StorageSinks.Resolve(compilation, options);
        Sharing = SharingSinks.Resolve(compilation, options);
        Exception = compilation.GetTypeByMetadataName("System.Exception");
        var catalog = new SinkCatalog(ImmutableDictionary<SinkFamily, System.Func<IOperation, ImmutableArray<SinkPayload>>>.Empty
            .Add(SinkFamily.Log, LogPayloads)
            .Add(SinkFamily.Storage, StoragePayloads)
            .Add(SinkFamily.ExceptionMessage, ExceptionPayloads)
            .Add(SinkFamily.Sharing, SharingPayloads));
        Tracker = PersonalDataTracker.Create(
            compilation, PersonalDataModel.GetOrCreateForLeaks(compilation, options), Sanitizers.Create(compilation, options), catalog);
    }

    public LogSinks Log { get; }

    public StorageSinks Storage { get; }

    public SharingSinks Sharing { get; }

    /// <summary><c>System.Exception</c>; null when the compilation cannot see it.</summary>
    public INamedTypeSymbol? Exception { get; }

    public PersonalDataTracker Tracker { get; }

    /// <summary>
    /// The compilation's shared instance. The options are those of the first rule to ask: every rule of one compilation
    /// is given the same.
    /// </summary>
    public static LeakTracking For(Compilation compilation, AnalyzerOptions options) =>
        Shared.GetValue(compilation, key => new LeakTracking(key, options));

    /// <summary>The values a logging call writes (PII0001), each with how it is written.</summary>
    public ImmutableArray<SinkPayload> LogPayloads(IOperation operation)
    {
        if (operation is not IInvocationOperation invocation || !Log.IsSink(invocation, out var sinkName))
        {
            return ImmutableArray<SinkPayload>.Empty;
        }

        // A plain hole of a constant template prints its argument's ToString(); only {@Destructured} writes its members.
        var template = MessageTemplate.Of(invocation);
        var payloads = ImmutableArray.CreateBuilder<SinkPayload>();
        foreach (var argument in invocation.Arguments)
        {
            if (!Log.IsPayload(argument))
            {
                continue;
            }

            // params object[] args: each element is its own argument to the reader, and fills the template's next hole.
            var elements = ParamsElements(argument);
            if (elements.IsDefault)
            {
                payloads.Add(new SinkPayload(argument.Value, ValueUse.AsValue, sinkName));
                continue;
            }

            for (var i = 0; i < elements.Length; i++)
            {
                payloads.Add(new SinkPayload(elements[i], template?.UseOf(i) ?? ValueUse.AsValue, sinkName));
            }
        }

        return payloads.ToImmutable();
    }

    /// <summary>The values a call, a constructor or an assignment stores (PII0002's invocation, creation and assignment sinks).</summary>
    public ImmutableArray<SinkPayload> StoragePayloads(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation when Storage.TryMatch(invocation, out var sink):
                var payloads = ImmutableArray.CreateBuilder<SinkPayload>();
                foreach (var argument in invocation.Arguments)
                {
                    if (Storage.IsPayload(argument, sink))
                    {
                        var elements = ParamsElements(argument);
                        foreach (var value in elements.IsDefault ? ImmutableArray.Create(argument.Value) : elements)
                        {
                            payloads.Add(new SinkPayload(value, sink.Use, sink.Name));
                        }
                    }
                }

                return payloads.ToImmutable();
            case IObjectCreationOperation creation when Storage.TryMatch(creation, out var sinkName):
                return Payloads(creation.Arguments, argument => argument.Parameter?.Name == "value", ValueUse.AsValue, sinkName);
            case ISimpleAssignmentOperation assignment when Storage.TryMatch(assignment, out var sinkName):
                return ImmutableArray.Create(new SinkPayload(assignment.Value, ValueUse.AsValue, sinkName));
            default:
                return ImmutableArray<SinkPayload>.Empty;
        }
    }

    /// <summary>The text an exception is created with (PII0003): its message and what it formats into it; not a parameter name.</summary>
    public ImmutableArray<SinkPayload> ExceptionPayloads(IOperation operation) =>
        operation is IObjectCreationOperation { Type: INamedTypeSymbol type } creation && WellKnownTypes.IsOrDerives(type, Exception)
            ? Payloads(creation.Arguments, argument => argument.Parameter is { Type.SpecialType: SpecialType.System_String, Name: not "paramName" }, ValueUse.AsText, type.Name)
            : ImmutableArray<SinkPayload>.Empty;

    /// <summary>The values sent to another party (PII0005), named by where they are sent.</summary>
    public ImmutableArray<SinkPayload> SharingPayloads(IOperation operation)
    {
        IEnumerable<SharedValue> shared = operation switch
        {
            IInvocationOperation invocation => Sharing.Match(invocation),
            IObjectCreationOperation creation when Sharing.Match(creation) is { } value => new[] { value },
            ISimpleAssignmentOperation assignment when Sharing.Match(assignment) is { } value => new[] { value },
            _ => System.Array.Empty<SharedValue>(),
        };
        var payloads = ImmutableArray.CreateBuilder<SinkPayload>();
        foreach (var value in shared)
        {
            payloads.Add(new SinkPayload(value.Value, value.Use, value.Target));
        }

        return payloads.ToImmutable();
    }

    private static ImmutableArray<SinkPayload> Payloads(ImmutableArray<IArgumentOperation> arguments, System.Func<IArgumentOperation, bool> carries, ValueUse use, string sinkName)
    {
        var payloads = ImmutableArray.CreateBuilder<SinkPayload>();
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && carries(argument))
            {
                payloads.Add(new SinkPayload(argument.Value, use, sinkName));
            }
        }

        return payloads.ToImmutable();
    }

    // The elements of an expanded params argument; default when the argument is not one.
    private static ImmutableArray<IOperation> ParamsElements(IArgumentOperation argument) =>
        argument.Value switch
        {
            IArrayCreationOperation { IsImplicit: true, Initializer: { } initializer } when argument.ArgumentKind == ArgumentKind.ParamArray => initializer.ElementValues,
            ICollectionExpressionOperation collection when argument.ArgumentKind == ArgumentKind.ParamCollection => collection.Elements,
            _ => default,
        };
}
