namespace PiiAnalyzers.Generation.Model;

/// <summary>The <c>pii_classification_map</c> setting in force for one file, as written.</summary>
/// <param name="FilePath">The file's path as the compilation has it.</param>
/// <param name="MapText">The setting's value.</param>
public sealed record FileClassificationMap(string FilePath, string MapText);
