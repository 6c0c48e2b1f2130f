using PiiAnalyzers.AppTypes;

namespace PiiAnalyzers.Options;

/// <summary>
/// The <c>pii_app_type</c> value in force for a file, read by <see cref="PiiOptions.ReadAppType(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions)"/>:
/// as written, and the app type it names (<see cref="NecessaryInformation.Find"/>).
/// </summary>
public sealed class AppTypeSetting
{
    private AppTypeSetting(string? text, AppType? appType)
    {
        Text = text;
        AppType = appType;
    }

    /// <summary>No <c>pii_app_type</c>, or an empty one: nothing is checked.</summary>
    public static AppTypeSetting None { get; } = new(null, null);

    /// <summary>The value as written, trimmed; null when none is set.</summary>
    public string? Text { get; }

    /// <summary>The app type the value names; null when none is set or the value names none.</summary>
    public AppType? AppType { get; }

    /// <summary>Whether a value is set that names no app type (PII0010 reports it once, with the valid ids).</summary>
    public bool IsUnknown => Text is not null && AppType is null;

    public static AppTypeSetting Parse(string? text) =>
        text?.Trim() is { Length: > 0 } value ? new AppTypeSetting(value, NecessaryInformation.Find(value)) : None;
}
