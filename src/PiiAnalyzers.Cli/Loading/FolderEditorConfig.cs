using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Cli.Output;
using PiiAnalyzers.Cli.Scanning;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// The <c>.editorconfig</c> files of a folder compiled ad hoc, read as the compiler reads them in a build: those in the
/// folder and its subfolders (the ones a scan skips, such as <c>bin/</c>, left out), and those above it up to the first
/// that says <c>root = true</c>. They give the analyzers their options (<c>pii_*</c>) and the rules their severities
/// (<c>dotnet_diagnostic.PIIxxxx.severity</c>), so that a folder scan reports what the project's build reports.
/// </summary>
internal sealed class FolderEditorConfig
{
    private readonly AnalyzerConfigSet _configs;

    private FolderEditorConfig(AnalyzerConfigSet configs, int fileCount)
    {
        _configs = configs;
        FileCount = fileCount;
    }

    /// <summary>How many .editorconfig files were read.</summary>
    public int FileCount { get; }

    /// <summary>The .editorconfig files that apply to <paramref name="root"/>'s files; a file that cannot be read is skipped with a note.</summary>
    public static FolderEditorConfig Read(string root, PathFilter filter, CommandConsole console)
    {
        var paths = Directory.EnumerateFiles(root, ".editorconfig", CompilationLoader.EveryFolderBelow)
            .Where(path => filter.Includes(Path.GetRelativePath(root, path).Replace('\\', '/')))
            .ToList();
        for (var above = Directory.GetParent(root); above is not null; above = above.Parent)
        {
            var path = Path.Combine(above.FullName, ".editorconfig");
            if (File.Exists(path))
            {
                paths.Add(path);
            }
        }

        var configs = new List<AnalyzerConfig>();
        foreach (var path in paths.OrderBy(path => path, StringComparer.Ordinal))
        {
            try
            {
                configs.Add(AnalyzerConfig.Parse(File.ReadAllText(path), path));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                console.Progress($"note: {path} could not be read ({exception.Message}); its settings are not applied.");
            }
        }

        return new FolderEditorConfig(AnalyzerConfigSet.Create(configs), configs.Count);
    }

    /// <summary>
    /// The compilation with each file's rule severities and generated-code setting, and the analyzers' options for its
    /// files and additional files.
    /// </summary>
    public (Compilation Compilation, AnalyzerConfigOptionsProvider Options) Apply(Compilation compilation)
    {
        var byPath = compilation.SyntaxTrees.Select(tree => tree.FilePath).Distinct(StringComparer.Ordinal)
            .ToImmutableDictionary(path => path, _configs.GetOptionsForSourcePath, StringComparer.Ordinal);
        var withSeverities = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new TreeOptionsProvider(_configs, byPath)));
        return (withSeverities, new OptionsProvider(_configs, byPath));
    }

    private sealed class OptionsProvider(AnalyzerConfigSet configs, ImmutableDictionary<string, AnalyzerConfigOptionsResult> byPath) : AnalyzerConfigOptionsProvider
    {
        // Analyzers ask for a file's options again and again: each path's are matched and wrapped once.
        private readonly ConcurrentDictionary<string, DictionaryOptions> _options = new(StringComparer.Ordinal);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(configs.GlobalConfigOptions.AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => OptionsAt(tree.FilePath);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => OptionsAt(textFile.Path);

        private DictionaryOptions OptionsAt(string path) =>
            _options.GetOrAdd(path, key => new(byPath.TryGetValue(key, out var result) ? result.AnalyzerOptions : configs.GetOptionsForSourcePath(key).AnalyzerOptions));
    }

    private sealed class TreeOptionsProvider(AnalyzerConfigSet configs, ImmutableDictionary<string, AnalyzerConfigOptionsResult> byPath) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) =>
            byPath.TryGetValue(tree.FilePath, out var result) && result.AnalyzerOptions.TryGetValue("generated_code", out var value)
                ? value.Trim().ToLowerInvariant() switch
                {
                    "true" => GeneratedKind.MarkedGenerated,
                    "false" => GeneratedKind.NotGenerated,
                    _ => GeneratedKind.Unknown,
                }
                : GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return byPath.TryGetValue(tree.FilePath, out var result) && result.TreeOptions.TryGetValue(diagnosticId, out severity);
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            configs.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
    }

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
