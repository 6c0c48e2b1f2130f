using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.ThirdParties;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// The rows of one sink table a compilation can see, resolved to symbols once, and matched against operations. A call is
/// first looked up by its method's name, so that the many calls that are no sink cost one hash lookup. Thread-safe.
/// </summary>
internal sealed class SinkCatalog
{
    // Serilog's flag that makes a property's value destructured rather than printed (SinkUse.ValueIfDestructured).
    private const string DestructureObjects = "destructureObjects";

    private readonly Dictionary<string, ImmutableArray<ResolvedRow>> _methods = new(StringComparer.Ordinal);
    private readonly ImmutableArray<ResolvedRow> _patternMethods;
    private readonly ImmutableArray<ResolvedRow> _constructors;
    private readonly ConcurrentDictionary<INamedTypeSymbol, ConstructorMatch> _constructorRows = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<string, ImmutableArray<ResolvedRow>> _properties = new(StringComparer.Ordinal);
    private readonly INamedTypeSymbol? _exception;
    private readonly INamedTypeSymbol? _console;
    private readonly INamedTypeSymbol? _stream;
    private readonly INamedTypeSymbol? _fileStream;

    private SinkCatalog(Compilation compilation, ImmutableArray<SinkRow> rows)
    {
        var resolved = rows
            .Select((row, index) => compilation.GetTypeByMetadataName(row.TypeMetadataName) is { } type
                ? new ResolvedRow(row, index, type, WellKnownTypes.Resolve(compilation, row.ExcludedTypes.ToArray()))
                : null)
            .Where(row => row is not null)
            .Select(row => row!)
            .ToImmutableArray();

        foreach (var group in resolved.Where(row => row.Row.Kind == SinkMemberKind.Method)
            .SelectMany(row => row.Row.Members.Where(member => !IsPattern(member)).Select(member => (member, row)))
            .GroupBy(entry => entry.member, entry => entry.row))
        {
            _methods[group.Key] = group.ToImmutableArray();
        }

        foreach (var group in resolved.Where(row => row.Row.Kind == SinkMemberKind.Property)
            .SelectMany(row => row.Row.Members.Select(member => (member, row)))
            .GroupBy(entry => entry.member, entry => entry.row))
        {
            _properties[group.Key] = group.ToImmutableArray();
        }

        _patternMethods = resolved.Where(row => row.Row.Kind == SinkMemberKind.Method && row.Row.Members.Any(IsPattern)).ToImmutableArray();
        _constructors = resolved.Where(row => row.Row.Kind == SinkMemberKind.Constructor).ToImmutableArray();
        _exception = compilation.GetTypeByMetadataName("System.Exception");
        _console = compilation.GetTypeByMetadataName("System.Console");
        _stream = compilation.GetTypeByMetadataName("System.IO.Stream");
        _fileStream = compilation.GetTypeByMetadataName("System.IO.FileStream");
        IsEmpty = resolved.IsEmpty;
        AnyMethod = _methods.Count > 0 || !_patternMethods.IsEmpty;
        AnyConstructor = !_constructors.IsEmpty;
        AnyProperty = _properties.Count > 0;
    }

    /// <summary>Whether no row's type is visible to the compilation.</summary>
    public bool IsEmpty { get; }

    public bool AnyMethod { get; }

    public bool AnyConstructor { get; }

    public bool AnyProperty { get; }

    public static SinkCatalog Resolve(Compilation compilation, ImmutableArray<SinkRow> rows) => new(compilation, rows);

    /// <summary>
    /// The kinds of operation the visible rows match: calls (also when the user configures sink methods), constructors,
    /// property assignments; empty when nothing can match.
    /// </summary>
    public ImmutableArray<OperationKind> OperationKinds(bool anyConfigured)
    {
        var kinds = ImmutableArray.CreateBuilder<OperationKind>();
        if (AnyMethod || anyConfigured)
        {
            kinds.Add(OperationKind.Invocation);
        }

        if (AnyConstructor)
        {
            kinds.Add(OperationKind.ObjectCreation);
        }

        if (AnyProperty)
        {
            kinds.Add(OperationKind.SimpleAssignment);
        }

        return kinds.ToImmutable();
    }

    /// <summary>The first row (in table order) the call matches, or null.</summary>
    public SinkRow? Match(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.ContainingType is not { } containing)
        {
            return null;
        }

        ResolvedRow? first = null;
        if (_methods.TryGetValue(method.Name, out var rows))
        {
            first = rows.FirstOrDefault(row => Matches(row, containing, invocation.Instance?.Type) && Satisfies(row.Row.Condition, invocation));
        }

        foreach (var row in _patternMethods)
        {
            if ((first is null || row.Index < first.Index) && row.Row.Members.Any(member => NameMatches(member, method.Name))
                && Matches(row, containing, invocation.Instance?.Type) && Satisfies(row.Row.Condition, invocation))
            {
                first = row;
            }
        }

        return first?.Row;
    }

    /// <summary>The first constructor row the creation matches, or null.</summary>
    public SinkRow? Match(IObjectCreationOperation creation)
    {
        if (creation.Type is not INamedTypeSymbol type || _constructors.IsEmpty)
        {
            return null;
        }

        // Every `new` asks, and a derived or implemented row walks the type's bases and interfaces: once per type.
        return _constructorRows.GetOrAdd(type, created => new ConstructorMatch(_constructors.FirstOrDefault(row => Matches(row, created, created))?.Row)).Row;
    }

    /// <summary>The first property row the assignment's target matches, or null.</summary>
    public SinkRow? Match(ISimpleAssignmentOperation assignment)
    {
        if (assignment.Target is not IPropertyReferenceOperation { Property: { ContainingType: { } containing } property } target
            || !_properties.TryGetValue(property.Name, out var rows))
        {
            return null;
        }

        foreach (var row in rows)
        {
            if (Matches(row, containing, target.Instance?.Type))
            {
                return row.Row;
            }
        }

        return null;
    }

    /// <summary>
    /// The payloads of a matched member's arguments. A params array's elements are payloads of their own;
    /// <paramref name="elementUse"/> gives the use of the element at a position (a message template's holes), or null for the row's.
    /// <paramref name="recipient"/> is the catalog company the member sends to, if any.
    /// </summary>
    public void AddPayloads(
        ImmutableArray<SinkPayload>.Builder payloads,
        ImmutableArray<IArgumentOperation> arguments,
        ImmutableArray<SinkArgument> selection,
        string sinkName,
        Func<int, ValueUse?>? elementUse = null,
        ThirdParty? recipient = null)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue
                || Select(selection, parameter) is not { } selected)
            {
                continue;
            }

            var use = UseOf(selected.Use, arguments);
            var elements = argument.Value switch
            {
                IArrayCreationOperation { IsImplicit: true, Initializer: { } initializer } when argument.ArgumentKind == ArgumentKind.ParamArray => initializer.ElementValues,
                ICollectionExpressionOperation collection when argument.ArgumentKind == ArgumentKind.ParamCollection => collection.Elements,
                _ => default,
            };
            if (elements.IsDefault)
            {
                payloads.Add(new SinkPayload(argument.Value, use, sinkName, recipient: recipient));
                continue;
            }

            for (var i = 0; i < elements.Length; i++)
            {
                payloads.Add(new SinkPayload(elements[i], elementUse?.Invoke(i) ?? use, sinkName, recipient: recipient));
            }
        }
    }

    /// <summary>How a property row's sink writes the value assigned to it.</summary>
    public static ValueUse AssignedUse(SinkRow row) =>
        row.Arguments.FirstOrDefault()?.Use == SinkUse.Text ? ValueUse.AsText : ValueUse.AsValue;

    /// <summary>How messages name the type of a matched call: the row's display name, else the receiver's type.</summary>
    public static string TypeName(SinkRow row, IInvocationOperation invocation) =>
        row.DisplayName ?? invocation.Instance?.Type?.Name ?? invocation.TargetMethod.ContainingType.Name;

    /// <summary>How the sink writes the data of an argument selected with <paramref name="use"/>, given the call's arguments.</summary>
    private static ValueUse UseOf(SinkUse use, ImmutableArray<IArgumentOperation> arguments) =>
        use switch
        {
            SinkUse.Text => ValueUse.AsText,
            SinkUse.ValueIfDestructured => arguments.Any(argument => argument.Parameter?.Name == DestructureObjects
                && argument.Value.ConstantValue is { HasValue: true, Value: true }) ? ValueUse.AsValue : ValueUse.AsText,
            _ => ValueUse.AsValue,
        };

    /// <summary>Whether the argument of this parameter can carry data into any sink (see <see cref="SinkArgument.Any"/>).</summary>
    private bool CanCarryData(IParameterSymbol parameter)
    {
        var type = parameter.Type;
        return !(parameter.Ordinal == 0 && parameter.ContainingSymbol is IMethodSymbol { IsExtensionMethod: true })
            && type.TypeKind is not (TypeKind.Enum or TypeKind.Delegate)
            && type.Name is not ("EventId" or "LogLevel" or "LogEventLevel" or "ILogger" or "IFormatProvider" or "CancellationToken")
            && !WellKnownTypes.IsOrDerives(type, _exception);
    }

    private SinkArgument? Select(ImmutableArray<SinkArgument> selection, IParameterSymbol parameter)
    {
        foreach (var argument in selection)
        {
            var selected = argument.ParameterName is { } name
                ? name == parameter.Name
                : CanCarryData(parameter) && !argument.Except.Contains(parameter.Name)
                    && (!argument.StringsOnly || parameter.Type.SpecialType == SpecialType.System_String);
            if (selected)
            {
                return argument;
            }
        }

        return null;
    }

    private static bool IsPattern(string member) => member.EndsWith("*", StringComparison.Ordinal);

    private static bool NameMatches(string member, string name) =>
        member == SinkRow.EveryMember || (IsPattern(member) ? name.StartsWith(member.Substring(0, member.Length - 1), StringComparison.Ordinal) : member == name);

    // Exactly: the member's own type is the row's. Derived, implemented: the receiver (or, without one, the member's type)
    // is the row's type or a subtype of it that the row does not exclude.
    private static bool Matches(ResolvedRow row, INamedTypeSymbol containing, ITypeSymbol? receiver)
    {
        if (row.Row.Match == SinkTypeMatch.Exactly)
        {
            return WellKnownTypes.Is(containing, row.Type);
        }

        var subject = receiver ?? containing;
        return !row.Excluded.Any(excluded => WellKnownTypes.IsOrDerives(subject, excluded))
            && (WellKnownTypes.IsOrDerives(subject, row.Type) || WellKnownTypes.IsOrDerives(containing, row.Type));
    }

    private bool Satisfies(SinkCondition condition, IInvocationOperation invocation) =>
        condition switch
        {
            SinkCondition.NotConsoleStream => !(invocation.Instance is IPropertyReferenceOperation { Property: { IsStatic: true } property }
                && WellKnownTypes.Is(property.ContainingType, _console)),
            SinkCondition.StreamIsFileStream => WritesToFileStream(invocation),
            _ => true,
        };

    private bool WritesToFileStream(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (WellKnownTypes.Is(argument.Parameter?.Type, _stream))
            {
                var value = argument.Value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : argument.Value;
                return WellKnownTypes.IsOrDerives(value.Type, _fileStream);
            }
        }

        return false;
    }

    private sealed class ResolvedRow
    {
        public ResolvedRow(SinkRow row, int index, INamedTypeSymbol type, ImmutableArray<INamedTypeSymbol> excluded)
        {
            Row = row;
            Index = index;
            Type = type;
            Excluded = excluded;
        }

        public SinkRow Row { get; }

        /// <summary>The row's position in its table: the first row a member matches wins.</summary>
        public int Index { get; }

        public INamedTypeSymbol Type { get; }

        public ImmutableArray<INamedTypeSymbol> Excluded { get; }
    }

    // A type's constructor row, or none: a class, so that "matches no row" is cached too.
    private sealed class ConstructorMatch
    {
        public ConstructorMatch(SinkRow? row) => Row = row;

        public SinkRow? Row { get; }
    }
}
