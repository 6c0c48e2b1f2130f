using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// The calls that write a log or a trace (PII0001): the rows of <see cref="SinkTable.Log"/>, the delegates
/// <c>LoggerMessage.Define</c>/<c>DefineScope</c> return, <c>[LoggerMessage]</c> methods, and the <c>pii_log_sinks</c> the
/// user configures. A params array's elements follow the call's constant message template: a plain hole prints its
/// argument's <c>ToString()</c>, a <c>{@Destructured}</c> one writes its members (see <see cref="MessageTemplate"/>); a
/// scope's state gives a payload per entry of a key/value collection (see <see cref="LogScopeState"/>).
/// Resolved once per compilation; thread-safe.
/// </summary>
internal sealed class LogSinks
{
    private static readonly ImmutableArray<SinkArgument> EveryArgument = ImmutableArray.Create(SinkArgument.Any(SinkUse.Value));

    private readonly SinkCatalog _catalog;
    private readonly LogScopeState _scopeState;
    private readonly INamedTypeSymbol? _melLogger;
    private readonly INamedTypeSymbol? _loggerMessageAttribute;
    private readonly ConfiguredMethods _configured;

    private LogSinks(Compilation compilation, AnalyzerOptions? options)
    {
        _catalog = SinkCatalog.Resolve(compilation, SinkTable.Log);
        _scopeState = new LogScopeState(compilation);
        _melLogger = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger");
        _loggerMessageAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessageAttribute");
        _configured = new ConfiguredMethods(compilation, options, PiiOptions.ReadLogSinks);
        OperationKinds = !_catalog.IsEmpty || _melLogger is not null || _loggerMessageAttribute is not null || _configured.AnyConfigured()
            ? ImmutableArray.Create(OperationKind.Invocation)
            : ImmutableArray<OperationKind>.Empty;
    }

    /// <summary>The kinds of operation that can write a log in this compilation; empty when no sink is visible or configured.</summary>
    public ImmutableArray<OperationKind> OperationKinds { get; }

    public static LogSinks Resolve(Compilation compilation, AnalyzerOptions? options) => new(compilation, options);

    /// <summary>The values an operation writes to a log (only calls do); empty when it writes none.</summary>
    public ImmutableArray<SinkPayload> Payloads(IOperation operation)
    {
        if (operation is not IInvocationOperation invocation)
        {
            return ImmutableArray<SinkPayload>.Empty;
        }

        ImmutableArray<SinkArgument> arguments;
        string sinkName;
        if (_catalog.Match(invocation) is { } row)
        {
            arguments = row.Arguments;
            sinkName = invocation.TargetMethod.Name;
        }
        else if (LoggerMessageDelegate(invocation) is { } delegateName)
        {
            arguments = EveryArgument;
            sinkName = delegateName;
        }
        else if (HasLoggerMessageAttribute(invocation.TargetMethod) || _configured.For(invocation.Syntax.SyntaxTree).Contains(invocation.TargetMethod))
        {
            arguments = EveryArgument;
            sinkName = invocation.TargetMethod.Name;
        }
        else
        {
            return ImmutableArray<SinkPayload>.Empty;
        }

        var payloads = ImmutableArray.CreateBuilder<SinkPayload>();
        if (arguments.Any(argument => argument.Use == SinkUse.ScopeState))
        {
            foreach (var state in invocation.Arguments.Where(argument => argument.ArgumentKind != ArgumentKind.DefaultValue
                && arguments.Any(selected => selected.Use == SinkUse.ScopeState && selected.ParameterName == argument.Parameter?.Name)))
            {
                _scopeState.AddPayloads(payloads, state.Value, sinkName);
            }

            arguments = arguments.RemoveAll(argument => argument.Use == SinkUse.ScopeState);
        }

        var template = MessageTemplate.Of(invocation);
        _catalog.AddPayloads(payloads, invocation.Arguments, arguments, sinkName, template is null ? null : position => template.UseOf(position));
        return payloads.ToImmutable();
    }

    // LoggerMessage.Define gives Action<ILogger, T1, …, Exception?>; DefineScope gives Func<ILogger, T1, …, IDisposable?>.
    // The message names the delegate as the code does: its field, property, local or parameter.
    private string? LoggerMessageDelegate(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (_melLogger is null || method.MethodKind != MethodKind.DelegateInvoke
            || method.ContainingType is not { IsGenericType: true, Name: "Action" or "Func" } type
            || type.TypeArguments.FirstOrDefault() is not { } first || !WellKnownTypes.Is(first, _melLogger))
        {
            return null;
        }

        return invocation.Instance switch
        {
            IFieldReferenceOperation field => field.Field.Name,
            IPropertyReferenceOperation property => property.Property.Name,
            ILocalReferenceOperation local => local.Local.Name,
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            _ => "LoggerMessage",
        };
    }

    private bool HasLoggerMessageAttribute(IMethodSymbol method) =>
        _loggerMessageAttribute is not null
        && (method.GetAttributes().Any(attribute => WellKnownTypes.Is(attribute.AttributeClass, _loggerMessageAttribute))
            || (method.PartialDefinitionPart is { } definition && definition.GetAttributes().Any(attribute => WellKnownTypes.Is(attribute.AttributeClass, _loggerMessageAttribute))));
}
