using System.Collections.Immutable;

namespace PiiAnalyzers.Policy;

/// <summary>
/// The policy says the user must give the data (必须提供, "you must provide"), or cannot use the service without it
/// (如您不提供…将无法…): PII0109 holds it against data the code marks optional or the app type does not need.
/// </summary>
public sealed class RequiredClaim : PolicyClaim
{
    internal RequiredClaim(ImmutableArray<string> categories, PolicyEvidence evidence, string? unclearReason)
        : base(categories, evidence, unclearReason)
    {
    }
}
