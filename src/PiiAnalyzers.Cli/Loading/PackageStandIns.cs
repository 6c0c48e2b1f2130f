using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// Stand-in declarations of the package APIs the analyzers recognize by metadata name (Microsoft.Extensions.Logging's
/// <c>ILogger</c>, <c>LoggerExtensions</c> and <c>[LoggerMessage]</c>, Serilog's <c>ILogger</c> and <c>Log</c>, EF Core's
/// model types: <see cref="EntityFrameworkCoreStandIn"/>), for a folder compiled ad hoc whose packages were never
/// restored: without them a call such as <c>_logger.LogInformation(...)</c> does not bind, and PII0001 cannot see it.
/// Each is added only when the folder names its namespace and the compilation lacks the type.
/// </summary>
/// <remarks>
/// A <c>[LoggerMessage]</c> method is a partial method whose body the logging source generator writes; no generator runs
/// here, so the method has no body (CS8795), but its calls bind to it and the attribute marks it as a log sink.
/// </remarks>
internal static class PackageStandIns
{
    private static string MicrosoftExtensionsLogging => """
        namespace Microsoft.Extensions.Logging
        {
            public enum LogLevel { Trace, Debug, Information, Warning, Error, Critical, None }

            public readonly struct EventId
            {
                public EventId(int id, string? name = null) { Id = id; Name = name; }
                public int Id { get; }
                public string? Name { get; }
                public static implicit operator EventId(int i) => new EventId(i);
            }

            public interface ILogger
            {
                void Log<TState>(LogLevel logLevel, EventId eventId, TState state, System.Exception? exception, System.Func<TState, System.Exception?, string> formatter);
                bool IsEnabled(LogLevel logLevel);
                System.IDisposable? BeginScope<TState>(TState state) where TState : notnull;
            }

            public interface ILogger<out TCategoryName> : ILogger { }

            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class LoggerMessageAttribute : System.Attribute
            {
                public LoggerMessageAttribute() { }
                public LoggerMessageAttribute(int eventId, LogLevel level, string message) { }
                public LoggerMessageAttribute(LogLevel level, string message) { }
                public LoggerMessageAttribute(LogLevel level) { }
                public LoggerMessageAttribute(string message) { }
                public int EventId { get; set; } = -1;
                public string? EventName { get; set; }
                public LogLevel Level { get; set; } = LogLevel.None;
                public string Message { get; set; } = "";
                public bool SkipEnabledCheck { get; set; }
            }

            public interface ILoggerFactory : System.IDisposable
            {
                ILogger CreateLogger(string categoryName);
            }

            public static class LoggerExtensions
            {
        """ + LoggerExtensionMethods + """
            }
        }
        """;

    private static string Serilog => """
        namespace Serilog
        {
            public interface ILogger
            {
        """ + SerilogInstanceMethods + """
            }

            public static class Log
            {
                public static ILogger Logger { get; set; } = null!;
        """ + SerilogStaticMethods + """
            }
        }
        """;

    private static readonly string[] LevelNames = ["Trace", "Debug", "Information", "Warning", "Error", "Critical"];

    private static readonly string[] SerilogLevels = ["Verbose", "Debug", "Information", "Warning", "Error", "Fatal"];

    private static string LoggerExtensionMethods => string.Concat(LevelNames.Select(level => $$"""
                public static void Log{{level}}(this ILogger logger, string? message, params object?[] args) { }
                public static void Log{{level}}(this ILogger logger, System.Exception? exception, string? message, params object?[] args) { }
                public static void Log{{level}}(this ILogger logger, EventId eventId, string? message, params object?[] args) { }
                public static void Log{{level}}(this ILogger logger, EventId eventId, System.Exception? exception, string? message, params object?[] args) { }

        """)) + """
                public static void Log(this ILogger logger, LogLevel logLevel, string? message, params object?[] args) { }
                public static void Log(this ILogger logger, LogLevel logLevel, System.Exception? exception, string? message, params object?[] args) { }
                public static System.IDisposable? BeginScope(this ILogger logger, string messageFormat, params object?[] args) => null;

        """;

    private static string SerilogInstanceMethods => string.Concat(SerilogLevels.Select(level => $$"""
                void {{level}}(string messageTemplate, params object?[]? propertyValues);
                void {{level}}(System.Exception? exception, string messageTemplate, params object?[]? propertyValues);

        """));

    private static string SerilogStaticMethods => string.Concat(SerilogLevels.Select(level => $$"""
                public static void {{level}}(string messageTemplate, params object?[]? propertyValues) { }
                public static void {{level}}(System.Exception? exception, string messageTemplate, params object?[]? propertyValues) { }

        """));

    // (assembly name, namespace the files must mention, type whose absence calls for it, source)
    private static readonly (string Name, string Namespace, string MetadataName, Func<string> Source)[] StandIns =
    [
        ("PiiStandIns.Microsoft.Extensions.Logging", "Microsoft.Extensions.Logging", "Microsoft.Extensions.Logging.ILogger", () => MicrosoftExtensionsLogging),
        ("PiiStandIns.Serilog", "Serilog", "Serilog.ILogger", () => Serilog),
        ("PiiStandIns.Microsoft.EntityFrameworkCore", EntityFrameworkCoreStandIn.Namespace, EntityFrameworkCoreStandIn.MetadataName, () => EntityFrameworkCoreStandIn.Source),
    ];

    /// <summary>The stand-ins <paramref name="compilation"/> needs: those whose namespace its files name and whose types it lacks.</summary>
    public static IReadOnlyList<MetadataReference> For(CSharpCompilation compilation)
    {
        var missing = StandIns.Where(standIn => compilation.GetTypeByMetadataName(standIn.MetadataName) is null).ToList();
        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (mentioned.Count == missing.Count)
            {
                break;
            }

            var text = tree.GetText().ToString();
            mentioned.UnionWith(missing.Where(standIn => text.Contains(standIn.Namespace, StringComparison.Ordinal)).Select(standIn => standIn.Name));
        }

        return missing.Where(standIn => mentioned.Contains(standIn.Name))
            .Select(standIn => Compile(standIn.Name, standIn.Source()))
            .OfType<MetadataReference>()
            .ToList();
    }

    private static MetadataReference? Compile(string name, string source)
    {
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            FrameworkReferences.Get(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        return compilation.Emit(stream).Success ? MetadataReference.CreateFromImage(stream.ToArray(), filePath: name) : null;
    }
}
