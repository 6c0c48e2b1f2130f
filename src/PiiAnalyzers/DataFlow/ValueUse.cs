namespace PiiAnalyzers.DataFlow;

/// <summary>How a value reaches the place being checked, which decides what a whole object contributes.</summary>
public enum ValueUse
{
    /// <summary>
    /// The value itself reaches the sink (a log argument, a stored value): a structured logger or a serializer can write
    /// every member of an object, so an object carries all the personal data its type holds.
    /// </summary>
    AsValue,

    /// <summary>
    /// The value is converted to text (interpolation, concatenation, <c>string.Format</c>, <c>ToString()</c>): an object
    /// carries only what its <c>ToString</c> prints (a record's generated one, or an override that includes personal members).
    /// </summary>
    AsText,

    /// <summary>
    /// Only what was read into the value reaches the sink, not what its type holds: a helper's parameter that the helper
    /// reads text from (<c>phone.Trim()</c>), or whose members it passes on.
    /// </summary>
    AsRead,
}
