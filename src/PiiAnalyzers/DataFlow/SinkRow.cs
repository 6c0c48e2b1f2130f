using System.Collections.Immutable;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// One row of a sink table (<see cref="SinkTable"/>): a type by metadata name, how other types match it, the members of
/// it that are sinks, and which of their arguments carry data and how. No package is referenced: a row whose type the
/// compilation cannot see is skipped.
/// </summary>
public sealed class SinkRow
{
    /// <summary>In <see cref="Members"/>: every method of the type.</summary>
    public const string EveryMember = "*";

    private SinkRow(
        string typeMetadataName,
        SinkTypeMatch match,
        SinkMemberKind kind,
        ImmutableArray<string> members,
        ImmutableArray<SinkArgument> arguments,
        string? displayName,
        ImmutableArray<string> excludedTypes,
        SinkCondition condition)
    {
        TypeMetadataName = typeMetadataName;
        Match = match;
        Kind = kind;
        Members = members;
        Arguments = arguments;
        DisplayName = displayName;
        ExcludedTypes = excludedTypes;
        Condition = condition;
    }

    public string TypeMetadataName { get; }

    public SinkTypeMatch Match { get; }

    public SinkMemberKind Kind { get; }

    /// <summary>
    /// The methods or properties (empty for constructors): a name, <see cref="EveryMember"/>, or a prefix ending in
    /// <c>*</c> (<c>Execute*</c>).
    /// </summary>
    public ImmutableArray<string> Members { get; }

    /// <summary>The arguments that carry data (for a property, its setter's <c>value</c>).</summary>
    public ImmutableArray<SinkArgument> Arguments { get; }

    /// <summary>How messages name the type (<c>ISession</c> for <c>SessionExtensions</c>); null: the receiver's type.</summary>
    public string? DisplayName { get; }

    /// <summary>Metadata names of derived types that are not sinks (a <c>StringWriter</c> writes to memory).</summary>
    public ImmutableArray<string> ExcludedTypes { get; }

    public SinkCondition Condition { get; }

    public static SinkRow Methods(string typeMetadataName, SinkTypeMatch match, string[] methods, params SinkArgument[] arguments) =>
        new(typeMetadataName, match, SinkMemberKind.Method, ImmutableArray.Create(methods), ImmutableArray.Create(arguments), null, ImmutableArray<string>.Empty, SinkCondition.None);

    public static SinkRow Constructors(string typeMetadataName, SinkTypeMatch match, params SinkArgument[] arguments) =>
        new(typeMetadataName, match, SinkMemberKind.Constructor, ImmutableArray<string>.Empty, ImmutableArray.Create(arguments), null, ImmutableArray<string>.Empty, SinkCondition.None);

    /// <summary>An assignment to the property: its value is the data.</summary>
    public static SinkRow Property(string typeMetadataName, SinkTypeMatch match, string property, SinkUse use) =>
        new(typeMetadataName, match, SinkMemberKind.Property, ImmutableArray.Create(property), ImmutableArray.Create(SinkArgument.Named("value", use)), null, ImmutableArray<string>.Empty, SinkCondition.None);

    public SinkRow NamedAs(string displayName) =>
        new(TypeMetadataName, Match, Kind, Members, Arguments, displayName, ExcludedTypes, Condition);

    public SinkRow Excluding(params string[] typeMetadataNames) =>
        new(TypeMetadataName, Match, Kind, Members, Arguments, DisplayName, ImmutableArray.Create(typeMetadataNames), Condition);

    public SinkRow When(SinkCondition condition) =>
        new(TypeMetadataName, Match, Kind, Members, Arguments, DisplayName, ExcludedTypes, condition);
}

/// <summary>Which arguments of a sink member carry data, and how the sink writes them.</summary>
public sealed class SinkArgument
{
    private SinkArgument(string? parameterName, bool stringsOnly, ImmutableArray<string> except, SinkUse use)
    {
        ParameterName = parameterName;
        StringsOnly = stringsOnly;
        Except = except;
        Use = use;
    }

    /// <summary>The parameter's name; null for every argument that can carry data.</summary>
    public string? ParameterName { get; }

    /// <summary>Only <c>string</c> arguments (an exception's message and the text it formats into it).</summary>
    public bool StringsOnly { get; }

    /// <summary>Parameters left out of "every argument" (an exception's <c>paramName</c>).</summary>
    public ImmutableArray<string> Except { get; }

    public SinkUse Use { get; }

    public static SinkArgument Named(string parameterName, SinkUse use) => new(parameterName, false, ImmutableArray<string>.Empty, use);

    /// <summary>
    /// Every argument that can carry data: not an extension method's receiver, an enum, a delegate, a logger, a level, an
    /// event id, an exception (PII0003 checks its message where it is created), a format provider or a cancellation token.
    /// </summary>
    public static SinkArgument Any(SinkUse use) => new(null, false, ImmutableArray<string>.Empty, use);

    public static SinkArgument AnyString(SinkUse use, params string[] except) => new(null, true, ImmutableArray.Create(except), use);
}

/// <summary>Which types a row's type matches.</summary>
public enum SinkTypeMatch
{
    /// <summary>The type itself, any construction of it: the member called is one it declares.</summary>
    Exactly,

    /// <summary>The class and every class derived from it, matched on the receiver (<c>StreamWriter</c> for <c>TextWriter</c>).</summary>
    Derived,

    /// <summary>The interface and every type that implements it, matched on the receiver.</summary>
    Implemented,
}

/// <summary>What kind of member a row names.</summary>
public enum SinkMemberKind
{
    Method,
    Constructor,

    /// <summary>An assignment to the property (also in an object initializer).</summary>
    Property,
}

/// <summary>How a sink writes the data an argument carries, which decides what a whole object contributes (see <see cref="ValueUse"/>).</summary>
public enum SinkUse
{
    /// <summary>As it is: serialized, destructured, stored.</summary>
    Value,

    /// <summary>As its <c>ToString()</c>.</summary>
    Text,

    /// <summary>
    /// Serilog's properties (<c>ForContext</c>, <c>LogContext.PushProperty</c>): as a value when the call's
    /// <c>destructureObjects</c> argument is the constant <c>true</c>, as text otherwise.
    /// </summary>
    ValueIfDestructured,

    /// <summary>
    /// A logging scope's state: each entry of a key/value collection written in place as text (as a value when its key
    /// starts with <c>@</c>, which Serilog destructures), another key/value collection as a value, anything else as text.
    /// </summary>
    ScopeState,
}

/// <summary>What else a call must satisfy to be a sink: logic too small for its own table, named by a row.</summary>
public enum SinkCondition
{
    None,

    /// <summary>The receiver is not <c>Console.Out</c> or <c>Console.Error</c>, which write to the console that PII0001 checks.</summary>
    NotConsoleStream,

    /// <summary>The call's <c>Stream</c> argument is a <c>FileStream</c>: a <c>MemoryStream</c> or a response body is not storage.</summary>
    StreamIsFileStream,
}
