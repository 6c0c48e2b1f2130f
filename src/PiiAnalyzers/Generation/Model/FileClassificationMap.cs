using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.Generation.Model;

/// <summary>The <c>pii_classification_map</c> setting in force for one file, as written.</summary>
/// <param name="FilePath">The file's path as the compilation has it.</param>
/// <param name="MapText">The setting's value.</param>
public sealed record FileClassificationMap(string FilePath, string MapText)
{
    /// <summary>The setting in force for a syntax tree (an .editorconfig setting, so it may differ from file to file); null when none is.</summary>
    public static FileClassificationMap? Read(SyntaxTree tree, AnalyzerConfigOptionsProvider options) =>
        options.GetOptions(tree).TryGetValue(PiiOptions.ClassificationMapKey, out var text) && !string.IsNullOrWhiteSpace(text)
            ? new FileClassificationMap(tree.FilePath, text)
            : null;
}
