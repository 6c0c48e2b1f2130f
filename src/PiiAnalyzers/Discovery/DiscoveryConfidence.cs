namespace PiiAnalyzers.Discovery;

/// <summary>
/// How sure discovery is that a member holds someone's personal data. PII0006 suggests an annotation at any confidence;
/// the leak rules infer personal data only from <c>pii_inference_min_confidence</c> up (<see cref="High"/> by default).
/// </summary>
public enum DiscoveryConfidence
{
    /// <summary>The name says the value is already protected (<c>PasswordHash</c>, <c>EncryptedPhone</c>).</summary>
    Low,

    /// <summary>
    /// A common word that is usually personal where it stands (<c>Customer.Name</c>, <c>Mobile</c>), or a personal type
    /// (<c>IPAddress</c>) in a type whose name says nothing of whose it is.
    /// </summary>
    Medium,

    /// <summary>An unambiguous term (<c>Email</c>, <c>CardNumber</c>, <c>IdCardNo</c>), or a name that says whose it is (<c>HolderName</c>).</summary>
    High,
}
