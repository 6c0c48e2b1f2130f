using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Generation.Model;

/// <summary>
/// The current run's compilation, for a step that reads symbols, joined to the equatable key that decides whether that
/// step runs again (<see cref="KeyOnly{TKey}"/>): with the key equal, the step keeps its last result and never asks for a
/// compilation; with the key changed, it runs in this run, with this run's compilation. Held weakly, so that the entry a
/// cached step keeps does not keep an old compilation alive.
/// </summary>
public sealed class CompilationHandle
{
    private readonly WeakReference<Compilation> _compilation;

    public CompilationHandle(Compilation compilation)
    {
        _compilation = new WeakReference<Compilation>(compilation);
    }

    /// <summary>The compilation; a step that runs is given a handle of its own run, whose compilation the driver holds.</summary>
    public Compilation Compilation =>
        _compilation.TryGetTarget(out var compilation)
            ? compilation
            : throw new InvalidOperationException("A generator step ran on a cached input whose compilation is gone.");

    /// <summary>Compares (key, handle) pairs by their keys alone.</summary>
    public static IEqualityComparer<(TKey Key, CompilationHandle Handle)> KeyOnly<TKey>() => KeyComparer<TKey>.Instance;

    private sealed class KeyComparer<TKey> : IEqualityComparer<(TKey Key, CompilationHandle Handle)>
    {
        public static readonly KeyComparer<TKey> Instance = new();

        public bool Equals((TKey Key, CompilationHandle Handle) x, (TKey Key, CompilationHandle Handle) y) =>
            EqualityComparer<TKey>.Default.Equals(x.Key, y.Key);

        public int GetHashCode((TKey Key, CompilationHandle Handle) obj) =>
            obj.Key is null ? 0 : EqualityComparer<TKey>.Default.GetHashCode(obj.Key);
    }
}
