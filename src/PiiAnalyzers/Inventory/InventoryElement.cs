namespace PiiAnalyzers.Inventory;

/// <summary>
/// One element of the data inventory: a member that holds personal data, as DESIGN.md section 5's JSON lists it. Holds
/// no symbol, so that the generator can cache it, and the CLI and the build task can read it back from an assembly.
/// </summary>
/// <param name="Id">The declaring type's full name and the member (<c>Shop.Customer.Phone</c>).</param>
/// <param name="Type">The declaring type's full name, with type parameters (<c>Shop.Box&lt;T&gt;</c>).</param>
/// <param name="Member">The field or property; for a parameter, the method and the parameter (<c>Register(phone)</c>).</param>
/// <param name="Category">The category id (possibly a custom one, or <c>unspecified</c>).</param>
/// <param name="Sensitive">Whether it is sensitive personal information.</param>
/// <param name="Retention">The <c>[RetainUntil]</c> rule as written, or null.</param>
/// <param name="Purpose">Why it is collected, or null.</param>
/// <param name="EncryptedAtRest">Whether it is stored encrypted.</param>
/// <param name="SharedWith">The third parties that receive it, in source order.</param>
/// <param name="File">The source file, relative to the project folder, with '/' separators.</param>
/// <param name="Line">
/// The 1-based line of the member's declaration; null where it is not known. The generated inventory leaves lines out,
/// so that an edit above a member does not change the generated code: the CLI resolves them from the compilation, and an
/// inventory read from a built assembly has none.
/// </param>
public sealed record InventoryElement(
    string Id,
    string Type,
    string Member,
    string Category,
    bool Sensitive,
    string? Retention,
    string? Purpose,
    bool EncryptedAtRest,
    EquatableArray<InventoryRecipient> SharedWith,
    string File,
    int? Line)
{
    /// <summary>
    /// Whether the app type's basic function needs the data (<c>AppTypes.AppType.Necessity</c>; this file is also compiled into the build task, which has no app types): true inside the
    /// necessary information of the type <c>pii_app_type</c> names, false outside it or when the member is
    /// <c>[PersonalData(Optional = true)]</c>, null when no app type is set and nothing says it is optional (or the element
    /// has no category). Reports show it as 必要 / 非必要 (necessary / optional); the JSON leaves it out when null.
    /// </summary>
    public bool? Necessary { get; init; }

    /// <summary>Where the member is declared, for reports: <c>Customer.cs:21</c>, or <c>Customer.cs</c> when the line is not known.</summary>
    public string FileAndLine => Line is { } line ? File + ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture) : File;
}
