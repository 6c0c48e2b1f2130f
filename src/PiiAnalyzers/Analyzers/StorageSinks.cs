using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// The places a value is stored at rest (PII0002): the rows of <see cref="SinkTable.Storage"/> (files, writers and file
/// streams, ASP.NET Core cookies and session, <c>IDistributedCache</c>, Redis, ADO.NET parameters, Dapper) and the
/// <c>pii_storage_sinks</c> the user configures, every argument of which is stored. Messages name the sink as
/// <c>Type.Member</c>. Resolved once per compilation; thread-safe.
/// </summary>
internal sealed class StorageSinks
{
    private static readonly ImmutableArray<SinkArgument> EveryArgument = ImmutableArray.Create(SinkArgument.Any(SinkUse.Value));

    private readonly SinkCatalog _catalog;
    private readonly ConfiguredMethods _configured;

    private StorageSinks(Compilation compilation, AnalyzerOptions? options)
    {
        _catalog = SinkCatalog.Resolve(compilation, SinkTable.Storage);
        _configured = new ConfiguredMethods(compilation, options, PiiOptions.ReadStorageSinks);
        OperationKinds = _catalog.OperationKinds(_configured.AnyConfigured());
    }

    /// <summary>The kinds of operation that can store data in this compilation; empty when no sink is visible or configured.</summary>
    public ImmutableArray<OperationKind> OperationKinds { get; }

    public static StorageSinks Resolve(Compilation compilation, AnalyzerOptions? options) => new(compilation, options);

    /// <summary>The values an operation stores: a call's data arguments, a parameter's constructor value, an assigned <c>Value</c>.</summary>
    public ImmutableArray<SinkPayload> Payloads(IOperation operation) =>
        operation switch
        {
            IInvocationOperation invocation => Payloads(invocation),
            IObjectCreationOperation { Type: { } type } creation when _catalog.Match(creation) is { } row => Collect(creation.Arguments, row.Arguments, type.Name),
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment when _catalog.Match(assignment) is { } row =>
                ImmutableArray.Create(new SinkPayload(
                    assignment.Value,
                    SinkCatalog.AssignedUse(row),
                    (target.Instance?.Type ?? target.Property.ContainingType).Name + "." + target.Property.Name)),
            _ => ImmutableArray<SinkPayload>.Empty,
        };

    private ImmutableArray<SinkPayload> Payloads(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (_catalog.Match(invocation) is { } row)
        {
            return Collect(invocation.Arguments, row.Arguments, SinkCatalog.TypeName(row, invocation) + "." + method.Name);
        }

        return method.ContainingType is { } type && _configured.For(invocation.Syntax.SyntaxTree).Contains(method)
            ? Collect(invocation.Arguments, EveryArgument, type.Name + "." + method.Name)
            : ImmutableArray<SinkPayload>.Empty;
    }

    private ImmutableArray<SinkPayload> Collect(ImmutableArray<IArgumentOperation> arguments, ImmutableArray<SinkArgument> selection, string sinkName)
    {
        var payloads = ImmutableArray.CreateBuilder<SinkPayload>();
        _catalog.AddPayloads(payloads, arguments, selection, sinkName);
        return payloads.ToImmutable();
    }
}
