using System;

namespace PiiAnalyzers;

/// <summary>
/// Declares that personal data is shared with a third party. Apply it once per recipient.
/// </summary>
/// <example>
/// <code>
/// [PersonalData(DataCategories.Contact.Phone)]
/// [SharedWith("SF Express", Purpose = "Parcel delivery", Country = "CN")]
/// [SharedWith("Twilio", Company = "Twilio Inc.", Country = "US", Purpose = "Order text messages")]
/// public string Phone { get; set; }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = true, Inherited = true)]
public sealed class SharedWithAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="SharedWithAttribute"/> class.</summary>
    /// <param name="recipient">The third party that receives the data, as the privacy policy names it.</param>
    public SharedWithAttribute(string recipient)
    {
        Recipient = recipient;
    }

    /// <summary>Gets the third party that receives the data.</summary>
    public string Recipient { get; }

    /// <summary>Gets or sets why the recipient receives the data.</summary>
    public string? Purpose { get; set; }

    /// <summary>Gets or sets the company behind the recipient when the recipient is a product or SDK (<c>"Twilio Inc."</c>).</summary>
    public string? Company { get; set; }

    /// <summary>
    /// Gets or sets where the recipient receives the data: an ISO 3166-1 two-letter country code (<c>"US"</c>, <c>"CN"</c>).
    /// The policy check compares it with the policy's home country (<c>pii_home_country</c>, CN unless set).
    /// </summary>
    public string? Country { get; set; }
}
