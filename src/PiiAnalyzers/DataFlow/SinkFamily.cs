namespace PiiAnalyzers.DataFlow;

/// <summary>The kinds of place personal data leaks to, one leak rule each.</summary>
public enum SinkFamily
{
    /// <summary>A log or trace (PII0001).</summary>
    Log,

    /// <summary>A place that stores data unencrypted (PII0002).</summary>
    Storage,

    /// <summary>An exception's message (PII0003).</summary>
    ExceptionMessage,

    /// <summary>A third party (PII0005).</summary>
    Sharing,
}
