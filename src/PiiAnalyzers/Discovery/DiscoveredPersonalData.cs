namespace PiiAnalyzers.Discovery;

/// <summary>What <see cref="PersonalDataDiscovery"/> found a member to look like.</summary>
/// <param name="CategoryId">The category the member's name or type suggests.</param>
/// <param name="Confidence">How sure discovery is.</param>
/// <param name="Evidence">Whether the name or the type suggested it.</param>
/// <param name="EvidenceText">The member's name, or its type's name (<c>IPAddress</c>), as a diagnostic quotes it.</param>
public sealed record DiscoveredPersonalData(string CategoryId, DiscoveryConfidence Confidence, DiscoveryEvidence Evidence, string EvidenceText);

/// <summary>What made a member look like personal data.</summary>
public enum DiscoveryEvidence
{
    /// <summary>Its name: <c>CardNumber</c>, <c>ShouJiHao</c>.</summary>
    Name,

    /// <summary>Its type: <c>MailAddress</c>, <c>IPAddress</c>.</summary>
    Type,
}
