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

    private PersonalDataFlow(ImmutableArray<PersonalDataSource> sources, ImmutableArray<SyntaxNode> origins)
    {
        Sources = sources;
        Origins = origins;
    }

    public static PersonalDataFlow None { get; } = new(ImmutableArray<PersonalDataSource>.Empty, ImmutableArray<SyntaxNode>.Empty);

    /// <summary>The members whose data the value carries, each once, in the order they were found.</summary>
    public ImmutableArray<PersonalDataSource> Sources { get; }

    /// <summary>The expressions that read the data (a member access, a parameter, a whole object), each once.</summary>
    public ImmutableArray<SyntaxNode> Origins { get; }

    public bool IsEmpty => Sources.IsEmpty;

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
            : new PersonalDataFlow(distinct, origin is null ? ImmutableArray<SyntaxNode>.Empty : ImmutableArray.Create(origin));
    }

    internal PersonalDataFlow Union(PersonalDataFlow other)
    {
        if (other.IsEmpty)
        {
            return this;
        }

        if (IsEmpty)
        {
            return other;
        }

        return new PersonalDataFlow(Distinct(Sources.Concat(other.Sources)), Origins.Concat(other.Origins).Distinct().ToImmutableArray());
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
