using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// The personal data one value carries, as <see cref="PersonalDataTracker"/> found it: which members and categories, and
/// where in the code each was read. Immutable; <see cref="None"/> when the value carries nothing personal.
/// </summary>
public sealed class PersonalDataFlow
{
    // Diagnostics name at most this many members; the rest are summarized by "…".
    private const int MaxNamed = 3;

    private PersonalDataFlow(ImmutableArray<PersonalDataSource> sources, ImmutableArray<SyntaxNode> origins, ImmutableArray<FlowInput> inputs)
    {
        Sources = sources;
        Origins = origins;
        Inputs = inputs;
    }

    public static PersonalDataFlow None { get; } = new(ImmutableArray<PersonalDataSource>.Empty, ImmutableArray<SyntaxNode>.Empty, ImmutableArray<FlowInput>.Empty);

    /// <summary>The members whose data the value carries, each once, in the order they were found.</summary>
    public ImmutableArray<PersonalDataSource> Sources { get; }

    /// <summary>The expressions that read the data (a member access, a parameter, a whole object), each once.</summary>
    public ImmutableArray<SyntaxNode> Origins { get; }

    /// <summary>
    /// While a method is summarized: its parameters (and the members of its object) whose values the value carries,
    /// whatever the caller passes. Empty outside a summary.
    /// </summary>
    public ImmutableArray<FlowInput> Inputs { get; }

    /// <summary>Whether the value carries no personal data (it may still carry a summarized method's inputs).</summary>
    public bool IsEmpty => Sources.IsEmpty;

    private bool IsNone => Sources.IsEmpty && Inputs.IsEmpty;

    /// <summary>Whether any of the data is sensitive personal information.</summary>
    public bool IsSensitive => Sources.Any(source => source.IsSensitive);

    /// <summary><c>Customer.Email (contact.email), Customer.Phone (contact.phone)</c>; more than three members end in "…".</summary>
    public string Describe() => Describe(Sources);

    /// <summary>Names sources the way diagnostics do: <c>Customer.Email (contact.email), …</c>, at most three.</summary>
    public static string Describe(ImmutableArray<PersonalDataSource> sources)
    {
        var named = string.Join(", ", sources.Take(MaxNamed).Select(source => source.ToString()));
        return sources.Length > MaxNamed ? named + ", …" : named;
    }

    internal static PersonalDataFlow From(IEnumerable<PersonalDataSource> sources, SyntaxNode? origin)
    {
        var distinct = Distinct(sources);
        return distinct.IsEmpty
            ? None
            : new PersonalDataFlow(distinct, origin is null ? ImmutableArray<SyntaxNode>.Empty : ImmutableArray.Create(origin), ImmutableArray<FlowInput>.Empty);
    }

    internal static PersonalDataFlow FromInput(FlowInput input) =>
        new(ImmutableArray<PersonalDataSource>.Empty, ImmutableArray<SyntaxNode>.Empty, ImmutableArray.Create(input));

    /// <summary>The same data without the sources <paramref name="drop"/> selects.</summary>
    internal PersonalDataFlow Without(System.Func<PersonalDataSource, bool> drop)
    {
        var kept = Sources.Where(source => !drop(source)).ToImmutableArray();
        return kept.Length == Sources.Length ? this : kept.IsEmpty && Inputs.IsEmpty ? None : new PersonalDataFlow(kept, Origins, Inputs);
    }

    /// <summary>The same data without the summarized method's inputs.</summary>
    internal PersonalDataFlow WithoutInputs() =>
        Inputs.IsEmpty ? this : Sources.IsEmpty ? None : new PersonalDataFlow(Sources, Origins, ImmutableArray<FlowInput>.Empty);

    internal PersonalDataFlow Union(PersonalDataFlow other)
    {
        if (other.IsNone)
        {
            return this;
        }

        if (IsNone)
        {
            return other;
        }

        return new PersonalDataFlow(
            Distinct(Sources.Concat(other.Sources)),
            Origins.Concat(other.Origins).Distinct().ToImmutableArray(),
            Inputs.Concat(other.Inputs).Distinct().ToImmutableArray());
    }

    // One member is one source; two claims looked up by one method are two (FindFirst(ClaimTypes.Email), FindFirst(ClaimTypes.Name)).
    private static ImmutableArray<PersonalDataSource> Distinct(IEnumerable<PersonalDataSource> sources)
    {
        var seen = new HashSet<(ISymbol, string)>(SourceKeyComparer.Instance);
        return sources.Where(source => seen.Add((source.Symbol, source.DisplayName))).ToImmutableArray();
    }

    private sealed class SourceKeyComparer : IEqualityComparer<(ISymbol Symbol, string DisplayName)>
    {
        public static readonly SourceKeyComparer Instance = new();

        public bool Equals((ISymbol Symbol, string DisplayName) x, (ISymbol Symbol, string DisplayName) y) =>
            SymbolEqualityComparer.Default.Equals(x.Symbol, y.Symbol) && x.DisplayName == y.DisplayName;

        public int GetHashCode((ISymbol Symbol, string DisplayName) obj) =>
            (SymbolEqualityComparer.Default.GetHashCode(obj.Symbol) * 397) ^ obj.DisplayName.GetHashCode();
    }
}
