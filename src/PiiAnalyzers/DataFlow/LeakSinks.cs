using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// Every sink family of a compilation, as the method summaries read them: for an operation, the payloads it hands to
/// the family. The leak rules build it from their sink tables (see <c>LeakTracking</c>).
/// </summary>
public sealed class LeakSinks
{
    public static readonly ImmutableArray<SinkFamily> Families = ImmutableArray.Create(
        SinkFamily.Log, SinkFamily.Storage, SinkFamily.ExceptionMessage, SinkFamily.Sharing);

    private readonly ImmutableDictionary<SinkFamily, Func<IOperation, ImmutableArray<SinkPayload>>> _families;

    public LeakSinks(ImmutableDictionary<SinkFamily, Func<IOperation, ImmutableArray<SinkPayload>>> families) => _families = families;

    /// <summary>No sinks: summaries then only say what methods return.</summary>
    public static LeakSinks Empty { get; } = new(ImmutableDictionary<SinkFamily, Func<IOperation, ImmutableArray<SinkPayload>>>.Empty);

    public ImmutableArray<SinkPayload> Payloads(SinkFamily family, IOperation operation) =>
        _families.TryGetValue(family, out var payloads) ? payloads(operation) : ImmutableArray<SinkPayload>.Empty;
}
