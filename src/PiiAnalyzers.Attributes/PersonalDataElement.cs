using System;
using System.Collections.Generic;

namespace PiiAnalyzers;

/// <summary>
/// One entry of an assembly's personal data inventory: a field, property or parameter that holds personal data, as its
/// annotations describe it. The PiiAnalyzers generator lists every such member of an assembly in
/// <c>PiiAnalyzers.Generated.PersonalDataInventory.Elements</c>.
/// </summary>
public sealed class PersonalDataElement
{
    /// <summary>Initializes a new instance of the <see cref="PersonalDataElement"/> class.</summary>
    /// <param name="id">The declaring type's full name and the member, such as <c>Shop.Customer.Phone</c>.</param>
    /// <param name="type">The declaring type's full name, such as <c>Shop.Customer</c>.</param>
    /// <param name="member">The member's name; for a parameter, the method and the parameter, such as <c>Register(phone)</c>.</param>
    /// <param name="category">The category id, such as <c>contact.phone</c>, or <c>unspecified</c>.</param>
    /// <param name="sensitive">Whether the data is sensitive personal information.</param>
    /// <param name="retention">The retention rule as written in <see cref="RetainUntilAttribute"/>, or null.</param>
    /// <param name="purpose">Why the data is collected, or null.</param>
    /// <param name="encryptedAtRest">Whether the data is stored encrypted.</param>
    /// <param name="sharedWith">The third parties that receive the data.</param>
    /// <param name="file">The source file, relative to the project folder.</param>
    /// <param name="line">The 1-based line of the member's declaration, or 0 when the inventory does not give it.</param>
    public PersonalDataElement(
        string id,
        string type,
        string member,
        string category,
        bool sensitive,
        string? retention,
        string? purpose,
        bool encryptedAtRest,
        IReadOnlyList<PersonalDataRecipient> sharedWith,
        string file,
        int line)
        : this(id, type, member, category, sensitive, retention, purpose, encryptedAtRest, sharedWith, file, line, necessary: null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PersonalDataElement"/> class, with the data's necessity.</summary>
    /// <param name="id">The declaring type's full name and the member, such as <c>Shop.Customer.Phone</c>.</param>
    /// <param name="type">The declaring type's full name, such as <c>Shop.Customer</c>.</param>
    /// <param name="member">The member's name; for a parameter, the method and the parameter, such as <c>Register(phone)</c>.</param>
    /// <param name="category">The category id, such as <c>contact.phone</c>, or <c>unspecified</c>.</param>
    /// <param name="sensitive">Whether the data is sensitive personal information.</param>
    /// <param name="retention">The retention rule as written in <see cref="RetainUntilAttribute"/>, or null.</param>
    /// <param name="purpose">Why the data is collected, or null.</param>
    /// <param name="encryptedAtRest">Whether the data is stored encrypted.</param>
    /// <param name="sharedWith">The third parties that receive the data.</param>
    /// <param name="file">The source file, relative to the project folder.</param>
    /// <param name="line">The 1-based line of the member's declaration, or 0 when the inventory does not give it.</param>
    /// <param name="necessary">Whether the app's basic function needs the data; see <see cref="IsNecessary"/>.</param>
    public PersonalDataElement(
        string id,
        string type,
        string member,
        string category,
        bool sensitive,
        string? retention,
        string? purpose,
        bool encryptedAtRest,
        IReadOnlyList<PersonalDataRecipient> sharedWith,
        string file,
        int line,
        bool? necessary)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Type = type ?? throw new ArgumentNullException(nameof(type));
        Member = member ?? throw new ArgumentNullException(nameof(member));
        Category = category ?? throw new ArgumentNullException(nameof(category));
        IsSensitive = sensitive;
        Retention = retention;
        Purpose = purpose;
        IsEncryptedAtRest = encryptedAtRest;
        SharedWith = sharedWith ?? throw new ArgumentNullException(nameof(sharedWith));
        File = file ?? throw new ArgumentNullException(nameof(file));
        Line = line;
        IsNecessary = necessary;
    }

    /// <summary>Gets the declaring type's full name and the member, such as <c>Shop.Customer.Phone</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the declaring type's full name, such as <c>Shop.Customer</c>.</summary>
    public string Type { get; }

    /// <summary>Gets the member's name; for a parameter, the method and the parameter, such as <c>Register(phone)</c>.</summary>
    public string Member { get; }

    /// <summary>Gets the category id, such as <c>contact.phone</c>; <c>unspecified</c> when no annotation names one.</summary>
    public string Category { get; }

    /// <summary>Gets a value indicating whether the data is sensitive personal information.</summary>
    public bool IsSensitive { get; }

    /// <summary>Gets the retention rule as written, such as <c>account-deleted+P3D</c>, or null when none is stated.</summary>
    public string? Retention { get; }

    /// <summary>Gets why the data is collected, or null when no purpose is stated.</summary>
    public string? Purpose { get; }

    /// <summary>Gets a value indicating whether the data is stored encrypted.</summary>
    public bool IsEncryptedAtRest { get; }

    /// <summary>Gets the third parties that receive the data, in the order of the annotations.</summary>
    public IReadOnlyList<PersonalDataRecipient> SharedWith { get; }

    /// <summary>Gets the source file that declares the member, relative to the project folder, with '/' separators.</summary>
    public string File { get; }

    /// <summary>
    /// Gets the 1-based line of the member's declaration, or 0 when the inventory does not give it: the inventory the
    /// generator embeds has none (an edit above a member would otherwise change the generated code); <c>pii inventory</c>
    /// on a project gives the lines.
    /// </summary>
    public int Line { get; }

    /// <summary>
    /// Gets whether the app's basic function needs the data: true when it is necessary personal information of the app
    /// type set in <c>.editorconfig</c> (<c>pii_app_type</c>), false when it is not or the member is marked
    /// <c>Optional = true</c> (非必要), null when no app type is set and nothing says it is optional.
    /// </summary>
    public bool? IsNecessary { get; }

    /// <summary>Returns the element's id.</summary>
    /// <returns>The id, such as <c>Shop.Customer.Phone</c>.</returns>
    public override string ToString() => Id;
}
