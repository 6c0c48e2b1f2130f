using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// The methods that write a log or a trace (PII0001), matched by metadata name so that no logging package is referenced:
/// Microsoft.Extensions.Logging (<c>LoggerExtensions</c>, <c>ILogger.Log</c>/<c>BeginScope</c>, <c>LoggerMessage.Define</c>
/// delegates, <c>[LoggerMessage]</c> methods), Serilog, NLog, log4net, Console, Debug/Trace/TraceSource, Activity tags and
/// baggage, and the <c>pii_log_sinks</c> the user configures. Resolved once per compilation.
/// </summary>
internal sealed class LogSinks
{
    private static readonly ImmutableHashSet<string> SerilogMethods = ImmutableHashSet.Create(
        "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "ForContext");

    private static readonly ImmutableHashSet<string> NLogMethods = ImmutableHashSet.Create(
        "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Log", "ConditionalTrace", "ConditionalDebug");

    private static readonly ImmutableHashSet<string> Log4NetMethods = ImmutableHashSet.Create(
        "Debug", "Info", "Warn", "Error", "Fatal", "DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat", "FatalFormat");

    private static readonly ImmutableHashSet<string> DiagnosticsMethods = ImmutableHashSet.Create(
        "Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Assert", "Fail",
        "TraceInformation", "TraceWarning", "TraceError", "TraceEvent", "TraceData", "TraceTransfer");

    private static readonly ImmutableHashSet<string> ActivityMethods = ImmutableHashSet.Create(
        "SetTag", "AddTag", "AddBaggage", "SetBaggage");

    private readonly INamedTypeSymbol? _melLogger;
    private readonly INamedTypeSymbol? _melLoggerExtensions;
    private readonly INamedTypeSymbol? _loggerMessageAttribute;
    private readonly ImmutableArray<INamedTypeSymbol> _serilog;
    private readonly INamedTypeSymbol? _nlogLogger;
    private readonly INamedTypeSymbol? _nlogInterface;
    private readonly INamedTypeSymbol? _log4net;
    private readonly INamedTypeSymbol? _console;
    private readonly ImmutableArray<INamedTypeSymbol> _diagnostics;
    private readonly INamedTypeSymbol? _activity;
    private readonly INamedTypeSymbol? _exception;
    private readonly INamedTypeSymbol? _formatProvider;
    private readonly ConfiguredMethods _configured;

    private LogSinks(Compilation compilation, AnalyzerOptions options)
    {
        _melLogger = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger");
        _melLoggerExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerExtensions");
        _loggerMessageAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessageAttribute");
        _serilog = WellKnownTypes.Resolve(compilation, "Serilog.ILogger", "Serilog.Log", "Serilog.Core.Logger");
        _nlogLogger = compilation.GetTypeByMetadataName("NLog.Logger");
        _nlogInterface = compilation.GetTypeByMetadataName("NLog.ILogger");
        _log4net = compilation.GetTypeByMetadataName("log4net.ILog");
        _console = compilation.GetTypeByMetadataName("System.Console");
        _diagnostics = WellKnownTypes.Resolve(compilation, "System.Diagnostics.Debug", "System.Diagnostics.Trace", "System.Diagnostics.TraceSource");
        _activity = compilation.GetTypeByMetadataName("System.Diagnostics.Activity");
        _exception = compilation.GetTypeByMetadataName("System.Exception");
        _formatProvider = compilation.GetTypeByMetadataName("System.IFormatProvider");
        _configured = new ConfiguredMethods(compilation, options, PiiOptions.ReadLogSinks);

        AnyBuiltIn = _melLogger is not null || _melLoggerExtensions is not null || !_serilog.IsEmpty || _nlogLogger is not null
            || _nlogInterface is not null || _log4net is not null || _console is not null || !_diagnostics.IsEmpty || _activity is not null;
    }

    /// <summary>Whether any built-in sink type is visible to the compilation.</summary>
    public bool AnyBuiltIn { get; }

    public static LogSinks Resolve(Compilation compilation, AnalyzerOptions options) => new(compilation, options);

    /// <summary>Whether any file configures its own sinks.</summary>
    public bool AnyConfigured() => _configured.AnyConfigured();

    /// <summary>Whether the invocation writes a log; <paramref name="sinkName"/> is how the message names it.</summary>
    public bool IsSink(IInvocationOperation invocation, out string sinkName)
    {
        var method = invocation.TargetMethod;
        sinkName = method.Name;
        var type = method.ContainingType?.OriginalDefinition;
        if (type is null)
        {
            return false;
        }

        if (method.MethodKind == MethodKind.DelegateInvoke)
        {
            // LoggerMessage.Define gives Action<ILogger, T1, …, Exception?>; DefineScope gives Func<ILogger, T1, …, IDisposable?>.
            if (_melLogger is not null && type is { IsGenericType: true, Name: "Action" or "Func" }
                && method.ContainingType!.TypeArguments.FirstOrDefault() is { } first && WellKnownTypes.Is(first, _melLogger))
            {
                sinkName = invocation.Instance switch
                {
                    IFieldReferenceOperation field => field.Field.Name,
                    IPropertyReferenceOperation property => property.Property.Name,
                    ILocalReferenceOperation local => local.Local.Name,
                    IParameterReferenceOperation parameter => parameter.Parameter.Name,
                    _ => "LoggerMessage",
                };
                return true;
            }

            return false;
        }

        return WellKnownTypes.Is(type, _melLoggerExtensions)
            || (WellKnownTypes.Is(type, _melLogger) && method.Name is "Log" or "BeginScope")
            || (_loggerMessageAttribute is not null && HasLoggerMessageAttribute(method))
            || (_serilog.Any(serilog => WellKnownTypes.Is(type, serilog)) && SerilogMethods.Contains(method.Name))
            || ((WellKnownTypes.Is(type, _nlogLogger) || WellKnownTypes.Is(type, _nlogInterface)) && NLogMethods.Contains(method.Name))
            || (WellKnownTypes.Is(type, _log4net) && Log4NetMethods.Contains(method.Name))
            || (WellKnownTypes.Is(type, _console) && method.Name is "Write" or "WriteLine")
            || (_diagnostics.Any(diagnostics => WellKnownTypes.Is(type, diagnostics)) && DiagnosticsMethods.Contains(method.Name))
            || (WellKnownTypes.Is(type, _activity) && ActivityMethods.Contains(method.Name))
            || _configured.For(invocation.Syntax.SyntaxTree).Contains(method);
    }

    /// <summary>
    /// Whether an argument can carry data into the log: not the logger itself, a level, an event id, an exception (whose
    /// message PII0003 checks where it is created), a format provider or a formatter delegate.
    /// </summary>
    public bool IsPayload(IArgumentOperation argument)
    {
        var parameter = argument.Parameter;
        if (parameter is null || argument.IsImplicit && argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            return false;
        }

        var type = parameter.Type;
        if (parameter.Ordinal == 0 && parameter.ContainingSymbol is IMethodSymbol { IsExtensionMethod: true })
        {
            return false;
        }

        return type.TypeKind is not (TypeKind.Enum or TypeKind.Delegate)
            && type.Name is not ("EventId" or "LogLevel" or "LogEventLevel" or "ILogger")
            && !WellKnownTypes.IsOrDerives(type, _exception)
            && !WellKnownTypes.Is(type, _formatProvider);
    }

    private bool HasLoggerMessageAttribute(IMethodSymbol method) =>
        method.GetAttributes().Any(attribute => WellKnownTypes.Is(attribute.AttributeClass, _loggerMessageAttribute))
        || (method.PartialDefinitionPart is { } definition && definition.GetAttributes().Any(attribute => WellKnownTypes.Is(attribute.AttributeClass, _loggerMessageAttribute)));
}
