using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.Cli.Scanning;

/// <summary>
/// The settings <c>pii scan</c> runs with where the code's <c>.editorconfig</c> says nothing: findings about personal data
/// inferred from names and types are warnings, not the suggestions a build gets, since a scan is run to see them. Whatever
/// the code's configuration sets wins.
/// </summary>
internal static class ScanDefaults
{
    private static readonly Dictionary<string, string> Values = new()
    {
        [PiiOptions.InferenceSeverityKey] = "warning",
    };

    /// <summary>The options the analyzers see: the code's own, and the scan's defaults for keys it does not set.</summary>
    public static AnalyzerConfigOptionsProvider Apply(AnalyzerConfigOptionsProvider inner) => new Provider(inner);

    private sealed class Provider(AnalyzerConfigOptionsProvider inner) : AnalyzerConfigOptionsProvider
    {
        private readonly ConcurrentDictionary<AnalyzerConfigOptions, AnalyzerConfigOptions> _wrapped = new();

        public override AnalyzerConfigOptions GlobalOptions => Wrap(inner.GlobalOptions);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Wrap(inner.GetOptions(tree));

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Wrap(inner.GetOptions(textFile));

        private AnalyzerConfigOptions Wrap(AnalyzerConfigOptions options) => _wrapped.GetOrAdd(options, o => new WithDefaults(o));
    }

    private sealed class WithDefaults(AnalyzerConfigOptions inner) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            inner.TryGetValue(key, out value) || Values.TryGetValue(key, out value);
    }
}
