using System;

namespace PiiAnalyzers.Model;

/// <summary>Which attributes mark a member as personal data.</summary>
[Flags]
public enum PersonalDataMarkerKinds
{
    None = 0,

    /// <summary>This package's <c>[PersonalData]</c>.</summary>
    PersonalData = 1,

    /// <summary>ASP.NET Core Identity's <c>[PersonalData]</c>.</summary>
    IdentityPersonalData = 2,

    /// <summary>ASP.NET Core Identity's <c>[ProtectedPersonalData]</c>: stored encrypted by Identity's protector.</summary>
    IdentityProtectedPersonalData = 4,

    /// <summary>A Microsoft.Extensions.Compliance <c>DataClassificationAttribute</c> subclass.</summary>
    DataClassification = 8,
}
