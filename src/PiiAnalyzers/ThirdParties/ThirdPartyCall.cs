using PiiAnalyzers.DataFlow;

namespace PiiAnalyzers.ThirdParties;

/// <summary>
/// A call, constructor or property assignment that sends data to a <see cref="ThirdParty"/>: a <c>call:</c>, <c>new:</c>
/// or <c>set:</c> row of the catalog, as a sink row of the sharing family.
/// </summary>
public sealed class ThirdPartyCall
{
    public ThirdPartyCall(ThirdParty recipient, SinkRow row, string? requiredType)
    {
        Recipient = recipient;
        Row = row;
        RequiredType = requiredType;
    }

    public ThirdParty Recipient { get; }

    /// <summary>The type, its members and the arguments that carry data.</summary>
    public SinkRow Row { get; }

    /// <summary>The metadata name of a type the compilation must see for the row to count (<c>| when …</c>); null: always.</summary>
    public string? RequiredType { get; }
}
