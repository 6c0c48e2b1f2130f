using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// PII0008: an application whose <c>[LoggerMessage]</c> methods have classified parameters (or <c>[LogProperties]</c>
/// objects with classified members) never calls <c>EnableRedaction</c> on its logging builder. PII0001 counts those
/// parameters as redacted (<see cref="LoggerMessageRedaction"/>); this rule says, once per compilation, that the redaction
/// never happens. Reported on the logging setup (<c>AddLogging</c>, <c>builder.Logging</c>, <c>ConfigureLogging</c>,
/// <c>LoggerFactory.Create</c>), else on the first classified parameter. A library is not checked: its host decides.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RedactionNotEnabledAnalyzer : DiagnosticAnalyzer
{
    private const string EnableRedactionMethod = "EnableRedaction";

    /// <summary>The calls that set up an application's logging: the type that declares the method, and the method.</summary>
    private static readonly ImmutableArray<(string Type, string Method)> SetupCalls = ImmutableArray.Create(
        ("Microsoft.Extensions.DependencyInjection.LoggingServiceCollectionExtensions", "AddLogging"),
        ("Microsoft.Extensions.Hosting.HostingHostBuilderExtensions", "ConfigureLogging"),
        ("Microsoft.AspNetCore.Hosting.WebHostBuilderExtensions", "ConfigureLogging"),
        ("Microsoft.Extensions.Logging.LoggerFactory", "Create"));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.RedactionNotEnabled);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var compilation = start.Compilation;
            if (compilation.Options.OutputKind is not (OutputKind.ConsoleApplication or OutputKind.WindowsApplication or OutputKind.WindowsRuntimeApplication))
            {
                return;
            }

            var redaction = LoggerMessageRedaction.For(compilation);
            if (!redaction.IsActive)
            {
                return;
            }

            var analyzer = new AnalyzerContext(compilation, redaction);
            start.RegisterSymbolAction(analyzer.AnalyzeMethod, SymbolKind.Method);
            start.RegisterOperationAction(analyzer.AnalyzeInvocation, OperationKind.Invocation);
            start.RegisterOperationAction(analyzer.AnalyzePropertyReference, OperationKind.PropertyReference);
            start.RegisterCompilationEndAction(analyzer.ReportUnlessEnabled);
        });
    }

    private sealed class AnalyzerContext
    {
        private readonly LoggerMessageRedaction _redaction;
        private readonly INamedTypeSymbol? _loggingBuilder;
        private readonly ImmutableArray<(INamedTypeSymbol Type, string Method)> _setupCalls;
        private readonly FirstInSource _setup = new();
        private readonly FirstInSource _redactedParameter = new();
        private int _redactionEnabled;

        public AnalyzerContext(Compilation compilation, LoggerMessageRedaction redaction)
        {
            _redaction = redaction;
            _loggingBuilder = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILoggingBuilder");
            _setupCalls = SetupCalls
                .Select(call => (Type: compilation.GetTypeByMetadataName(call.Type), call.Method))
                .Where(call => call.Type is not null)
                .Select(call => (call.Type!, call.Method))
                .ToImmutableArray();
        }

        public void AnalyzeMethod(SymbolAnalysisContext context)
        {
            var method = (IMethodSymbol)context.Symbol;
            if (!_redaction.IsLoggerMessage(method))
            {
                return;
            }

            foreach (var parameter in method.Parameters)
            {
                if (_redaction.Redacts(parameter) && parameter.Locations.FirstOrDefault(location => location.IsInSource) is { } location)
                {
                    _redactedParameter.Offer(location, $"{method.ContainingType?.Name}.{method.Name}({parameter.Name})");
                }
            }
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
            if (method.Name == EnableRedactionMethod
                && method.IsExtensionMethod
                && method.Parameters.Length > 0
                && WellKnownTypes.Is(method.Parameters[0].Type, _loggingBuilder))
            {
                Interlocked.Exchange(ref _redactionEnabled, 1);
                return;
            }

            var declaringType = method.ContainingType?.OriginalDefinition;
            if (declaringType is not null && _setupCalls.Any(call => call.Method == method.Name && WellKnownTypes.Is(declaringType, call.Type)))
            {
                _setup.Offer(NameLocation(invocation.Syntax), null);
            }
        }

        // builder.Logging: HostApplicationBuilder, WebApplicationBuilder and IHostApplicationBuilder all expose it.
        public void AnalyzePropertyReference(OperationAnalysisContext context)
        {
            var reference = (IPropertyReferenceOperation)context.Operation;
            if (WellKnownTypes.Is(reference.Property.Type, _loggingBuilder))
            {
                _setup.Offer(NameLocation(reference.Syntax), null);
            }
        }

        public void ReportUnlessEnabled(CompilationAnalysisContext context)
        {
            if (Volatile.Read(ref _redactionEnabled) != 0 || _redactedParameter.Location is not { } parameterLocation)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.RedactionNotEnabled,
                _setup.Location ?? parameterLocation,
                _redactedParameter.Name));
        }

        // services.AddLogging(...) → AddLogging; builder.Logging → Logging: the name, not a whole setup lambda.
        private static Location NameLocation(SyntaxNode syntax) =>
            syntax switch
            {
                InvocationExpressionSyntax invocation => NameLocation(invocation.Expression),
                MemberAccessExpressionSyntax access => access.Name.GetLocation(),
                MemberBindingExpressionSyntax binding => binding.Name.GetLocation(),
                _ => syntax.GetLocation(),
            };
    }

    /// <summary>
    /// The first location offered, in file path and then position order, whatever order concurrent actions offer them in:
    /// the diagnostic lands on the same place in every build.
    /// </summary>
    private sealed class FirstInSource
    {
        private readonly object _gate = new();
        private Location? _location;
        private string? _name;

        public Location? Location
        {
            get
            {
                lock (_gate)
                {
                    return _location;
                }
            }
        }

        public string? Name
        {
            get
            {
                lock (_gate)
                {
                    return _name;
                }
            }
        }

        public void Offer(Location location, string? name)
        {
            lock (_gate)
            {
                if (_location is null || Compare(location, _location) < 0)
                {
                    _location = location;
                    _name = name;
                }
            }
        }

        private static int Compare(Location x, Location y)
        {
            var byPath = string.CompareOrdinal(x.SourceTree?.FilePath, y.SourceTree?.FilePath);
            return byPath != 0 ? byPath : x.SourceSpan.Start.CompareTo(y.SourceSpan.Start);
        }
    }
}
