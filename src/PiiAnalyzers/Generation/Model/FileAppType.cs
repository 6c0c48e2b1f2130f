using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.Generation.Model;

/// <summary>The app type <c>pii_app_type</c> names for one file, by its id.</summary>
/// <param name="FilePath">The file's path as the compilation has it.</param>
/// <param name="AppTypeId">The app type's id (<c>online-shopping</c>), whatever form the setting names it in.</param>
public sealed record FileAppType(string FilePath, string AppTypeId)
{
    /// <summary>
    /// The app type in force for a syntax tree (an .editorconfig setting, read per file as PII0010 reads it); null when
    /// none is set or the value names none (PII0010 reports that, and the inventory then leaves necessity unsaid).
    /// </summary>
    public static FileAppType? Read(SyntaxTree tree, AnalyzerConfigOptionsProvider options) =>
        PiiOptions.ReadAppType(options.GetOptions(tree)).AppType is { } appType ? new FileAppType(tree.FilePath, appType.Id) : null;
}
