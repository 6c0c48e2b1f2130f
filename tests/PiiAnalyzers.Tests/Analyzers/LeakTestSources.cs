namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>
/// Test sources shared by the leak-rule tests: a personal type, and minimal stubs of the logging, redaction and data
/// protection APIs in their real namespaces and signatures (the packages themselves are not referenced, as the
/// analyzers match them by metadata name).
/// </summary>
internal static class LeakTestSources
{
    public const string Customer = """
        using PiiAnalyzers;

        public class Customer
        {
            public int Id { get; set; }

            public System.DateTime CreatedAt { get; set; }

            public string Notes { get; set; } = "";

            [PersonalData(DataCategories.Contact.Email)]
            public string Email { get; set; } = "";

            [PersonalData(DataCategories.Profile.Name)]
            public string Name { get; set; } = "";

            [PersonalData(DataCategories.Identity.NationalId)]
            public string IdCardNumber { get; set; } = "";
        }
        """;

    public const string MicrosoftExtensionsLogging = """
        #nullable enable
        namespace Microsoft.Extensions.Logging
        {
            using System;

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
                void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter);
                bool IsEnabled(LogLevel logLevel);
                IDisposable? BeginScope<TState>(TState state) where TState : notnull;
            }

            public interface ILogger<out TCategoryName> : ILogger { }

            public static class LoggerExtensions
            {
                public static void LogTrace(this ILogger logger, string? message, params object?[] args) { }
                public static void LogDebug(this ILogger logger, string? message, params object?[] args) { }
                public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
                public static void LogInformation(this ILogger logger, EventId eventId, string? message, params object?[] args) { }
                public static void LogWarning(this ILogger logger, string? message, params object?[] args) { }
                public static void LogError(this ILogger logger, string? message, params object?[] args) { }
                public static void LogError(this ILogger logger, Exception? exception, string? message, params object?[] args) { }
                public static void LogCritical(this ILogger logger, string? message, params object?[] args) { }
                public static void Log(this ILogger logger, LogLevel logLevel, string? message, params object?[] args) { }
                public static IDisposable? BeginScope(this ILogger logger, string messageFormat, params object?[] args) => null;
            }

            public static class LoggerMessage
            {
                public static Action<ILogger, T1, Exception?> Define<T1>(LogLevel logLevel, EventId eventId, string formatString) => (logger, arg1, exception) => { };
                public static Func<ILogger, T1, IDisposable?> DefineScope<T1>(string formatString) => (logger, arg1) => null;
            }

            [AttributeUsage(AttributeTargets.Method)]
            public sealed class LoggerMessageAttribute : Attribute
            {
                public LoggerMessageAttribute() { }
                public LoggerMessageAttribute(int eventId, LogLevel level, string message) { EventId = eventId; Level = level; Message = message; }
                public int EventId { get; set; }
                public LogLevel Level { get; set; }
                public string Message { get; set; } = "";
            }
        }
        """;

    public const string Serilog = """
        #nullable enable
        namespace Serilog.Events
        {
            public enum LogEventLevel { Verbose, Debug, Information, Warning, Error, Fatal }
        }

        namespace Serilog
        {
            using System;
            using Serilog.Events;

            public interface ILogger
            {
                ILogger ForContext(string propertyName, object? value, bool destructureObjects = false);
                void Write(LogEventLevel level, string messageTemplate, params object?[]? propertyValues);
                void Information(string messageTemplate);
                void Information<T>(string messageTemplate, T propertyValue);
                void Information(string messageTemplate, params object?[]? propertyValues);
                void Warning(string messageTemplate, params object?[]? propertyValues);
                void Error(Exception? exception, string messageTemplate, params object?[]? propertyValues);
            }

            public static class Log
            {
                public static ILogger Logger { get; set; } = null!;
                public static void Information(string messageTemplate, params object?[]? propertyValues) { }
                public static void Information<T>(string messageTemplate, T propertyValue) { }
                public static void Warning(string messageTemplate, params object?[]? propertyValues) { }
                public static ILogger ForContext(string propertyName, object? value, bool destructureObjects = false) => Logger;
            }
        }

        namespace Serilog.Context
        {
            using System;

            public static class LogContext
            {
                public static IDisposable PushProperty(string name, object? value, bool destructureObjects = false) => null!;
            }
        }
        """;

    public const string NLogAndLog4Net = """
        namespace NLog
        {
            using System;

            public class Logger
            {
                public void Info(string message) { }
                public void Info(string message, params object[] args) { }
                public void Info<TArgument>(string message, TArgument argument) { }
                public void Warn(Exception exception, string message) { }
            }

            public static class LogManager
            {
                public static Logger GetCurrentClassLogger() => new Logger();
            }
        }

        namespace log4net
        {
            using System;

            public interface ILog
            {
                void Info(object message);
                void Info(object message, Exception exception);
                void InfoFormat(string format, params object[] args);
            }
        }
        """;

    public const string RedactionAndDataProtection = """
        #nullable enable
        namespace Microsoft.Extensions.Compliance.Redaction
        {
            using System;

            public abstract class Redactor
            {
                public string Redact(string? source) => "";
                public abstract int Redact(ReadOnlySpan<char> source, Span<char> destination);
                public abstract int GetRedactedLength(ReadOnlySpan<char> input);
            }
        }

        namespace Microsoft.AspNetCore.DataProtection
        {
            public interface IDataProtectionProvider
            {
                IDataProtector CreateProtector(string purpose);
            }

            public interface IDataProtector : IDataProtectionProvider
            {
                byte[] Protect(byte[] plaintext);
                byte[] Unprotect(byte[] protectedData);
            }

            public static class DataProtectionCommonExtensions
            {
                public static string Protect(this IDataProtector protector, string plaintext) => "";
                public static string Unprotect(this IDataProtector protector, string protectedData) => protectedData;
            }
        }
        """;
}
