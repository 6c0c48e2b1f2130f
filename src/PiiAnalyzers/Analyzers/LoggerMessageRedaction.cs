using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// What Microsoft.Extensions.Compliance's logging source generator (shipped in Microsoft.Extensions.Telemetry.Abstractions)
/// redacts: a <c>[LoggerMessage]</c> parameter that carries a data-classification attribute, and the classified members
/// of the object a <c>[LogProperties]</c> parameter logs. Redaction is per parameter: an unclassified parameter of the
/// same method is written as it is, and this package's <c>[PersonalData]</c> redacts nothing (only the generator redacts,
/// and it reads classifications alone). Resolved once per compilation. Inactive when the compilation cannot see
/// <c>[LoggerMessage]</c>, <c>DataClassificationAttribute</c> or <c>[LogProperties]</c>: without Telemetry.Abstractions
/// the runtime's own generator writes a classified parameter as it is.
/// </summary>
/// <remarks>
/// The generator redacts only where the application enables redaction on its logging builder (<c>EnableRedaction</c>);
/// PII0001 counts these parameters as redacted and PII0008 (<see cref="RedactionNotEnabledAnalyzer"/>) reports an
/// application that never enables it.
/// </remarks>
internal sealed class LoggerMessageRedaction
{
    /// <summary>Where <c>[LogProperties]</c> is: today's namespace and that of the first Telemetry.Abstractions releases.</summary>
    private static readonly string[] LogPropertiesMetadataNames =
    [
        "Microsoft.Extensions.Logging.LogPropertiesAttribute",
        "Microsoft.Extensions.Telemetry.Logging.LogPropertiesAttribute",
    ];

    // Bounds the walk over a [LogProperties] type and its base types.
    private const int MaxBaseTypes = 8;

    private static readonly ConditionalWeakTable<Compilation, LoggerMessageRedaction> Shared = new();

    private readonly MarkerTypes _markers;
    private readonly INamedTypeSymbol? _loggerMessage;
    private readonly ImmutableArray<INamedTypeSymbol> _logProperties;

    private LoggerMessageRedaction(Compilation compilation)
    {
        _markers = MarkerTypes.Resolve(compilation);
        _loggerMessage = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessageAttribute");
        _logProperties = WellKnownTypes.Resolve(compilation, LogPropertiesMetadataNames);
        IsActive = _loggerMessage is not null && _markers.DataClassification is not null && !_logProperties.IsEmpty;
    }

    /// <summary>Whether the compilation can use the redacting generator at all.</summary>
    public bool IsActive { get; }

    /// <summary>The redaction of a compilation, shared by PII0001 and PII0008.</summary>
    public static LoggerMessageRedaction For(Compilation compilation) => Shared.GetValue(compilation, key => new LoggerMessageRedaction(key));

    /// <summary>
    /// The sources that reach the log as they are: none when <paramref name="value"/> is given to a classified
    /// <c>[LoggerMessage]</c> parameter, the unclassified ones when it is given to a <c>[LogProperties]</c> parameter, else all.
    /// </summary>
    public ImmutableArray<PersonalDataSource> Unredacted(IOperation value, ImmutableArray<PersonalDataSource> sources)
    {
        if (!IsActive
            || value.Parent is not IArgumentOperation { Parameter: { } parameter }
            || !IsLoggerMessage(parameter.ContainingSymbol))
        {
            return sources;
        }

        if (IsClassified(parameter))
        {
            return ImmutableArray<PersonalDataSource>.Empty;
        }

        return HasLogProperties(parameter)
            ? sources.RemoveAll(source => (source.Member.Markers & PersonalDataMarkerKinds.DataClassification) != 0)
            : sources;
    }

    /// <summary>Whether the generator redacts something of this parameter: it is classified, or it logs an object's classified members.</summary>
    public bool Redacts(IParameterSymbol parameter) =>
        IsActive && (IsClassified(parameter) || (HasLogProperties(parameter) && HasClassifiedMembers(parameter.Type)));

    /// <summary>Whether the method (or the declaration of a partial method) carries <c>[LoggerMessage]</c>.</summary>
    public bool IsLoggerMessage(ISymbol? symbol) =>
        _loggerMessage is not null
        && symbol is IMethodSymbol method
        && (HasAttribute(method, _loggerMessage) || (method.PartialDefinitionPart is { } definition && HasAttribute(definition, _loggerMessage)));

    private bool IsClassified(IParameterSymbol parameter) =>
        parameter.GetAttributes().Any(attribute => attribute.AttributeClass is { TypeKind: not TypeKind.Error } type && _markers.IsPersonalClassification(type));

    private bool HasLogProperties(IParameterSymbol parameter) =>
        parameter.GetAttributes().Any(attribute => _logProperties.Any(logProperties => WellKnownTypes.Is(attribute.AttributeClass, logProperties)));

    private bool HasClassifiedMembers(ITypeSymbol type)
    {
        var current = type as INamedTypeSymbol;
        for (var depth = 0; current is not null && depth < MaxBaseTypes; depth++, current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol or IFieldSymbol { IsImplicitlyDeclared: false }
                    && MemberMarkerReader.Read(member, _markers) is { } markers
                    && (markers.Kinds & PersonalDataMarkerKinds.DataClassification) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol attribute) =>
        symbol.GetAttributes().Any(candidate => WellKnownTypes.Is(candidate.AttributeClass, attribute));
}
