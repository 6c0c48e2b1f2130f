using System.Collections.Immutable;

namespace PiiAnalyzers.ThirdParties;

/// <summary>What a catalog file gave: the rows that could be read, and a problem for each that could not.</summary>
public sealed class ThirdPartyCatalogReading
{
    public ThirdPartyCatalogReading(ThirdPartyCatalog catalog, ImmutableArray<ThirdPartyCatalogProblem> problems)
    {
        Catalog = catalog;
        Problems = problems;
    }

    public ThirdPartyCatalog Catalog { get; }

    public ImmutableArray<ThirdPartyCatalogProblem> Problems { get; }
}
