using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Discovery;

/// <summary>
/// PII0006's <c>.editorconfig</c> settings for one file, read by <see cref="Options.PiiOptions.ReadDiscoveryOptions"/>:
/// whether discovery runs, namespaces it skips, and a team's own words per category.
/// </summary>
public sealed class DiscoveryOptions
{
    private DiscoveryOptions(bool enabled, ImmutableArray<string> excludedNamespaces, ImmutableArray<VocabularyTerm> addedTerms)
    {
        Enabled = enabled;
        ExcludedNamespaces = excludedNamespaces;
        AddedTerms = addedTerms;
    }

    /// <summary>Discovery on, nothing excluded, no words added.</summary>
    public static DiscoveryOptions Default { get; } = new(true, ImmutableArray<string>.Empty, ImmutableArray<VocabularyTerm>.Empty);

    /// <summary><c>pii_discovery</c>: false turns PII0006 off for the file.</summary>
    public bool Enabled { get; }

    /// <summary><c>pii_discovery_exclude_namespaces</c>: members of types in these namespaces, or namespaces under them, are skipped.</summary>
    public ImmutableArray<string> ExcludedNamespaces { get; }

    /// <summary><c>pii_discovery_words.&lt;category-id&gt;</c>: words that suggest the category, with any words before them but negative ones.</summary>
    public ImmutableArray<VocabularyTerm> AddedTerms { get; }

    /// <param name="enabled">The <c>pii_discovery</c> value, or null when it is not set; anything but <c>false</c> leaves discovery on.</param>
    /// <param name="excludedNamespaces">The <c>pii_discovery_exclude_namespaces</c> value: namespaces separated by commas.</param>
    /// <param name="words">Category id and the value of its <c>pii_discovery_words</c> key: words or phrases separated by commas.</param>
    public static DiscoveryOptions Parse(string? enabled, string? excludedNamespaces, IEnumerable<KeyValuePair<string, string>> words)
    {
        var isEnabled = !string.Equals(enabled?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        var namespaces = SplitList(excludedNamespaces)
            .Select(name => name.StartsWith("global::", StringComparison.Ordinal) ? name.Substring("global::".Length) : name)
            .ToImmutableArray();
        var terms = words
            .SelectMany(pair => SplitList(pair.Value).Select(phrase => new VocabularyTerm(phrase, pair.Key, TermStrength.Strong)))
            .Where(term => term.Key.Length > 0)
            .ToImmutableArray();

        return isEnabled && namespaces.IsEmpty && terms.IsEmpty ? Default : new DiscoveryOptions(isEnabled, namespaces, terms);
    }

    /// <summary>Whether a member of a type in this namespace (its full name; empty for the global namespace) is skipped.</summary>
    public bool IsExcluded(string namespaceName)
    {
        foreach (var excluded in ExcludedNamespaces)
        {
            if (namespaceName.Length >= excluded.Length
                && namespaceName.StartsWith(excluded, StringComparison.Ordinal)
                && (namespaceName.Length == excluded.Length || namespaceName[excluded.Length] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> SplitList(string? value) =>
        (value ?? string.Empty).Split(',').Select(item => item.Trim()).Where(item => item.Length > 0);
}
