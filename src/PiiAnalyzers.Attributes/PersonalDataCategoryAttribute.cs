using System;

namespace PiiAnalyzers;

/// <summary>
/// Declares a custom data category for this assembly, for data the built-in taxonomy has no id for.
/// </summary>
/// <example>
/// <code>
/// [assembly: PersonalDataCategory("loyalty.member-id", "会员号", "loyalty member id", Sensitive = false)]
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class PersonalDataCategoryAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="PersonalDataCategoryAttribute"/> class.</summary>
    /// <param name="id">The category id: lowercase words joined by '-', levels separated by '.', such as <c>loyalty.member-id</c>.</param>
    /// <param name="chineseName">The category's name in Chinese, as a privacy policy would write it.</param>
    /// <param name="englishName">The category's name in English, as a privacy policy would write it.</param>
    public PersonalDataCategoryAttribute(string id, string chineseName, string englishName)
    {
        Id = id;
        ChineseName = chineseName;
        EnglishName = englishName;
    }

    /// <summary>Gets the category id.</summary>
    public string Id { get; }

    /// <summary>Gets the category's name in Chinese.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the category's name in English.</summary>
    public string EnglishName { get; }

    /// <summary>Gets or sets whether data of this category is sensitive personal information.</summary>
    public bool Sensitive { get; set; }
}
