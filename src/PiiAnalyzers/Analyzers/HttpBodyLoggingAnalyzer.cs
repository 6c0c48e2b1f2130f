using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// PII0001 for ASP.NET Core's HTTP logging: when it logs request or response bodies, every endpoint whose body holds
/// personal data writes that data to a log. Reported at each parameter an endpoint (an MVC action, a minimal API handler)
/// binds from the request body, and at the type its response returns, naming the personal members. An endpoint that
/// sets its own fields (<c>[HttpLogging]</c>, <c>.WithHttpLogging</c>) is reported as it is analyzed; the others once the
/// whole compilation has been seen, if the application's options (<c>HttpLoggingOptions.LoggingFields</c>) log bodies.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HttpBodyLoggingAnalyzer : DiagnosticAnalyzer
{
    private const string RequestBodySink = "HTTP request body logging";

    private const string ResponseBodySink = "HTTP response body logging";

    private static readonly LeakRule EndpointRule = LeakRule.Log;

    private static readonly LeakRule ApplicationRule =
        new(DiagnosticDescriptors.PersonalDataInHttpBodyLog, DiagnosticDescriptors.PersonalDataInHttpBodyLogInferred, raisedWhenSensitive: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.PersonalDataInLog,
        DiagnosticDescriptors.PersonalDataInLogInferred,
        DiagnosticDescriptors.PersonalDataInHttpBodyLog,
        DiagnosticDescriptors.PersonalDataInHttpBodyLogInferred);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (HttpLoggingEndpoints.Resolve(start.Compilation) is not { } endpoints)
            {
                return;
            }

            var tracker = LeakTracking.For(start.Compilation, start.Options).Tracker;
            var analyzer = new AnalyzerContext(endpoints, tracker);
            start.RegisterOperationAction(analyzer.AnalyzeFields, OperationKind.SimpleAssignment, OperationKind.CompoundAssignment);
            start.RegisterOperationAction(analyzer.AnalyzeInvocation, OperationKind.Invocation);
            start.RegisterSymbolAction(analyzer.AnalyzeMethod, SymbolKind.Method);
            start.RegisterCompilationEndAction(analyzer.ReportApplicationWide);
        });
    }

    private sealed class AnalyzerContext
    {
        private readonly HttpLoggingEndpoints _endpoints;
        private readonly PersonalDataTracker _tracker;
        private readonly ConcurrentBag<Finding> _awaitingOptions = new();
        private int _applicationBodies;

        public AnalyzerContext(HttpLoggingEndpoints endpoints, PersonalDataTracker tracker)
        {
            _endpoints = endpoints;
            _tracker = tracker;
        }

        public void AnalyzeFields(OperationAnalysisContext context)
        {
            if (_endpoints.FieldsSetFor(context.Operation) is { } bodies)
            {
                int seen;
                do
                {
                    seen = _applicationBodies;
                }
                while (Interlocked.CompareExchange(ref _applicationBodies, seen | (int)bodies, seen) != seen);
            }
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            if (_endpoints.MinimalApi((IInvocationOperation)context.Operation) is { } endpoint)
            {
                Analyze(endpoint, context.ReportDiagnostic);
            }
        }

        public void AnalyzeMethod(SymbolAnalysisContext context)
        {
            if (_endpoints.MvcAction((IMethodSymbol)context.Symbol) is { } endpoint)
            {
                Analyze(endpoint, context.ReportDiagnostic);
            }
        }

        public void ReportApplicationWide(CompilationAnalysisContext context)
        {
            var bodies = (BodyLogging)_applicationBodies;
            foreach (var finding in _awaitingOptions.Where(finding => (bodies & finding.Body) != 0).OrderBy(finding => finding.Location.SourceSpan.Start))
            {
                Report(ApplicationRule, finding, context.ReportDiagnostic);
            }
        }

        private void Analyze(HttpEndpoint endpoint, System.Action<Diagnostic> report)
        {
            foreach (var finding in Findings(endpoint))
            {
                if (endpoint.Fields is not { } fields)
                {
                    _awaitingOptions.Add(finding);
                }
                else if ((fields & finding.Body) != 0)
                {
                    Report(EndpointRule, finding, report);
                }
            }
        }

        // What the endpoint's bodies would carry: each parameter bound from the request body, the response's type.
        private ImmutableArray<Finding> Findings(HttpEndpoint endpoint)
        {
            var findings = ImmutableArray.CreateBuilder<Finding>();
            foreach (var (parameter, isExplicit) in _endpoints.BodyParameters(endpoint))
            {
                var sources = _tracker.GetWholeObjectSources(parameter.Type);
                if (isExplicit && _tracker.GetSource(parameter) is { } own)
                {
                    sources = sources.Insert(0, own);
                }

                if (!sources.IsEmpty && parameter.Locations.FirstOrDefault() is { IsInSource: true } location)
                {
                    findings.Add(new Finding(location, sources, BodyLogging.Request));
                }
            }

            var response = _tracker.GetWholeObjectSources(_endpoints.ResponseType(endpoint));
            if (!response.IsEmpty && endpoint.Response.IsInSource)
            {
                findings.Add(new Finding(endpoint.Response, response, BodyLogging.Response));
            }

            return findings.ToImmutable();
        }

        private void Report(LeakRule rule, Finding finding, System.Action<Diagnostic> report)
        {
            var sink = finding.Body == BodyLogging.Request ? RequestBodySink : ResponseBodySink;
            var inference = _tracker.Model.InferenceSettingsFor(finding.Location.SourceTree!);
            if (LeakDiagnostics.Create(rule, finding.Location, finding.Sources, inference, properties: null, sink) is { } diagnostic)
            {
                report(diagnostic);
            }
        }
    }

    private sealed class Finding
    {
        public Finding(Location location, ImmutableArray<PersonalDataSource> sources, BodyLogging body)
        {
            Location = location;
            Sources = sources;
            Body = body;
        }

        public Location Location { get; }

        public ImmutableArray<PersonalDataSource> Sources { get; }

        public BodyLogging Body { get; }
    }
}
