using System.Collections.Immutable;
using System.Linq;
using static PiiAnalyzers.DataFlow.SinkArgument;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// The places personal data leaks to, one table per family of sinks. Data, not code: a new library is a row here and a
/// test. What is logic stays with its family: message templates and <c>[LoggerMessage]</c> methods (logs), the request
/// target and the first-party hosts (sharing), the sinks users configure in <c>.editorconfig</c>. docs/sinks.md lists
/// every row for users (a test keeps the two in step).
/// </summary>
public static class SinkTable
{
    private static readonly string[] SerilogMethods = { "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal" };

    private static readonly string[] NLogMethods = { "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Log", "ConditionalTrace", "ConditionalDebug" };


    private static readonly string[] FileMethods =
    {
        "WriteAllText", "WriteAllTextAsync", "WriteAllLines", "WriteAllLinesAsync", "WriteAllBytes", "WriteAllBytesAsync",
        "AppendAllText", "AppendAllTextAsync", "AppendAllLines", "AppendAllLinesAsync", "AppendAllBytes", "AppendAllBytesAsync",
    };

    // IDatabase declares these; IDatabaseAsync, which it extends, the same names ending in Async.
    private static readonly string[] RedisMethods =
    {
        "StringSet", "StringSetAndGet", "StringAppend", "HashSet", "ListLeftPush", "ListRightPush", "ListInsertBefore", "ListInsertAfter",
        "ListSetByIndex", "SetAdd", "SortedSetAdd",
    };

    private static readonly string[] HttpClientMethods =
    {
        "GetAsync", "GetStringAsync", "GetByteArrayAsync", "GetStreamAsync", "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync", "SendAsync", "Send",
    };

    /// <summary>Logs and traces (PII0001). Params arrays follow the call's message template, if it has one.</summary>
    public static ImmutableArray<SinkRow> Log { get; } = ImmutableArray.Create(
        SinkRow.Methods("Microsoft.Extensions.Logging.LoggerExtensions", SinkTypeMatch.Exactly, new[] { SinkRow.EveryMember }, Any(SinkUse.Value)),
        SinkRow.Methods("Microsoft.Extensions.Logging.ILogger", SinkTypeMatch.Exactly, new[] { "Log" }, Any(SinkUse.Value)),
        SinkRow.Methods("Microsoft.Extensions.Logging.ILogger", SinkTypeMatch.Exactly, new[] { "BeginScope" }, Named("state", SinkUse.ScopeState)),
        SinkRow.Methods("Serilog.ILogger", SinkTypeMatch.Exactly, SerilogMethods, Any(SinkUse.Value)),
        SinkRow.Methods("Serilog.ILogger", SinkTypeMatch.Exactly, new[] { "ForContext" }, Named("value", SinkUse.ValueIfDestructured)),
        SinkRow.Methods("Serilog.Log", SinkTypeMatch.Exactly, SerilogMethods, Any(SinkUse.Value)),
        SinkRow.Methods("Serilog.Log", SinkTypeMatch.Exactly, new[] { "ForContext" }, Named("value", SinkUse.ValueIfDestructured)),
        SinkRow.Methods("Serilog.Core.Logger", SinkTypeMatch.Exactly, SerilogMethods, Any(SinkUse.Value)),
        SinkRow.Methods("Serilog.Core.Logger", SinkTypeMatch.Exactly, new[] { "ForContext" }, Named("value", SinkUse.ValueIfDestructured)),
        SinkRow.Methods("Serilog.Context.LogContext", SinkTypeMatch.Exactly, new[] { "PushProperty" }, Named("value", SinkUse.ValueIfDestructured)),
        SinkRow.Methods("NLog.Logger", SinkTypeMatch.Exactly, NLogMethods, Any(SinkUse.Value)),
        SinkRow.Methods("NLog.ILogger", SinkTypeMatch.Exactly, NLogMethods, Any(SinkUse.Value)),
        SinkRow.Methods(
            "log4net.ILog",
            SinkTypeMatch.Exactly,
            new[] { "Debug", "Info", "Warn", "Error", "Fatal", "DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat", "FatalFormat" },
            Any(SinkUse.Value)),
        SinkRow.Methods("System.Console", SinkTypeMatch.Exactly, new[] { "Write", "WriteLine" }, Any(SinkUse.Value)),
        SinkRow.Methods(
            "System.Diagnostics.Debug",
            SinkTypeMatch.Exactly,
            new[] { "Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Assert", "Fail" },
            Any(SinkUse.Value)),
        SinkRow.Methods(
            "System.Diagnostics.Trace",
            SinkTypeMatch.Exactly,
            new[] { "Write", "WriteLine", "WriteIf", "WriteLineIf", "Assert", "Fail", "TraceInformation", "TraceWarning", "TraceError" },
            Any(SinkUse.Value)),
        SinkRow.Methods(
            "System.Diagnostics.TraceSource",
            SinkTypeMatch.Exactly,
            new[] { "TraceInformation", "TraceEvent", "TraceData", "TraceTransfer" },
            Any(SinkUse.Value)),
        SinkRow.Methods("System.Diagnostics.Activity", SinkTypeMatch.Exactly, new[] { "SetTag", "AddTag", "AddBaggage", "SetBaggage" }, Any(SinkUse.Value)));

    /// <summary>Storage at rest (PII0002); EF Core entities are checked from the model (<c>EntityStorageAnalyzer</c>). <c>IMemoryCache</c> is not storage at rest.</summary>
    public static ImmutableArray<SinkRow> Storage { get; } = ImmutableArray.Create(
        SinkRow.Methods("System.IO.File", SinkTypeMatch.Exactly, FileMethods, Named("contents", SinkUse.Value), Named("bytes", SinkUse.Value)),
        SinkRow.Methods("System.IO.TextWriter", SinkTypeMatch.Derived, new[] { "Write", "WriteLine", "WriteAsync", "WriteLineAsync" }, Any(SinkUse.Text))
            .Excluding("System.IO.StringWriter")
            .When(SinkCondition.NotConsoleStream),
        SinkRow.Methods(
            "System.IO.FileStream",
            SinkTypeMatch.Derived,
            new[] { "Write", "WriteAsync", "WriteByte" },
            Named("buffer", SinkUse.Value),
            Named("array", SinkUse.Value),
            Named("value", SinkUse.Value)),
        SinkRow.Methods("System.Text.Json.JsonSerializer", SinkTypeMatch.Exactly, new[] { "Serialize", "SerializeAsync" }, Named("value", SinkUse.Value))
            .When(SinkCondition.StreamIsFileStream),
        SinkRow.Methods("Microsoft.AspNetCore.Http.IResponseCookies", SinkTypeMatch.Exactly, new[] { "Append" }, Named("value", SinkUse.Value), Named("keyValuePairs", SinkUse.Value)),
        SinkRow.Methods("Microsoft.AspNetCore.Http.ISession", SinkTypeMatch.Exactly, new[] { "Set" }, Named("value", SinkUse.Value)),
        SinkRow.Methods("Microsoft.AspNetCore.Http.SessionExtensions", SinkTypeMatch.Exactly, new[] { "SetString", "SetInt32" }, Named("value", SinkUse.Value))
            .NamedAs("ISession"),
        SinkRow.Methods("Microsoft.Extensions.Caching.Distributed.IDistributedCache", SinkTypeMatch.Exactly, new[] { "Set", "SetAsync" }, Named("value", SinkUse.Value)),
        SinkRow.Methods(
            "Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions",
            SinkTypeMatch.Exactly,
            new[] { "Set", "SetAsync", "SetString", "SetStringAsync" },
            Named("value", SinkUse.Value))
            .NamedAs("IDistributedCache"),
        SinkRow.Methods("StackExchange.Redis.IDatabase", SinkTypeMatch.Exactly, RedisMethods, Named("value", SinkUse.Value), Named("values", SinkUse.Value), Named("hashFields", SinkUse.Value)),
        SinkRow.Methods("StackExchange.Redis.IDatabaseAsync", SinkTypeMatch.Exactly, RedisMethods.Select(name => name + "Async").ToArray(), Named("value", SinkUse.Value), Named("values", SinkUse.Value), Named("hashFields", SinkUse.Value))
            .NamedAs("IDatabase"),
        SinkRow.Methods("Dapper.SqlMapper", SinkTypeMatch.Exactly, new[] { "Execute*", "Query*" }, Named("param", SinkUse.Value)),
        SinkRow.Methods("System.Data.Common.DbParameterCollection", SinkTypeMatch.Derived, new[] { "AddWithValue" }, Named("value", SinkUse.Value)),
        SinkRow.Constructors("System.Data.Common.DbParameter", SinkTypeMatch.Derived, Named("value", SinkUse.Value)),
        SinkRow.Constructors("System.Data.IDataParameter", SinkTypeMatch.Implemented, Named("value", SinkUse.Value)),
        SinkRow.Property("System.Data.Common.DbParameter", SinkTypeMatch.Derived, "Value", SinkUse.Value),
        SinkRow.Property("System.Data.IDataParameter", SinkTypeMatch.Implemented, "Value", SinkUse.Value));

    /// <summary>Exception messages (PII0003): exceptions end up in logs, error pages and crash reports.</summary>
    public static ImmutableArray<SinkRow> ExceptionMessage { get; } = ImmutableArray.Create(
        SinkRow.Constructors("System.Exception", SinkTypeMatch.Derived, AnyString(SinkUse.Text, "paramName")));

    /// <summary>
    /// Outgoing HTTP requests (PII0005). A request URI carries data in its path or query string (as text); content is
    /// serialized (as a value). The request URI, or the client, is the target messages name.
    /// </summary>
    public static ImmutableArray<SinkRow> Sharing { get; } = ImmutableArray.Create(
        SinkRow.Methods("System.Net.Http.HttpClient", SinkTypeMatch.Derived, HttpClientMethods, Named("requestUri", SinkUse.Text), Named("content", SinkUse.Value)),
        SinkRow.Methods(
            "System.Net.Http.Json.HttpClientJsonExtensions",
            SinkTypeMatch.Exactly,
            new[] { SinkRow.EveryMember },
            Named("requestUri", SinkUse.Text),
            Named("value", SinkUse.Value)),
        SinkRow.Constructors("System.Net.Http.HttpRequestMessage", SinkTypeMatch.Derived, Named("requestUri", SinkUse.Text)),
        SinkRow.Property("System.Net.Http.HttpRequestMessage", SinkTypeMatch.Derived, "Content", SinkUse.Value),
        SinkRow.Property("System.Net.Http.HttpRequestMessage", SinkTypeMatch.Derived, "RequestUri", SinkUse.Text));

    /// <summary>The table of a family.</summary>
    public static ImmutableArray<SinkRow> Of(SinkFamily family) =>
        family switch
        {
            SinkFamily.Log => Log,
            SinkFamily.Storage => Storage,
            SinkFamily.ExceptionMessage => ExceptionMessage,
            SinkFamily.Sharing => Sharing,
            _ => ImmutableArray<SinkRow>.Empty,
        };
}
