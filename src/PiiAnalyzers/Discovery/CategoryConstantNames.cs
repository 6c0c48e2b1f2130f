using System.Text;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Discovery;

/// <summary>
/// The <c>DataCategories</c> constant that holds a built-in id, as code fixes write it: <c>identity.national-id</c> is
/// <c>Identity.NationalId</c>, <c>contact</c> is <c>Contact.All</c>. Custom ids have none and are written as strings.
/// </summary>
public static class CategoryConstantNames
{
    /// <summary>The nested class and constant (<c>Identity.NationalId</c>) for a built-in id; null for any other id.</summary>
    public static string? For(string categoryId)
    {
        if (!CategoryTaxonomy.BuiltIn.TryGetCategory(categoryId, out _))
        {
            return null;
        }

        var dot = categoryId.IndexOf('.');
        return dot < 0
            ? Pascal(categoryId) + ".All"
            : Pascal(categoryId.Substring(0, dot)) + "." + Pascal(categoryId.Substring(dot + 1));
    }

    // "national-id" → "NationalId".
    private static string Pascal(string segment)
    {
        var builder = new StringBuilder(segment.Length);
        var upper = true;
        foreach (var c in segment)
        {
            if (c == '-')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }
}
