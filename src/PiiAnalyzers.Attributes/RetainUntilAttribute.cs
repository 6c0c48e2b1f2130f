using System;

namespace PiiAnalyzers;

/// <summary>
/// Says how long personal data may be kept: until an event, for an ISO 8601 duration, or for a duration after an event.
/// </summary>
/// <example>
/// <code>
/// [RetainUntil(RetentionEvents.AccountDeleted)]   // until the account is deleted
/// [RetainUntil("P180D")]                         // 180 days
/// [RetainUntil("account-deleted+P3D")]           // three days after the account is deleted
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class RetainUntilAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="RetainUntilAttribute"/> class.</summary>
    /// <param name="rule">
    /// An event from <see cref="RetentionEvents"/>, an ISO 8601 duration such as <c>P180D</c>, or both joined by <c>+</c>.
    /// </param>
    public RetainUntilAttribute(string rule)
    {
        Rule = rule;
    }

    /// <summary>Gets the retention rule.</summary>
    public string Rule { get; }
}
