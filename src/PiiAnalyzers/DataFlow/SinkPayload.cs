using Microsoft.CodeAnalysis;
using PiiAnalyzers.ThirdParties;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// One value an operation hands to a sink: the value's operation, whether the sink writes it as it is or as text, and
/// how diagnostics name the sink. Each sink family lists the payloads of an operation the same way, so that the leak
/// rules and the method summaries (which parameters of a method reach which family) read one table.
/// </summary>
public readonly struct SinkPayload
{
    public SinkPayload(IOperation value, ValueUse use, string sinkName, string? member = null, ThirdParty? recipient = null)
    {
        Recipient = recipient;
        Value = value;
        Use = use;
        SinkName = sinkName;
        Member = member;
    }

    /// <summary>The value as the sink receives it (an argument's value, an assigned value).</summary>
    public IOperation Value { get; }

    public ValueUse Use { get; }

    /// <summary><c>LogInformation</c>, <c>HttpClient.PostAsync(https://partner.example/…)</c>: how the message names the sink.</summary>
    public string SinkName { get; }

    /// <summary>
    /// For an argument of a called method that passes on only one member of it: that member's name. The argument then
    /// carries what was put in that member (<c>new Order { Status = … }</c>), not its whole value. Null otherwise.
    /// </summary>
    public string? Member { get; }

    /// <summary>
    /// The company of the third-party catalog the sink sends to (a sharing sink's client library, <see cref="ThirdParty"/>);
    /// null for a sink that names no company: an HTTP request, a log, a store.
    /// </summary>
    public ThirdParty? Recipient { get; }
}
