using System;

namespace PiiAnalyzers;

/// <summary>
/// Marks personal data as sensitive personal information (PIPL Art. 28, GDPR Art. 9), whatever its category.
/// </summary>
/// <remarks>Categories such as <see cref="DataCategories.Identity.NationalId"/> are sensitive without it.</remarks>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class SensitiveAttribute : Attribute
{
}
