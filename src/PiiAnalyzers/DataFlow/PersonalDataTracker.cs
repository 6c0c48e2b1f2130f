using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// Says what personal data a value carries: reads of personal members and
/// parameters; strings built from them (concatenation, interpolation, <c>string.Format</c>, <c>StringBuilder</c>,
/// <c>ToString()</c>); locals, through the writes that reach each read on the control-flow graph (see
/// <see cref="OperationBlockFlow"/>); whole objects whose type holds
/// personal data, and collections of them; text returned by any method from text arguments that carry personal data;
/// what a JSON serializer returns (<c>JsonSerializer.Serialize</c>, <c>JsonConvert.SerializeObject</c>,
/// <c>JsonContent.Create</c>), which carries every personal member of the object serialized.
/// Sanitizers (see <see cref="Sanitizers"/>) and reads of a non-identifying property or method (<c>.Length</c>,
/// <c>.Count</c>, <c>string.IsNullOrEmpty</c>: anything that returns a number or a flag) stop the flow.
/// </summary>
/// <remarks>
/// Create one per compilation (in a compilation-start action) and share it; it is thread-safe. Methods of the
/// compilation are followed through their summaries (<see cref="CalleePayloads"/>, and what a call returns); a method of
/// another assembly that returns text is assumed to carry the text passed to it, unless it is a sanitizer (mark a helper
/// with <c>[PersonalDataSanitizer]</c> when its result is safe). docs/data-flow.md says what is followed and what is not.
/// </remarks>
public sealed partial class PersonalDataTracker
{
    // Nesting of expressions and locals a value is followed through; deeper, it counts as carrying nothing more.
    private const int MaxDepth = 40;

    // Nesting of object types whose members are listed (Order → Customer → Address).
    private const int MaxTypeDepth = 4;

    // Serializers write every member of the object they are given: what they return carries the whole object.
    private static readonly ImmutableArray<string> SerializerTypeNames = ImmutableArray.Create(
        "System.Text.Json.JsonSerializer", "Newtonsoft.Json.JsonConvert", "System.Net.Http.Json.JsonContent");

    private readonly ConcurrentDictionary<ISymbol, PersonalDataSource> _sources = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<PersonalDataMember, PersonalDataSource> _frameworkCalls = new();
    private readonly FrameworkSources _framework;
    private readonly ConditionalWeakTable<IOperation, BlockFlowHolder> _blockFlows = new();
    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<PersonalDataSource>> _wholeObjects = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<PersonalDataSource>> _toStringExposures = new(SymbolEqualityComparer.Default);
    private readonly INamedTypeSymbol? _stringBuilder;
    private readonly INamedTypeSymbol? _convert;
    private readonly INamedTypeSymbol? _encoding;
    private readonly INamedTypeSymbol? _enumerable;
    private readonly INamedTypeSymbol? _formattableString;
    private readonly ImmutableArray<INamedTypeSymbol> _serializers;

    private readonly Compilation _compilation;
    private readonly LeakSinks _sinkCatalog;

    private PersonalDataTracker(Compilation compilation, PersonalDataModel model, Sanitizers sanitizers, LeakSinks sinkCatalog)
    {
        Model = model;
        Sanitizers = sanitizers;
        _compilation = compilation;
        _sinkCatalog = sinkCatalog;
        _implementations = new Lazy<Implementations>(() => Implementations.Build(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
        _framework = new FrameworkSources(compilation, model.Taxonomy);
        _stringBuilder = compilation.GetTypeByMetadataName("System.Text.StringBuilder");
        _convert = compilation.GetTypeByMetadataName("System.Convert");
        _encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
        _enumerable = compilation.GetTypeByMetadataName("System.Linq.Enumerable");
        _formattableString = compilation.GetTypeByMetadataName("System.FormattableString");
        _serializers = SerializerTypeNames
            .Select(compilation.GetTypeByMetadataName)
            .Where(serializer => serializer is not null)
            .Select(serializer => serializer!)
            .ToImmutableArray();
    }

    public PersonalDataModel Model { get; }

    public Sanitizers Sanitizers { get; }

    /// <param name="compilation">The compilation the operations come from.</param>
    /// <param name="model">The compilation's personal-data model.</param>
    /// <param name="sanitizers">The compilation's sanitizers.</param>
    /// <param name="sinkCatalog">The sinks method summaries look for; none when null (summaries then only say what methods return).</param>
    public static PersonalDataTracker Create(Compilation compilation, PersonalDataModel model, Sanitizers sanitizers, LeakSinks? sinkCatalog = null) =>
        new(compilation, model, sanitizers, sinkCatalog ?? LeakSinks.Empty);

    // The graphs of an operation block, built the first time a local of it is followed; they live as long as its tree.
    private OperationBlockFlow? BlockFlowOf(IOperation root) =>
        _blockFlows.GetValue(root, key => new BlockFlowHolder(OperationBlockFlow.Create(key))).Flow;

    /// <summary>The personal data <paramref name="value"/> carries when used as <paramref name="use"/> says; <see cref="PersonalDataFlow.None"/> when none.</summary>
    /// <param name="value">An expression's operation, with its parents (as analyzer callbacks give it), so that locals can be followed.</param>
    /// <param name="use">Whether the value itself reaches the sink or is converted to text first.</param>
    /// <param name="cancellationToken">Cancels a long walk.</param>
    public PersonalDataFlow Track(IOperation value, ValueUse use = ValueUse.AsValue, CancellationToken cancellationToken = default) =>
        new Walker(this, cancellationToken, scope: null, MaxReturnDepth).Visit(value, ModeOf(use), 0);

    /// <summary>The personal data a sink's payload carries: its value as it is used, or only what was put in its member.</summary>
    public PersonalDataFlow Track(SinkPayload payload, CancellationToken cancellationToken = default)
    {
        var walker = new Walker(this, cancellationToken, scope: null, MaxReturnDepth);
        return payload.Member is null
            ? walker.Visit(payload.Value, ModeOf(payload.Use), 0)
            : walker.VisitMemberOf(payload.Value, payload.Member, ModeOf(payload.Use), 0);
    }

    /// <summary>
    /// The source for a marked (or, in a leak model, inferred) field, property or parameter, or for a framework property that
    /// is personal data (<see cref="FrameworkSourceTable"/>); null when it is not personal data.
    /// </summary>
    public PersonalDataSource? GetSource(ISymbol symbol)
    {
        // What the code marks wins; then what the framework says a value is; a guess from the name comes last.
        var member = Model.GetMember(symbol);
        if (member is { Origin: not PersonalDataOrigin.Inferred })
        {
            return _sources.GetOrAdd(member.Symbol, _ => new PersonalDataSource(member));
        }

        if (symbol is IPropertySymbol property && _framework.ForProperty(property) is { } framework)
        {
            return _sources.GetOrAdd(framework.Symbol, _ => new PersonalDataSource(framework));
        }

        return member is null ? null : _sources.GetOrAdd(member.Symbol, _ => new PersonalDataSource(member));
    }

    // A call whose result is personal data by what it is: UserManager.GetEmailAsync, FindFirst(ClaimTypes.Email).
    private PersonalDataSource? GetSource(IInvocationOperation invocation) =>
        _framework.ForInvocation(invocation) is { } framework ? _frameworkCalls.GetOrAdd(framework, member => new PersonalDataSource(member)) : null;

    // A method whose result is personal data whatever its arguments: UserManager.GetEmailAsync.
    private PersonalDataSource? GetSource(IMethodSymbol method) =>
        _framework.ForMethod(method) is { } framework ? _frameworkCalls.GetOrAdd(framework, member => new PersonalDataSource(member)) : null;

    private bool IsText(ITypeSymbol? type) =>
        type switch
        {
            null => false,
            { SpecialType: SpecialType.System_String } => true,
            IArrayTypeSymbol array => array.ElementType.SpecialType is SpecialType.System_String or SpecialType.System_Char,
            INamedTypeSymbol named when SymbolEqualityComparer.Default.Equals(named, _stringBuilder) => true,
            INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named =>
                named.TypeArguments[0].SpecialType is SpecialType.System_Char or SpecialType.System_String
                && named.Name is "ReadOnlySpan" or "Span" or "ReadOnlyMemory" or "Memory" or "IEnumerable" or "List" or "IList" or "IReadOnlyList" or "ICollection" or "IReadOnlyCollection",
            _ => false,
        };

    private bool IsSerializer(ITypeSymbol? type) => _serializers.Any(serializer => Is(type, serializer));

    private bool Is(ITypeSymbol? type, INamedTypeSymbol? wellKnown) =>
        wellKnown is not null && type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, wellKnown);

    private sealed class BlockFlowHolder
    {
        public BlockFlowHolder(OperationBlockFlow? flow) => Flow = flow;

        public OperationBlockFlow? Flow { get; }
    }
}
