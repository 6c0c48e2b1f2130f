using System;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// A value a summarized method receives from outside and passes on: one of its parameters, a field or property of its
/// object, or a primary-constructor parameter of its type; and how the method uses it (as a value, as text, or only
/// what was read into it), which is how the caller's argument is followed.
/// </summary>
public sealed class FlowInput : IEquatable<FlowInput>
{
    public FlowInput(ISymbol symbol, ValueUse use)
    {
        Symbol = symbol;
        Use = use;
    }

    public ISymbol Symbol { get; }

    public ValueUse Use { get; }

    public bool Equals(FlowInput? other) =>
        other is not null && Use == other.Use && SymbolEqualityComparer.Default.Equals(Symbol, other.Symbol);

    public override bool Equals(object? obj) => Equals(obj as FlowInput);

    public override int GetHashCode() => (SymbolEqualityComparer.Default.GetHashCode(Symbol) * 397) ^ (int)Use;
}
