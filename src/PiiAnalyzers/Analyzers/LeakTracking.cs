using System;
using System.Linq;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// The one tracker the leak rules (PII0001, PII0002, PII0003, PII0005) share in a compilation, with the sinks of every
/// family, so that a method's summary is computed once and serves all four rules.
/// </summary>
internal sealed class LeakTracking
{
    // Lazy: the four rules start on parallel threads, and a table's factory may run once per thread that asks first; the
    // sink tables and the tracker are built once.
    private static readonly ConditionalWeakTable<Compilation, Lazy<LeakTracking>> Shared = new();

    private static readonly ImmutableArray<OperationKind> CallKinds = ImmutableArray.Create(OperationKind.Invocation, OperationKind.ObjectCreation);

    private LeakTracking(Compilation compilation, AnalyzerOptions options)
    {
        Log = LogSinks.Resolve(compilation, options);
        Storage = StorageSinks.Resolve(compilation, options);
        Sharing = SharingSinks.Resolve(compilation, options);
        ExceptionMessage = ExceptionMessageSinks.Resolve(compilation);
        var sinks = new LeakSinks(ImmutableDictionary<SinkFamily, Func<IOperation, ImmutableArray<SinkPayload>>>.Empty
            .Add(SinkFamily.Log, Log.Payloads)
            .Add(SinkFamily.Storage, Storage.Payloads)
            .Add(SinkFamily.ExceptionMessage, ExceptionMessage.Payloads)
            .Add(SinkFamily.Sharing, Sharing.Payloads));
        Tracker = PersonalDataTracker.Create(
            compilation, PersonalDataModel.GetOrCreateForLeaks(compilation, options), Sanitizers.Create(compilation, options), sinks);
    }

    public LogSinks Log { get; }

    public StorageSinks Storage { get; }

    public SharingSinks Sharing { get; }

    public ExceptionMessageSinks ExceptionMessage { get; }

    public PersonalDataTracker Tracker { get; }

    /// <summary>
    /// The compilation's shared instance. The options are those of the first rule to ask: every rule of one compilation
    /// is given the same.
    /// </summary>
    public static LeakTracking For(Compilation compilation, AnalyzerOptions options) =>
        Shared.GetValue(compilation, key => new Lazy<LeakTracking>(() => new LeakTracking(key, options))).Value;

    /// <summary>
    /// The operations a rule watches: those its sinks match, and the calls and constructors of methods of the compilation
    /// that may hand their arguments on to one; empty when no sink of the family is visible.
    /// </summary>
    public static ImmutableArray<OperationKind> OperationKindsFor(ImmutableArray<OperationKind> sinkKinds) =>
        sinkKinds.IsEmpty ? sinkKinds : sinkKinds.Union(CallKinds).ToImmutableArray();
}
