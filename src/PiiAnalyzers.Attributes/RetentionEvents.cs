namespace PiiAnalyzers;

/// <summary>The events a <see cref="RetainUntilAttribute"/> rule may name.</summary>
public static class RetentionEvents
{
    /// <summary>Kept until the user's account is deleted.</summary>
    public const string AccountDeleted = "account-deleted";

    /// <summary>Kept until the purpose it was collected for is fulfilled (an order delivered, a check completed).</summary>
    public const string PurposeFulfilled = "purpose-fulfilled";

    /// <summary>Kept until the user withdraws consent.</summary>
    public const string ConsentWithdrawn = "consent-withdrawn";

    /// <summary>Kept until the user's session ends.</summary>
    public const string SessionEnded = "session-ended";

    /// <summary>Never stored: used in memory and discarded. Takes no duration.</summary>
    public const string NotStored = "not-stored";
}
