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
    public FlowInput(ISymbol symbol, ValueUse use, string? member = null)
    {
        Symbol = symbol;
        Use = use;
        Member = member;
    }

    public ISymbol Symbol { get; }

    public ValueUse Use { get; }

    /// <summary>
    /// The member of the input that is read (<c>request.Status</c>), when only that member is passed on and it is not
    /// personal data itself; null when the whole input is. A caller's argument then counts only for what it put in that
    /// member.
    /// </summary>
    public string? Member { get; }

    public bool Equals(FlowInput? other) =>
        other is not null && Use == other.Use && Member == other.Member && SymbolEqualityComparer.Default.Equals(Symbol, other.Symbol);

    public override bool Equals(object? obj) => Equals(obj as FlowInput);

    public override int GetHashCode() => (SymbolEqualityComparer.Default.GetHashCode(Symbol) * 397) ^ (int)Use ^ (Member?.GetHashCode() ?? 0);
}
