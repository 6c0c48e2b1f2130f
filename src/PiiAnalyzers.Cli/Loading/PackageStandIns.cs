using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// Stand-in declarations of the logging APIs the analyzers recognize by metadata name (Microsoft.Extensions.Logging's
/// <c>ILogger</c> and <c>LoggerExtensions</c>, Serilog's <c>ILogger</c> and <c>Log</c>), for a folder compiled ad hoc
/// whose packages were never restored: without them a call such as <c>_logger.LogInformation(...)</c> does not bind,
/// and PII0001 cannot see it. Each is added only when the folder names its namespace and the compilation lacks the type.
/// </summary>
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

    /// <summary>The stand-ins <paramref name="compilation"/> needs: those whose namespace its files name and whose types it lacks.</summary>
    public static IReadOnlyList<MetadataReference> For(CSharpCompilation compilation)
    {
        var needed = new List<(string Name, string Source)>();
        if (Needs(compilation, "Microsoft.Extensions.Logging", "Microsoft.Extensions.Logging.ILogger"))
        {
            needed.Add(("PiiStandIns.Microsoft.Extensions.Logging", MicrosoftExtensionsLogging));
        }

        if (Needs(compilation, "Serilog", "Serilog.ILogger"))
        {
            needed.Add(("PiiStandIns.Serilog", Serilog));
        }

        return needed.Select(standIn => Compile(standIn.Name, standIn.Source)).Where(reference => reference is not null).Select(reference => reference!).ToList();
    }

    private static bool Needs(CSharpCompilation compilation, string @namespace, string metadataName) =>
        compilation.GetTypeByMetadataName(metadataName) is null
        && compilation.SyntaxTrees.Any(tree => tree.GetText().ToString().Contains(@namespace, StringComparison.Ordinal));

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
