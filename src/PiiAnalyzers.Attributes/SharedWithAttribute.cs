using System;

namespace PiiAnalyzers;

/// <summary>
/// Declares that personal data is shared with a third party. Apply it once per recipient.
/// </summary>
/// <example>
/// <code>
/// [PersonalData(DataCategories.Contact.Phone)]
/// [SharedWith("SF Express", Purpose = "Parcel delivery")]
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
}
