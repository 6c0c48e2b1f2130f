using System.Collections.Generic;

namespace PiiAnalyzers.Policy;

/// <summary>A value of a JSON or YAML declaration: a scalar, a list or a map, with the line it starts on.</summary>
internal sealed class StructuredNode
{
    private StructuredNode(int line, string? scalar, List<StructuredNode>? items, List<KeyValuePair<string, StructuredNode>>? entries)
    {
        Line = line;
        Scalar = scalar;
        Items = items;
        Entries = entries;
    }

    public int Line { get; }

    public string? Scalar { get; }

    public List<StructuredNode>? Items { get; }

    public List<KeyValuePair<string, StructuredNode>>? Entries { get; }

    public static StructuredNode ForScalar(int line, string value) => new(line, value, null, null);

    public static StructuredNode ForList(int line) => new(line, null, new List<StructuredNode>(), null);

    public static StructuredNode ForMap(int line) => new(line, null, null, new List<KeyValuePair<string, StructuredNode>>());

    /// <summary>The value of a key, compared without case, '-' and '_' ("sharedWith", "shared_with", "shared-with").</summary>
    public StructuredNode? Get(params string[] keys)
    {
        if (Entries is null)
        {
            return null;
        }

        foreach (var entry in Entries)
        {
            foreach (var key in keys)
            {
                if (Normalize(entry.Key) == Normalize(key))
                {
                    return entry.Value;
                }
            }
        }

        return null;
    }

    public bool IsTrue => Scalar is { } value && (value.Equals("true", System.StringComparison.OrdinalIgnoreCase) || value.Equals("yes", System.StringComparison.OrdinalIgnoreCase));

    /// <summary>The scalars of a list, or the scalar itself: <c>[a, b]</c>, <c>- a</c> lines, or <c>a</c>.</summary>
    public IEnumerable<StructuredNode> Values()
    {
        if (Scalar is not null)
        {
            yield return this;
        }
        else if (Items is not null)
        {
            foreach (var item in Items)
            {
                yield return item;
            }
        }
    }

    private static string Normalize(string key) => key.Replace("-", string.Empty).Replace("_", string.Empty).ToLowerInvariant();
}
