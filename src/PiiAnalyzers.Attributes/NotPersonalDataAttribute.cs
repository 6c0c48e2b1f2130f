using System;

namespace PiiAnalyzers;

/// <summary>
/// Says that a member whose name or type looks like personal data holds none (a scheduled task's <c>Name</c>, a server's
/// <c>IpAddress</c>, a shop's <c>Phone</c>): discovery (PII0006) does not suggest annotating it, and the leak rules do not
/// infer that it is personal data. On a class or struct, it says so of every member the type declares. An explicit
/// <see cref="PersonalDataAttribute"/> on a member still makes it personal data.
/// </summary>
/// <example>
/// <code>
/// public class ScheduledTask
/// {
///     [NotPersonalData(Reason = "The name an administrator gives a job")]
///     public string Name { get; set; } = "";
/// }
/// </code>
/// </example>
[AttributeUsage(
    AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct,
    AllowMultiple = false,
    Inherited = false)]
public sealed class NotPersonalDataAttribute : Attribute
{
    /// <summary>Why the value identifies no one, for the next reader.</summary>
    public string? Reason { get; set; }
}
