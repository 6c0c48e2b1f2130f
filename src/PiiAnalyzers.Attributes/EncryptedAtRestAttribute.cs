using System;

namespace PiiAnalyzers;

/// <summary>
/// States that personal data is stored encrypted: through a value converter, a data protector or a column
/// encryption key. The storage analyzer trusts it and the policy check counts it as encrypted.
/// </summary>
/// <remarks>On a class, marks a value converter or protector type that encrypts what it stores.</remarks>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class EncryptedAtRestAttribute : Attribute
{
}
