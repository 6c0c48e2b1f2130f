using System;

namespace PiiAnalyzers;

/// <summary>
/// Marks a method whose result no longer identifies anyone (it masks, hashes, encrypts or redacts its input), so that the
/// analyzers stop following personal data through it. On a class, it marks every method of the class.
/// </summary>
/// <example>
/// <code>
/// [PersonalDataSanitizer]
/// public static string Mask(string email) => email.Length &lt; 3 ? "***" : email.Substring(0, 2) + "***";
///
/// logger.LogInformation("Sent to {Email}", Mask(customer.Email));   // no PII0001
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PersonalDataSanitizerAttribute : Attribute
{
}
