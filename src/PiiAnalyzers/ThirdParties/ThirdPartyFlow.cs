using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.DataFlow;

namespace PiiAnalyzers.ThirdParties;

/// <summary>
/// One place the code passes personal data to a company of the third-party catalog, declared with <c>[SharedWith]</c> or
/// not: what the inventory's third-party list (第三方SDK目录) and the policy check read. Found by
/// <c>PiiAnalyzers.Analyzers.ThirdPartyFlows.Find</c>.
/// </summary>
public sealed class ThirdPartyFlow
{
    public ThirdPartyFlow(ThirdParty recipient, Location location, string target, ImmutableArray<PersonalDataSource> sources)
    {
        Recipient = recipient;
        Location = location;
        Target = target;
        Sources = sources;
    }

    public ThirdParty Recipient { get; }

    /// <summary>Where the data enters the call (the argument, the assigned value), as PII0005 reports it.</summary>
    public Location Location { get; }

    /// <summary>The recipient as PII0005 names it, after the helper calls that lead to it (<c>Notifier.Send(phone) → Twilio SMS (…)</c>).</summary>
    public string Target { get; }

    /// <summary>The personal data sent: each member with its category, sensitivity and declared recipients.</summary>
    public ImmutableArray<PersonalDataSource> Sources { get; }

    /// <summary>The members sent whose <c>[SharedWith]</c> names the recipient: these are declared.</summary>
    public ImmutableArray<PersonalDataSource> Declared =>
        Sources.Where(source => !source.Member.Recipients.IsDefaultOrEmpty && source.Member.Recipients.Any(declared => Recipient.IsNamedBy(declared.Name))).ToImmutableArray();
}
