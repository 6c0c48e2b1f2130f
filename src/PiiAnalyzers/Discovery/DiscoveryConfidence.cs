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
    /// Likely, but whose or what it is takes a look at the type: a common word in a person's type (<c>Customer.Name</c>),
    /// a short word alone (<c>Mobile</c>), a place with no owner named (<c>Address.Street</c>, <c>Location.Latitude</c>),
    /// a personal type in a type whose name says nothing of whose it is (<c>IPAddress Origin</c>), a member of the app's
    /// own type (<c>Address ShippingAddress</c>: the data is in that type's members), an identifier in a <c>Guid</c>.
    /// </summary>
    Medium,

    /// <summary>
    /// A reader would call the value someone's personal data without looking further: an unambiguous term that nothing
    /// says is a business's or a machine's (<c>Email</c>, <c>CardNumber</c>, <c>IdCardNo</c>, <c>Cvv</c>), a name that
    /// says whose it is (<c>HolderName</c>, <c>CustomerMobile</c>), a place the name or the type says is a person's
    /// (<c>HomeAddress</c>, <c>ShippingZipCode</c>, <c>Customer.ZipCode</c>).
    /// </summary>
    High,
}
