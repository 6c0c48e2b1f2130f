namespace PiiAnalyzers;

/// <summary>The categories diagnostics are grouped under in the IDE and in SARIF.</summary>
internal static class DiagnosticCategories
{
    public const string Annotations = "PiiAnalyzers.Annotations";

    /// <summary>Members that look like personal data but carry no annotation (PII0006).</summary>
    public const string Discovery = "PiiAnalyzers.Discovery";

    /// <summary>Personal data that leaves through a log, a trace or an exception message (PII0001, PII0003).</summary>
    public const string Logging = "PiiAnalyzers.Logging";

    /// <summary>Personal data exposed through ToString (PII0004).</summary>
    public const string Exposure = "PiiAnalyzers.Exposure";

    /// <summary>Personal data stored without encryption (PII0002).</summary>
    public const string Storage = "PiiAnalyzers.Storage";

    /// <summary>Personal data sent to a third party that is not declared (PII0005).</summary>
    public const string Sharing = "PiiAnalyzers.Sharing";

    /// <summary>Personal data an app requires beyond the necessary information of its type (PII0010).</summary>
    public const string Necessity = "PiiAnalyzers.Necessity";

    /// <summary>The code compared with its privacy policy (PII0101–PII0110).</summary>
    public const string Policy = "PiiAnalyzers.Policy";

    /// <summary>What the <c>pii</c> command itself reports about its run (PII0900).</summary>
    public const string Scan = "PiiAnalyzers.Scan";
}
