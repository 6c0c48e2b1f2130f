using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Taxonomy;

/// <summary>
/// The categories a compilation knows: the built-in taxonomy plus the custom categories its assemblies declare.
/// </summary>
public sealed class CategoryTaxonomy
{
    /// <summary>The id given to personal data whose category nobody stated (an Identity or M.E.Compliance marker alone).</summary>
    public const string UnspecifiedId = "unspecified";

    private readonly Dictionary<string, DataCategory> _byId;

    private CategoryTaxonomy(ImmutableArray<DataCategory> categories)
    {
        Categories = categories;
        _byId = new Dictionary<string, DataCategory>(StringComparer.Ordinal);
        foreach (var category in categories)
        {
            if (!_byId.ContainsKey(category.Id))
            {
                _byId.Add(category.Id, category);
            }
        }
    }

    public static CategoryTaxonomy BuiltIn { get; } = new(BuiltInCategories.All);

    public ImmutableArray<DataCategory> Categories { get; }

    /// <summary>
    /// Adds custom categories. One whose id is already known (a built-in one, or an earlier custom one) is left out:
    /// PII0007 reports it, and the first definition keeps its meaning.
    /// </summary>
    public CategoryTaxonomy WithCustomCategories(IEnumerable<DataCategory> customCategories)
    {
        var known = new HashSet<string>(_byId.Keys, StringComparer.Ordinal);
        var added = customCategories.Where(custom => known.Add(custom.Id)).ToImmutableArray();
        return added.IsEmpty ? this : new CategoryTaxonomy(Categories.AddRange(added));
    }

    public bool TryGetCategory(string id, out DataCategory category) => _byId.TryGetValue(id, out category!);

    public bool IsKnown(string id) => _byId.ContainsKey(id);

    /// <summary>Whether declaring <paramref name="declaredId"/> declares <paramref name="collectedId"/> too (it is the same id or an ancestor).</summary>
    public static bool Covers(string declaredId, string collectedId) =>
        string.Equals(declaredId, collectedId, StringComparison.Ordinal)
        || (collectedId.Length > declaredId.Length
            && collectedId[declaredId.Length] == '.'
            && collectedId.StartsWith(declaredId, StringComparison.Ordinal));

    /// <summary>
    /// The known id an unknown one most likely meant: the same id in other casing or separators, a category whose last
    /// segment it names (<c>phone</c> → <c>contact.phone</c>), or the nearest id by edit distance; null when nothing is close.
    /// </summary>
    public string? SuggestClosest(string unknownId)
    {
        var wanted = Normalize(unknownId);
        if (wanted.Length == 0)
        {
            return null;
        }

        foreach (var category in Categories)
        {
            if (Normalize(category.Id) == wanted)
            {
                return category.Id;
            }
        }

        if (unknownId.IndexOf('.') < 0)
        {
            foreach (var category in Categories)
            {
                if (category.ParentId is not null && Normalize(LastSegment(category.Id)) == wanted)
                {
                    return category.Id;
                }
            }
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var category in Categories)
        {
            var candidate = Normalize(unknownId.IndexOf('.') < 0 ? LastSegment(category.Id) : category.Id);
            var distance = EditDistance(wanted, candidate);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = category.Id;
            }
        }

        return bestDistance <= Math.Max(2, wanted.Length / 3) ? best : null;
    }

    private static string LastSegment(string id) => id.Substring(id.LastIndexOf('.') + 1);

    // Case, '-', '_' and spaces carry no meaning when guessing what a misspelt id meant.
    private static string Normalize(string id)
    {
        var chars = new char[id.Length];
        var length = 0;
        foreach (var c in id)
        {
            if (c is '-' or '_' or ' ')
            {
                continue;
            }

            chars[length++] = char.ToLowerInvariant(c);
        }

        return new string(chars, 0, length);
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
