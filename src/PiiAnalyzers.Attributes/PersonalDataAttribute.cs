using System;

namespace PiiAnalyzers;

/// <summary>
/// Marks a field, property or parameter as holding personal data of one category of the taxonomy.
/// </summary>
/// <example>
/// <code>
/// [PersonalData(DataCategories.Contact.Phone, Purpose = "Order delivery")]
/// public string Phone { get; set; }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class PersonalDataAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="PersonalDataAttribute"/> class.</summary>
    /// <param name="category">
    /// A category id, such as <see cref="DataCategories.Contact.Phone"/>, or a custom id declared with
    /// <see cref="PersonalDataCategoryAttribute"/>.
    /// </param>
    public PersonalDataAttribute(string category)
    {
        Category = category;
    }

    /// <summary>Gets the category id of the data, such as <c>contact.phone</c>.</summary>
    public string Category { get; }

    /// <summary>Gets or sets why the data is collected, in the words of the privacy policy.</summary>
    public string? Purpose { get; set; }

    /// <summary>
    /// Gets or sets whether the data is sensitive personal information, overriding the sensitivity of its category.
    /// </summary>
    public bool Sensitive { get; set; }

    /// <summary>
    /// Gets or sets whether the data is optional: the app works without it, and the user may decline to give it. Data
    /// outside the necessary personal information of the app's type (<c>pii_app_type</c> in <c>.editorconfig</c>; the
    /// 2021 rules on the necessary personal information of common types of mobile apps) must be optional, or PII0010
    /// reports it; the inventory lists optional data as 非必要 (optional).
    /// </summary>
    /// <example>
    /// <code>
    /// [PersonalData(DataCategories.Profile.BirthDate, Purpose = "Birthday coupons", Optional = true)]
    /// public DateOnly? BirthDate { get; set; }
    /// </code>
    /// </example>
    public bool Optional { get; set; }
}
