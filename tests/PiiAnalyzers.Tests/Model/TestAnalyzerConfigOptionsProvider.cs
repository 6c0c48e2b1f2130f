using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiAnalyzers.Tests.Model;

/// <summary>
/// <c>.editorconfig</c> options for model tests: one set for every file unless a file path has its own, and a global
/// (<c>.globalconfig</c>) set for symbols from metadata.
/// </summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly TestAnalyzerConfigOptions _fileOptions;
    private readonly Dictionary<string, TestAnalyzerConfigOptions> _optionsByPath;

    public TestAnalyzerConfigOptionsProvider(
        IReadOnlyDictionary<string, string>? fileOptions = null,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? optionsByPath = null)
    {
        _fileOptions = new TestAnalyzerConfigOptions(fileOptions);
        GlobalOptions = new TestAnalyzerConfigOptions(globalOptions);
        _optionsByPath = (optionsByPath ?? new Dictionary<string, IReadOnlyDictionary<string, string>>())
            .ToDictionary(pair => pair.Key, pair => new TestAnalyzerConfigOptions(pair.Value));
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <summary>Analyzer options whose every file gets <c>key = value</c>.</summary>
    public static AnalyzerOptions ForAllFiles(string key, string value) =>
        new(ImmutableArray<AdditionalText>.Empty, new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { [key] = value }));

    public static AnalyzerOptions Of(TestAnalyzerConfigOptionsProvider provider) =>
        new(ImmutableArray<AdditionalText>.Empty, provider);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
        _optionsByPath.TryGetValue(tree.FilePath, out var options) ? options : _fileOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _optionsByPath.TryGetValue(textFile.Path, out var options) ? options : _fileOptions;

    private sealed class TestAnalyzerConfigOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public TestAnalyzerConfigOptions(IReadOnlyDictionary<string, string>? values)
        {
            _values = new Dictionary<string, string>(KeyComparer);
            foreach (var pair in values ?? new Dictionary<string, string>())
            {
                _values[pair.Key] = pair.Value;
            }
        }

        public override IEnumerable<string> Keys => _values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
