using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Options;
using PiiAnalyzers.ThirdParties;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// The calls of the third-party catalog a compilation can see (the user's <c>pii.third-parties.txt</c> rows, then the
/// built-in ones), resolved to symbols once: each payload names its <see cref="ThirdParty"/>. A call is first looked up by
/// its method's name (<see cref="SinkCatalog"/>), so that a compilation that uses none of these libraries pays one hash
/// lookup per call. Thread-safe.
/// </summary>
internal sealed class ThirdPartySinks
{
    private readonly SinkCatalog _catalog;
    private readonly Lazy<ImmutableArray<ThirdParty>> _visible;

    // Each row's recipient; rows are compared by reference (one row, one line of a catalog file).
    private readonly Dictionary<SinkRow, ThirdParty> _recipients = new();

    private ThirdPartySinks(Compilation compilation, ThirdPartyCatalog catalog)
    {
        var calls = catalog.Calls
            .Where(call => call.RequiredType is null || compilation.GetTypeByMetadataName(call.RequiredType) is not null)
            .ToImmutableArray();
        foreach (var call in calls)
        {
            _recipients[call.Row] = call.Recipient;
        }

        _catalog = SinkCatalog.Resolve(compilation, calls.Select(call => call.Row).ToImmutableArray());
        _visible = new Lazy<ImmutableArray<ThirdParty>>(() => catalog.VisibleIn(compilation));
        OperationKinds = _catalog.OperationKinds(anyConfigured: false);
    }

    /// <summary>
    /// The recipients whose client library the compilation can see (one of their rows' types), in catalog order; computed
    /// when first asked (the inventory asks, a build does not).
    /// </summary>
    public ImmutableArray<ThirdParty> Visible => _visible.Value;

    /// <summary>The kinds of operation that can send data to a catalog recipient; empty when none is visible.</summary>
    public ImmutableArray<OperationKind> OperationKinds { get; }

    public static ThirdPartySinks Resolve(Compilation compilation, AnalyzerOptions? options) =>
        new(compilation, PiiOptions.ReadThirdParties(options).Then(ThirdPartyCatalog.BuiltIn));

    /// <summary>The values an operation sends to a catalog recipient, each naming it; empty when it sends none.</summary>
    public ImmutableArray<SinkPayload> Payloads(IOperation operation)
    {
        var row = operation switch
        {
            IInvocationOperation invocation => _catalog.Match(invocation),
            IObjectCreationOperation creation => _catalog.Match(creation),
            ISimpleAssignmentOperation assignment => _catalog.Match(assignment),
            _ => null,
        };
        if (row is null || !_recipients.TryGetValue(row, out var recipient))
        {
            return ImmutableArray<SinkPayload>.Empty;
        }

        if (operation is ISimpleAssignmentOperation assigned)
        {
            return IsSentWithItsObject(assigned)
                ? ImmutableArray<SinkPayload>.Empty
                : ImmutableArray.Create(new SinkPayload(assigned.Value, ValueUse.AsValue, recipient.DisplayName, recipient: recipient));
        }

        var arguments = operation is IInvocationOperation call ? call.Arguments : ((IObjectCreationOperation)operation).Arguments;
        var payloads = ImmutableArray.CreateBuilder<SinkPayload>();
        _catalog.AddPayloads(payloads, arguments, row.Arguments, recipient.DisplayName, recipient: recipient);
        return payloads.ToImmutable();
    }

    // new SentryUser { Email = … } and user.Email = … on a local: the object carries the value wherever it goes, and is
    // reported where it is sent (scope.User = user), once. scope.User.Email = … sets it on an object the code did not create.
    private static bool IsSentWithItsObject(ISimpleAssignmentOperation assignment) =>
        assignment.Target is IMemberReferenceOperation { Instance: ILocalReferenceOperation or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } };
}
