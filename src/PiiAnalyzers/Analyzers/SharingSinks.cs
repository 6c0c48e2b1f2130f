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

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// The places a value leaves for another party in an outgoing HTTP request (PII0005), matched by metadata name:
/// <c>HttpClient</c>'s send methods (their <c>requestUri</c> and <c>content</c>), the <c>System.Net.Http.Json</c>
/// <c>…AsJsonAsync</c> extensions (<c>requestUri</c> and <c>value</c>), <c>new HttpRequestMessage(method, uri)</c>,
/// <c>HttpRequestMessage.RequestUri</c> and <c>.Content</c>, and the <c>pii_sharing_sinks</c> the user configures.
/// A request URI is followed as text (data in its path or query string); content as a value (a serialized object sends
/// every member). A request to a host of <c>pii_first_party_hosts</c>, named in the code, is not a sink. Resolved once
/// per compilation.
/// </summary>
internal sealed class SharingSinks
{
    // Diagnostics name the target expression; a long one is cut here.
    private const int MaxTargetLength = 60;

    // What ends the host in a URI: its path, query, fragment or port.
    private static readonly char[] HostTerminators = { '/', '?', '#', ':' };

    private static readonly ImmutableHashSet<string> ClientMethods = ImmutableHashSet.Create(
        "GetAsync", "GetStringAsync", "GetByteArrayAsync", "GetStreamAsync", "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync", "SendAsync", "Send");

    private readonly INamedTypeSymbol? _httpClient;
    private readonly INamedTypeSymbol? _jsonExtensions;
    private readonly INamedTypeSymbol? _requestMessage;
    private readonly INamedTypeSymbol? _cancellationToken;
    private readonly INamedTypeSymbol? _uri;
    private readonly ConfiguredMethods _configured;
    private readonly AnalyzerOptions _options;
    private readonly ConcurrentDictionary<SyntaxTree, HostList> _firstPartyHosts = new();

    private SharingSinks(Compilation compilation, AnalyzerOptions options)
    {
        _httpClient = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
        _jsonExtensions = compilation.GetTypeByMetadataName("System.Net.Http.Json.HttpClientJsonExtensions");
        _requestMessage = compilation.GetTypeByMetadataName("System.Net.Http.HttpRequestMessage");
        _cancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
        _uri = compilation.GetTypeByMetadataName("System.Uri");
        _configured = new ConfiguredMethods(compilation, options, PiiOptions.ReadSharingSinks);
        _options = options;
        AnyBuiltIn = _httpClient is not null || _requestMessage is not null;
    }

    public bool AnyBuiltIn { get; }

    /// <summary>Whether <c>HttpRequestMessage</c> is visible: its constructor and property assignments are sinks.</summary>
    public bool AnyRequestMessage => _requestMessage is not null;

    public static SharingSinks Resolve(Compilation compilation, AnalyzerOptions options) => new(compilation, options);

    public bool AnyConfigured() => _configured.AnyConfigured();

    /// <summary>The values an invocation sends and the target each is sent to; empty when it sends nothing.</summary>
    public ImmutableArray<SharedValue> Match(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type is null)
        {
            return ImmutableArray<SharedValue>.Empty;
        }

        var isClient = ClientMethods.Contains(method.Name) && WellKnownTypes.IsOrDerives(type, _httpClient);
        var isJson = WellKnownTypes.Is(type, _jsonExtensions);
        if (isClient || isJson)
        {
            var uri = Argument(invocation, "requestUri");
            if (IsFirstParty(uri))
            {
                return ImmutableArray<SharedValue>.Empty;
            }

            var target = uri is not null ? Describe(uri) : invocation.Instance is { } client ? Describe(client) : method.Name;
            var values = ImmutableArray.CreateBuilder<SharedValue>();
            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                switch (argument.Parameter?.Name)
                {
                    case "requestUri":
                        values.Add(new SharedValue(argument.Value, ValueUse.AsText, target));
                        break;
                    case "content" or "value":
                        values.Add(new SharedValue(argument.Value, ValueUse.AsValue, target));
                        break;
                }
            }

            return values.ToImmutable();
        }

        if (_configured.For(invocation.Syntax.SyntaxTree).Contains(method))
        {
            var target = type.Name + "." + method.Name;
            return invocation.Arguments
                .Where(argument => argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter
                    && !(parameter.Ordinal == 0 && method.IsExtensionMethod)
                    && !WellKnownTypes.Is(parameter.Type, _cancellationToken)
                    && parameter.Type.TypeKind is not (TypeKind.Enum or TypeKind.Delegate))
                .Select(argument => new SharedValue(argument.Value, ValueUse.AsValue, target))
                .ToImmutableArray();
        }

        return ImmutableArray<SharedValue>.Empty;
    }

    /// <summary><c>new HttpRequestMessage(method, uri)</c>: the URI, sent to itself.</summary>
    public SharedValue? Match(IObjectCreationOperation creation)
    {
        if (!WellKnownTypes.IsOrDerives(creation.Type, _requestMessage))
        {
            return null;
        }

        var uri = Argument(creation.Arguments, "requestUri");
        return uri is null || IsFirstParty(uri) ? null : new SharedValue(uri, ValueUse.AsText, Describe(uri));
    }

    /// <summary><c>request.Content = …</c> and <c>request.RequestUri = …</c>, also in an object initializer.</summary>
    public SharedValue? Match(ISimpleAssignmentOperation assignment)
    {
        if (assignment.Target is not IPropertyReferenceOperation { Property.Name: "Content" or "RequestUri" } target
            || !WellKnownTypes.IsOrDerives(target.Instance?.Type ?? target.Property.ContainingType, _requestMessage))
        {
            return null;
        }

        if (target.Property.Name == "RequestUri")
        {
            return IsFirstParty(assignment.Value) ? null : new SharedValue(assignment.Value, ValueUse.AsText, Describe(assignment.Value));
        }

        // new HttpRequestMessage(HttpMethod.Post, url) { Content = … }: the content goes to url; request.Content = …: to request.
        var destination = target.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            && assignment.Parent?.Parent is IObjectCreationOperation creation
            && Argument(creation.Arguments, "requestUri") is { } uri
                ? uri
                : target.Instance;
        if (IsFirstParty(destination))
        {
            return null;
        }

        return new SharedValue(assignment.Value, ValueUse.AsValue, destination is null ? target.Property.ContainingType.Name : Describe(destination));
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

    private static IOperation? Argument(IInvocationOperation invocation, string name) => Argument(invocation.Arguments, name);

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

/// <summary>A value an outgoing request carries: how the request uses it, and the target expression diagnostics name.</summary>
internal readonly struct SharedValue
{
    public SharedValue(IOperation value, ValueUse use, string target)
    {
        Value = value;
        Use = use;
        Target = target;
    }

    public IOperation Value { get; }

    public ValueUse Use { get; }

    public string Target { get; }
}
