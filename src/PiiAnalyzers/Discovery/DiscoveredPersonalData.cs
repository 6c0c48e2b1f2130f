namespace PiiAnalyzers.Discovery;

/// <summary>What <see cref="PersonalDataDiscovery"/> found a member to look like.</summary>
public sealed class DiscoveredPersonalData
{
    public DiscoveredPersonalData(string categoryId, DiscoveryConfidence confidence, DiscoveryEvidence evidence, string evidenceText)
    {
        CategoryId = categoryId;
        Confidence = confidence;
        Evidence = evidence;
        EvidenceText = evidenceText;
    }

    /// <summary>The category the member's name or type suggests.</summary>
    public string CategoryId { get; }

    public DiscoveryConfidence Confidence { get; }

    /// <summary>Whether the name or the type suggested it.</summary>
    public DiscoveryEvidence Evidence { get; }

    /// <summary>The member's name, or its type's name (<c>IPAddress</c>), as a diagnostic quotes it.</summary>
    public string EvidenceText { get; }
}

/// <summary>What made a member look like personal data.</summary>
public enum DiscoveryEvidence
{
    /// <summary>Its name: <c>CardNumber</c>, <c>ShouJiHao</c>.</summary>
    Name,

    /// <summary>Its type: <c>MailAddress</c>, <c>IPAddress</c>.</summary>
    Type,
}
