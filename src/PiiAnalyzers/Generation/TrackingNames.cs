namespace PiiAnalyzers.Generation;

/// <summary>The names of the inventory generator's steps, for <c>WithTrackingName</c> and the incrementality tests.</summary>
public static class TrackingNames
{
    /// <summary>The files with an attribute that may mark a member as personal data, one entry a file, from syntax alone.</summary>
    public const string MarkedFiles = nameof(MarkedFiles);

    /// <summary>What outside a file its reading depends on: the assembly name, the references, the cross-file declarations.</summary>
    public const string ReadingContext = nameof(ReadingContext);

    /// <summary>The marked members of each marked file, read with symbols.</summary>
    public const string FileMembers = nameof(FileMembers);

    /// <summary>All marked members, file by file.</summary>
    public const string AllMembers = nameof(AllMembers);

    /// <summary>The custom categories of the assembly and its references.</summary>
    public const string CustomCategories = nameof(CustomCategories);

    /// <summary>The <c>pii_classification_map</c> of each marked file that sets one.</summary>
    public const string ClassificationMaps = nameof(ClassificationMaps);

    /// <summary>The app type (<c>pii_app_type</c>) of each marked file that sets one.</summary>
    public const string AppTypes = nameof(AppTypes);

    /// <summary>The project folder, the assembly name and whether the compilation can use the generated code.</summary>
    public const string Settings = nameof(Settings);

    /// <summary>The SDK catalog's client libraries the compilation references.</summary>
    public const string EmbeddedSdks = nameof(EmbeddedSdks);

    /// <summary>The inventory, ready to emit.</summary>
    public const string Inventory = nameof(Inventory);
}
