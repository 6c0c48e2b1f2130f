namespace PiiAnalyzers.Model;

/// <summary>Why the model counts a value as personal data.</summary>
public enum PersonalDataOrigin
{
    /// <summary>A marker says so: <c>[PersonalData]</c>, Identity's markers, an M.E.Compliance classification.</summary>
    Annotated,

    /// <summary>
    /// Nothing marks it, but its name or type makes it look like personal data with enough confidence (the leak rules only;
    /// the inventory and the policy check list annotated data).
    /// </summary>
    Inferred,

    /// <summary>A framework value that is personal data by what it is: a client's IP address, the signed-in user's name or email.</summary>
    Framework,
}
