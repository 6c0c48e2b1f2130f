using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiAnalyzers.Options;

/// <summary>The one place that reads this package's <c>.editorconfig</c> keys.</summary>
public static class PiiOptions
{
    /// <summary>Maps M.E.Compliance classification attributes to taxonomy ids (see <see cref="ClassificationMap"/>).</summary>
    public const string ClassificationMapKey = "pii_classification_map";

    /// <summary>The classification map in force for a file; for a symbol from metadata, the global (<c>.globalconfig</c>) one.</summary>
    public static ClassificationMap ReadClassificationMap(AnalyzerOptions? options, SyntaxTree? tree)
    {
        if (options is null)
        {
            return ClassificationMap.Empty;
        }

        var config = tree is null
            ? options.AnalyzerConfigOptionsProvider.GlobalOptions
            : options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        return config.TryGetValue(ClassificationMapKey, out var text) ? ClassificationMap.Parse(text) : ClassificationMap.Empty;
    }
}
