using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Options;
using PiiAnalyzers.ThirdParties;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// The places a value leaves for another party in an outgoing HTTP request (PII0005): the rows of
/// <see cref="SinkTable.Sharing"/> (<c>HttpClient</c>'s send methods, the <c>System.Net.Http.Json</c> extensions,
/// <c>HttpRequestMessage</c>'s constructor, <c>Content</c> and <c>RequestUri</c>) and the <c>pii_sharing_sinks</c> the user
/// configures. Each payload's <see cref="SinkPayload.SinkName"/> is the target the message names: the request URI as
/// written, else the client or request, else the method. A request to a host of <c>pii_first_party_hosts</c>, named in the
/// code, is not a sink. And the client libraries of the third-party catalog (<see cref="ThirdPartySinks"/>), whose payloads
/// name their company. Resolved once per compilation; thread-safe.
/// </summary>
internal sealed class SharingSinks
{
    // The argument that says where a request goes: the target messages name, and the host checked against first parties.
    private const string RequestUri = "requestUri";

    // Diagnostics name the target expression; a long one is cut here.
    private const int MaxTargetLength = 60;

    // What ends the host in a URI: its path, query, fragment or port.
    private static readonly char[] HostTerminators = { '/', '?', '#', ':' };

    private static readonly ImmutableArray<SinkArgument> EveryArgument = ImmutableArray.Create(SinkArgument.Any(SinkUse.Value));

    private readonly SinkCatalog _catalog;
    private readonly ThirdPartySinks _thirdParties;
    private readonly INamedTypeSymbol? _uri;
    private readonly ConfiguredMethods _configured;
    private readonly AnalyzerOptions? _options;
    private readonly ConcurrentDictionary<SyntaxTree, HostList> _firstPartyHosts = new();

    private SharingSinks(Compilation compilation, AnalyzerOptions? options)
    {
        _catalog = SinkCatalog.Resolve(compilation, SinkTable.Sharing);
        _uri = compilation.GetTypeByMetadataName("System.Uri");
        _configured = new ConfiguredMethods(compilation, options, PiiOptions.ReadSharingSinks);
        _options = options;
        _thirdParties = ThirdPartySinks.Resolve(compilation, options);
        OperationKinds = _catalog.OperationKinds(_configured.AnyConfigured()).Union(_thirdParties.OperationKinds).ToImmutableArray();
    }

    /// <summary>The kinds of operation that can send data in this compilation; empty when no sink is visible or configured.</summary>
    public ImmutableArray<OperationKind> OperationKinds { get; }

    public static SharingSinks Resolve(Compilation compilation, AnalyzerOptions? options) => new(compilation, options);

    /// <summary>The catalog recipients whose client library the compilation can see.</summary>
    public ImmutableArray<ThirdParty> VisibleThirdParties => _thirdParties.Visible;

    /// <summary>The values an operation sends, each with the target it is sent to; empty when it sends nothing.</summary>
    public ImmutableArray<SinkPayload> Payloads(IOperation operation)
    {
        var request = operation switch
        {
            IInvocationOperation invocation => Payloads(invocation),
            IObjectCreationOperation creation when _catalog.Match(creation) is { } row => Payloads(creation.Arguments, row.Arguments, target: null),
            ISimpleAssignmentOperation assignment when _catalog.Match(assignment) is { } row => Payloads(assignment, row),
            _ => ImmutableArray<SinkPayload>.Empty,
        };
        return request.IsEmpty ? _thirdParties.Payloads(operation) : request;
    }

    private ImmutableArray<SinkPayload> Payloads(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (_catalog.Match(invocation) is { } row)
        {
            var target = invocation.Instance is { } client ? Describe(client) : method.Name;
            return Payloads(invocation.Arguments, row.Arguments, target);
        }

        return method.ContainingType is { } type && _configured.For(invocation.Syntax.SyntaxTree).Contains(method)
            ? Payloads(invocation.Arguments, EveryArgument, type.Name + "." + method.Name)
            : ImmutableArray<SinkPayload>.Empty;
    }

    // The arguments a request sends, to its request URI when it has one, else to the target given.
    private ImmutableArray<SinkPayload> Payloads(ImmutableArray<IArgumentOperation> arguments, ImmutableArray<SinkArgument> selection, string? target)
    {
        var uri = Argument(arguments, RequestUri);
        if (IsFirstParty(uri) || (uri is null && target is null))
        {
            return ImmutableArray<SinkPayload>.Empty;
        }

        var payloads = ImmutableArray.CreateBuilder<SinkPayload>();
        _catalog.AddPayloads(payloads, arguments, selection, uri is not null ? Describe(uri) : target!);
        return payloads.ToImmutable();
    }

    // request.RequestUri = …: sent to itself; request.Content = …: to the request, or to the URI of the request it initializes.
    private ImmutableArray<SinkPayload> Payloads(ISimpleAssignmentOperation assignment, SinkRow row)
    {
        var target = (IPropertyReferenceOperation)assignment.Target;
        var use = SinkCatalog.AssignedUse(row);
        if (use == ValueUse.AsText)
        {
            return IsFirstParty(assignment.Value)
                ? ImmutableArray<SinkPayload>.Empty
                : ImmutableArray.Create(new SinkPayload(assignment.Value, use, Describe(assignment.Value)));
        }

        // new HttpRequestMessage(HttpMethod.Post, url) { Content = … }: the content goes to url; request.Content = …: to request.
        var destination = target.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            && assignment.Parent?.Parent is IObjectCreationOperation creation
            && Argument(creation.Arguments, RequestUri) is { } uri
                ? uri
                : target.Instance;
        return IsFirstParty(destination)
            ? ImmutableArray<SinkPayload>.Empty
            : ImmutableArray.Create(new SinkPayload(assignment.Value, use, destination is null ? target.Property.ContainingType.Name : Describe(destination)));
    }

    // Whether a request URI names, in the code, a host of pii_first_party_hosts in force for its file.
    private bool IsFirstParty(IOperation? uri)
    {
        if (uri?.Syntax.SyntaxTree is not { } tree)
        {
            return false;
        }

        var hosts = _firstPartyHosts.GetOrAdd(tree, file => PiiOptions.ReadFirstPartyHosts(_options, file));
        return !hosts.IsEmpty && ConstantHost(uri) is { } host && hosts.Contains(host);
    }

    // The host of a URI the code fixes: a constant, or the constant start of an interpolated string, a concatenation or a
    // new Uri(...), when that start runs past the host ("https://api.example/users/" + id). Null for anything else:
    // a relative URI (sent to the client's BaseAddress), a variable, "https://api." + region + ".example".
    private string? ConstantHost(IOperation uri)
    {
        if (ConstantStart(uri, out var isWhole) is not { } start)
        {
            return null;
        }

        var scheme = start.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0)
        {
            return null;
        }

        var hostStart = scheme + 3;
        var hostEnd = start.IndexOfAny(HostTerminators, hostStart);
        if (hostEnd < 0 && !isWhole)
        {
            return null;
        }

        var host = start.Substring(hostStart, (hostEnd < 0 ? start.Length : hostEnd) - hostStart);
        return host.Length == 0 || host.IndexOf('@') >= 0 ? null : host;
    }

    private string? ConstantStart(IOperation? operation, out bool isWhole)
    {
        isWhole = false;
        switch (operation)
        {
            case { ConstantValue: { HasValue: true, Value: string text } }:
                isWhole = true;
                return text;
            case IConversionOperation conversion:
                return ConstantStart(conversion.Operand, out isWhole);
            case IInterpolatedStringOperation interpolated:
                isWhole = interpolated.Parts.Length == 1;
                return interpolated.Parts.FirstOrDefault() is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string part } } ? part : null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation:
                return ConstantStart(concatenation.LeftOperand, out _);
            case IObjectCreationOperation creation when WellKnownTypes.Is(creation.Type, _uri) && creation.Arguments.Length > 0:
                var first = ConstantStart(creation.Arguments[0].Value, out var firstIsWhole);
                isWhole = firstIsWhole && creation.Arguments.Length == 1;
                return first;
            default:
                return null;
        }
    }

    private static IOperation? Argument(ImmutableArray<IArgumentOperation> arguments, string name) =>
        arguments.FirstOrDefault(argument => argument.Parameter?.Name == name && argument.ArgumentKind != ArgumentKind.DefaultValue)?.Value;

    // The target as written, on one line (a run of white space becomes one space), cut at MaxTargetLength characters.
    private static string Describe(IOperation operation)
    {
        var syntax = operation is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand.Syntax : operation.Syntax;
        var text = new StringBuilder(MaxTargetLength + 2);
        var afterWhiteSpace = false;
        foreach (var c in syntax.ToString())
        {
            if (char.IsWhiteSpace(c))
            {
                afterWhiteSpace = true;
                continue;
            }

            if (afterWhiteSpace)
            {
                text.Append(' ');
                afterWhiteSpace = false;
            }

            text.Append(c);
            if (text.Length > MaxTargetLength)
            {
                return text.ToString(0, MaxTargetLength) + "…";
            }
        }

        return text.ToString();
    }
}
