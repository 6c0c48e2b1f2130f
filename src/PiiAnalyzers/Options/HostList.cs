using System;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Options;

/// <summary>
/// The hosts of <c>pii_first_party_hosts</c>, separated by ',' or ';': <c>api.myshop.example</c> names one host,
/// <c>*.internal.myshop.example</c> every host below that domain (not the domain itself). Names compare without case.
/// </summary>
public sealed class HostList
{
    private readonly ImmutableArray<string> _hosts;
    private readonly ImmutableArray<string> _domainSuffixes;

    private HostList(ImmutableArray<string> hosts, ImmutableArray<string> domainSuffixes)
    {
        _hosts = hosts;
        _domainSuffixes = domainSuffixes;
    }

    public static HostList Empty { get; } = new(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty);

    public bool IsEmpty => _hosts.IsEmpty && _domainSuffixes.IsEmpty;

    public static HostList Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        var entries = text!.Split(',', ';')
            .Select(entry => entry.Trim().TrimEnd('.').ToLowerInvariant())
            .Where(entry => entry.Length > 0)
            .ToList();
        return new HostList(
            entries.Where(entry => !entry.StartsWith("*.", StringComparison.Ordinal)).ToImmutableArray(),
            entries.Where(entry => entry.StartsWith("*.", StringComparison.Ordinal) && entry.Length > 2).Select(entry => entry.Substring(1)).ToImmutableArray());
    }

    /// <summary>Whether the list names the host (a name as a URI writes it, without port).</summary>
    public bool Contains(string host)
    {
        var name = host.TrimEnd('.');
        return _hosts.Any(candidate => string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            || _domainSuffixes.Any(suffix => name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
    }
}
