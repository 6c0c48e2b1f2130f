using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// The exception messages personal data can be placed in (PII0003): the rows of <see cref="SinkTable.ExceptionMessage"/>,
/// that is the text arguments of any exception's constructor (not a parameter name or an inner exception), each named
/// after the exception type. Resolved once per compilation; thread-safe.
/// </summary>
internal sealed class ExceptionMessageSinks
{
    private readonly SinkCatalog _catalog;

    private ExceptionMessageSinks(Compilation compilation)
    {
        _catalog = SinkCatalog.Resolve(compilation, SinkTable.ExceptionMessage);
        OperationKinds = _catalog.OperationKinds(anyConfigured: false);
    }

    /// <summary>The kinds of operation that can create an exception message; empty when <c>System.Exception</c> is not visible.</summary>
    public ImmutableArray<OperationKind> OperationKinds { get; }

    public static ExceptionMessageSinks Resolve(Compilation compilation) => new(compilation);

    /// <summary>The text an operation puts into an exception's message (only constructors do); empty when none.</summary>
    public ImmutableArray<SinkPayload> Payloads(IOperation operation)
    {
        if (operation is not IObjectCreationOperation { Type: { } type } creation || _catalog.Match(creation) is not { } row)
        {
            return ImmutableArray<SinkPayload>.Empty;
        }

        var payloads = ImmutableArray.CreateBuilder<SinkPayload>();
        _catalog.AddPayloads(payloads, creation.Arguments, row.Arguments, type.Name);
        return payloads.ToImmutable();
    }
}
