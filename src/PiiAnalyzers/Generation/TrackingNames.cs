namespace PiiAnalyzers.Generation;

/// <summary>The names of the inventory generator's steps, for <c>WithTrackingName</c> and the incrementality tests.</summary>
public static class TrackingNames
{
    /// <summary>Members marked with this package's <c>[PersonalData]</c>.</summary>
    public const string PersonalDataMembers = nameof(PersonalDataMembers);

    /// <summary>Members marked with ASP.NET Core Identity's <c>[PersonalData]</c>.</summary>
    public const string IdentityPersonalDataMembers = nameof(IdentityPersonalDataMembers);

    /// <summary>Members marked with ASP.NET Core Identity's <c>[ProtectedPersonalData]</c>.</summary>
    public const string IdentityProtectedPersonalDataMembers = nameof(IdentityProtectedPersonalDataMembers);

    /// <summary>Members marked with a Microsoft.Extensions.Compliance classification attribute.</summary>
    public const string ClassifiedMembers = nameof(ClassifiedMembers);

    /// <summary>All marked members, found by any of the steps above.</summary>
    public const string AllMembers = nameof(AllMembers);

    /// <summary>The custom categories of the assembly and its references.</summary>
    public const string CustomCategories = nameof(CustomCategories);

    /// <summary>The <c>pii_classification_map</c> of each file that sets one.</summary>
    public const string ClassificationMaps = nameof(ClassificationMaps);

    /// <summary>The project folder and whether the compilation can use the generated code.</summary>
    public const string Settings = nameof(Settings);

    /// <summary>The inventory, ready to emit.</summary>
    public const string Inventory = nameof(Inventory);
}
