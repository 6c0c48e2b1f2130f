using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// The places a value is stored at rest (PII0002), matched by metadata name so that no package is referenced: files
/// (<c>File.WriteAll*/AppendAll*</c>, <c>TextWriter</c>/<c>StreamWriter.Write*</c>, <c>FileStream.Write*</c>,
/// <c>JsonSerializer.Serialize</c> to a <c>FileStream</c>), ASP.NET Core cookies and session, <c>IDistributedCache</c>,
/// StackExchange.Redis <c>IDatabase</c>, ADO.NET parameters (<c>DbParameter.Value</c>, parameter constructors,
/// <c>AddWithValue</c>), Dapper's <c>Execute*/Query*</c> parameter objects, and the <c>pii_storage_sinks</c> the user
/// configures. <c>IMemoryCache</c> is not storage at rest. Resolved once per compilation.
/// </summary>
internal sealed class StorageSinks
{
    private static readonly ImmutableHashSet<string> FileMethods = ImmutableHashSet.Create(
        "WriteAllText", "WriteAllTextAsync", "WriteAllLines", "WriteAllLinesAsync", "WriteAllBytes", "WriteAllBytesAsync",
        "AppendAllText", "AppendAllTextAsync", "AppendAllLines", "AppendAllLinesAsync", "AppendAllBytes", "AppendAllBytesAsync");

    private static readonly ImmutableHashSet<string> WriterMethods = ImmutableHashSet.Create("Write", "WriteLine", "WriteAsync", "WriteLineAsync");

    private static readonly ImmutableHashSet<string> StreamMethods = ImmutableHashSet.Create("Write", "WriteAsync", "WriteByte");

    private static readonly ImmutableHashSet<string> SessionMethods = ImmutableHashSet.Create("Set", "SetString", "SetInt32");

    private static readonly ImmutableHashSet<string> CacheMethods = ImmutableHashSet.Create("Set", "SetAsync", "SetString", "SetStringAsync");

    private static readonly ImmutableHashSet<string> RedisMethods = ImmutableHashSet.Create(
        "StringSet", "StringSetAsync", "StringSetAndGet", "StringSetAndGetAsync", "StringAppend", "StringAppendAsync",
        "HashSet", "HashSetAsync", "ListLeftPush", "ListLeftPushAsync", "ListRightPush", "ListRightPushAsync",
        "ListInsertBefore", "ListInsertBeforeAsync", "ListInsertAfter", "ListInsertAfterAsync", "ListSetByIndex", "ListSetByIndexAsync",
        "SetAdd", "SetAddAsync", "SortedSetAdd", "SortedSetAddAsync");

    // The parameters of the built-in sinks that carry the stored data (not a path, key, encoding, option or token).
    private static readonly ImmutableHashSet<string> PayloadParameters = ImmutableHashSet.Create(
        "contents", "bytes", "buffer", "array", "value", "values", "hashFields", "keyValuePairs", "param");

    private readonly INamedTypeSymbol? _file;
    private readonly INamedTypeSymbol? _textWriter;
    private readonly INamedTypeSymbol? _stringWriter;
    private readonly INamedTypeSymbol? _console;
    private readonly INamedTypeSymbol? _fileStream;
    private readonly INamedTypeSymbol? _stream;
    private readonly INamedTypeSymbol? _jsonSerializer;
    private readonly INamedTypeSymbol? _responseCookies;
    private readonly INamedTypeSymbol? _session;
    private readonly INamedTypeSymbol? _sessionExtensions;
    private readonly INamedTypeSymbol? _distributedCache;
    private readonly INamedTypeSymbol? _distributedCacheExtensions;
    private readonly ImmutableArray<INamedTypeSymbol> _redis;
    private readonly INamedTypeSymbol? _dapper;
    private readonly INamedTypeSymbol? _dbParameter;
    private readonly INamedTypeSymbol? _dataParameter;
    private readonly INamedTypeSymbol? _dbParameterCollection;
    private readonly INamedTypeSymbol? _cancellationToken;
    private readonly ConfiguredMethods _configured;

    private StorageSinks(Compilation compilation, AnalyzerOptions options)
    {
        _file = compilation.GetTypeByMetadataName("System.IO.File");
        _textWriter = compilation.GetTypeByMetadataName("System.IO.TextWriter");
        _stringWriter = compilation.GetTypeByMetadataName("System.IO.StringWriter");
        _console = compilation.GetTypeByMetadataName("System.Console");
        _fileStream = compilation.GetTypeByMetadataName("System.IO.FileStream");
        _stream = compilation.GetTypeByMetadataName("System.IO.Stream");
        _jsonSerializer = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializer");
        _responseCookies = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IResponseCookies");
        _session = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.ISession");
        _sessionExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.SessionExtensions");
        _distributedCache = compilation.GetTypeByMetadataName("Microsoft.Extensions.Caching.Distributed.IDistributedCache");
        _distributedCacheExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions");
        _redis = WellKnownTypes.Resolve(compilation, "StackExchange.Redis.IDatabase", "StackExchange.Redis.IDatabaseAsync");
        _dapper = compilation.GetTypeByMetadataName("Dapper.SqlMapper");
        _dbParameter = compilation.GetTypeByMetadataName("System.Data.Common.DbParameter");
        _dataParameter = compilation.GetTypeByMetadataName("System.Data.IDataParameter");
        _dbParameterCollection = compilation.GetTypeByMetadataName("System.Data.Common.DbParameterCollection");
        _cancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
        _configured = new ConfiguredMethods(compilation, options, PiiOptions.ReadStorageSinks);

        AnyInvocationSink = _file is not null || _textWriter is not null || _fileStream is not null || _responseCookies is not null
            || _session is not null || _distributedCache is not null || !_redis.IsEmpty || _dapper is not null || _dbParameterCollection is not null;
        AnyParameterType = _dbParameter is not null || _dataParameter is not null;
    }

    /// <summary>Whether any built-in sink that is a method is visible to the compilation.</summary>
    public bool AnyInvocationSink { get; }

    /// <summary>Whether an ADO.NET parameter type is visible: <c>Value</c> assignments and parameter constructors are sinks.</summary>
    public bool AnyParameterType { get; }

    public static StorageSinks Resolve(Compilation compilation, AnalyzerOptions options) => new(compilation, options);

    /// <summary>Whether any file configures its own storage sinks.</summary>
    public bool AnyConfigured() => _configured.AnyConfigured();

    /// <summary>Whether the invocation stores data; <paramref name="sink"/> says how the message names it and which arguments carry the data.</summary>
    public bool TryMatch(IInvocationOperation invocation, out StorageSink sink)
    {
        sink = default;
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        string? name = null;
        if (WellKnownTypes.Is(type, _file) && FileMethods.Contains(method.Name))
        {
            name = "File." + method.Name;
        }
        else if (invocation.Instance is { Type: { } writer } instance && WriterMethods.Contains(method.Name)
            && WellKnownTypes.IsOrDerives(writer, _textWriter) && !WellKnownTypes.IsOrDerives(writer, _stringWriter) && !IsConsoleWriter(instance))
        {
            // TextWriter.Write(object) prints what ToString prints; Write(format, args) writes every argument.
            sink = new StorageSink(writer.Name + "." + method.Name, ValueUse.AsText, allArguments: true);
            return true;
        }
        else if (invocation.Instance is { Type: { } stream } && StreamMethods.Contains(method.Name) && WellKnownTypes.IsOrDerives(stream, _fileStream))
        {
            name = stream.Name + "." + method.Name;
        }
        else if (WellKnownTypes.Is(type, _jsonSerializer) && method.Name is "Serialize" or "SerializeAsync" && WritesToFileStream(invocation))
        {
            name = "JsonSerializer." + method.Name;
        }
        else if (WellKnownTypes.Is(type, _responseCookies) && method.Name == "Append")
        {
            name = "IResponseCookies.Append";
        }
        else if ((WellKnownTypes.Is(type, _session) || WellKnownTypes.Is(type, _sessionExtensions)) && SessionMethods.Contains(method.Name))
        {
            name = "ISession." + method.Name;
        }
        else if ((WellKnownTypes.Is(type, _distributedCache) || WellKnownTypes.Is(type, _distributedCacheExtensions)) && CacheMethods.Contains(method.Name))
        {
            name = "IDistributedCache." + method.Name;
        }
        else if (_redis.Any(redis => WellKnownTypes.Is(type, redis)) && RedisMethods.Contains(method.Name))
        {
            name = "IDatabase." + method.Name;
        }
        else if (WellKnownTypes.Is(type, _dapper) && (method.Name.StartsWith("Execute", System.StringComparison.Ordinal) || method.Name.StartsWith("Query", System.StringComparison.Ordinal)))
        {
            name = "SqlMapper." + method.Name;
        }
        else if (method.Name == "AddWithValue" && WellKnownTypes.IsOrDerives(type, _dbParameterCollection))
        {
            name = type.Name + ".AddWithValue";
        }

        if (name is not null)
        {
            sink = new StorageSink(name, ValueUse.AsValue, allArguments: false);
            return true;
        }

        if (_configured.For(invocation.Syntax.SyntaxTree).Contains(method))
        {
            sink = new StorageSink(type.Name + "." + method.Name, ValueUse.AsValue, allArguments: true);
            return true;
        }

        return false;
    }

    /// <summary><c>new SqlParameter("@email", value)</c>: an ADO.NET parameter created with its value; the name of the parameter type.</summary>
    public bool TryMatch(IObjectCreationOperation creation, out string sinkName)
    {
        sinkName = creation.Type?.Name ?? string.Empty;
        return creation.Type is { } type
            && (WellKnownTypes.IsOrDerives(type, _dbParameter) || WellKnownTypes.IsOrDerives(type, _dataParameter))
            && creation.Arguments.Any(argument => argument.Parameter?.Name == "value");
    }

    /// <summary><c>parameter.Value = …</c> on an ADO.NET parameter; <paramref name="sinkName"/> is <c>SqlParameter.Value</c>.</summary>
    public bool TryMatch(ISimpleAssignmentOperation assignment, out string sinkName)
    {
        sinkName = string.Empty;
        if (assignment.Target is not IPropertyReferenceOperation { Property.Name: "Value" } target)
        {
            return false;
        }

        var type = target.Instance?.Type ?? target.Property.ContainingType;
        if (!WellKnownTypes.IsOrDerives(type, _dbParameter) && !WellKnownTypes.IsOrDerives(type, _dataParameter))
        {
            return false;
        }

        sinkName = type.Name + ".Value";
        return true;
    }

    /// <summary>Whether the argument carries the stored data into the sink.</summary>
    public bool IsPayload(IArgumentOperation argument, StorageSink sink)
    {
        var parameter = argument.Parameter;
        if (parameter is null || argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            return false;
        }

        if (!sink.AllArguments)
        {
            return PayloadParameters.Contains(parameter.Name);
        }

        return !(parameter.Ordinal == 0 && parameter.ContainingSymbol is IMethodSymbol { IsExtensionMethod: true })
            && parameter.Type.TypeKind is not (TypeKind.Enum or TypeKind.Delegate)
            && !WellKnownTypes.Is(parameter.Type, _cancellationToken)
            && parameter.Type.Name != "IFormatProvider";
    }

    // Console.Out.WriteLine(…) writes to the console, which PII0001 checks.
    private bool IsConsoleWriter(IOperation instance) =>
        instance is IPropertyReferenceOperation { Property: { IsStatic: true } property } && WellKnownTypes.Is(property.ContainingType, _console);

    // JsonSerializer.Serialize(stream, value): only a FileStream is known to be a file; a MemoryStream or a response body is not.
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
}

/// <summary>A storage method: how diagnostics name it, how its values are used, and whether every argument (a configured sink) is stored.</summary>
internal readonly struct StorageSink
{
    public StorageSink(string name, ValueUse use, bool allArguments)
    {
        Name = name;
        Use = use;
        AllArguments = allArguments;
    }

    public string Name { get; }

    public ValueUse Use { get; }

    public bool AllArguments { get; }
}
