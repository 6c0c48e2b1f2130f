using System;
using System.Collections.Generic;

namespace PiiAnalyzers.Options;

/// <summary>
/// Maps Microsoft.Extensions.Compliance classification attributes to taxonomy ids, from the <c>.editorconfig</c> key
/// <c>pii_classification_map = PrivateData=contact.email; MyCo.Card=financial.bank-account</c>.
/// </summary>
/// <remarks>
/// A key names the attribute class: its simple name or its full name, either with or without the <c>Attribute</c> suffix.
/// A classification's taxonomy and value are constructor arguments of the attribute's base class, which only running
/// the code reveals, so the class name is what the map can match.
/// </remarks>
public sealed class ClassificationMap
{
    private readonly Dictionary<string, string> _categoryByName;

    private ClassificationMap(Dictionary<string, string> categoryByName)
    {
        _categoryByName = categoryByName;
    }

    public static ClassificationMap Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Parses <c>name=category</c> pairs separated by ';' or ','; a pair without '=' or with an empty side is skipped.</summary>
    public static ClassificationMap Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in text!.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var name = pair.Substring(0, equals).Trim();
            var category = pair.Substring(equals + 1).Trim();
            if (name.Length > 0 && category.Length > 0)
            {
                map[name] = category;
            }
        }

        return map.Count == 0 ? Empty : new ClassificationMap(map);
    }

    /// <summary>
    /// The category mapped to an attribute class, trying its full name, its full name without "Attribute", its simple name,
    /// and its simple name without "Attribute".
    /// </summary>
    public bool TryGetCategory(string fullName, string simpleName, out string category)
    {
        return _categoryByName.TryGetValue(fullName, out category!)
            || _categoryByName.TryGetValue(WithoutSuffix(fullName), out category!)
            || _categoryByName.TryGetValue(simpleName, out category!)
            || _categoryByName.TryGetValue(WithoutSuffix(simpleName), out category!);
    }

    private static string WithoutSuffix(string name)
    {
        const string Suffix = "Attribute";
        return name.EndsWith(Suffix, StringComparison.Ordinal) && name.Length > Suffix.Length && name[name.Length - Suffix.Length - 1] != '.'
            ? name.Substring(0, name.Length - Suffix.Length)
            : name;
    }
}
