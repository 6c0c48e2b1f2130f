using System;
using System.IO;
using System.Text;
using PiiAnalyzers.Cli.Loading;

namespace PiiAnalyzers.Cli.Output;

/// <summary>
/// Where a command writes: results to standard output (or the <c>--output</c> file), progress and errors to standard
/// error, so that a pipe only ever gets the result.
/// </summary>
public sealed class CommandConsole
{
    public CommandConsole(TextWriter stdout, TextWriter stderr)
    {
        Out = stdout;
        Err = stderr;
    }

    public TextWriter Out { get; }

    public TextWriter Err { get; }

    private readonly object _errLock = new();

    private int _statusLength;

    /// <summary>A line of progress on standard error (thread-safe).</summary>
    public void Progress(string message)
    {
        lock (_errLock)
        {
            ClearStatus();
            Err.WriteLine(message);
        }
    }

    /// <summary>
    /// What is being worked on now, on one line a terminal rewrites in place; nothing when standard error is redirected
    /// (a CI log, a pipe), where a line per file would bury the rest. An empty message clears it.
    /// </summary>
    public void Status(string message)
    {
        if (!ShowsStatus)
        {
            return;
        }

        lock (_errLock)
        {
            ClearStatus();
            var width = Math.Max(20, SafeWindowWidth() - 1);
            var shown = message.Length > width ? "…" + message[^(width - 1)..] : message;
            Err.Write(shown);
            Err.Flush();
            _statusLength = shown.Length;
        }
    }

    /// <summary>Whether <see cref="Status"/> shows anything: standard error is a terminal.</summary>
    public bool ShowsStatus => ReferenceEquals(Err, Console.Error) && !Console.IsErrorRedirected;

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    private void ClearStatus()
    {
        if (_statusLength > 0)
        {
            Err.Write("\r" + new string(' ', _statusLength) + "\r");
            _statusLength = 0;
        }
    }

    public void Error(string message) => Err.WriteLine("error: " + message);

    /// <summary>Reports bad input and gives the exit code for it.</summary>
    public int BadInput(string message)
    {
        Error(message);
        return ExitCodes.BadInput;
    }

    /// <summary>
    /// Writes a command's result to the file, or to standard output when there is none; UTF-8 without a BOM. Missing
    /// folders are created. An <see cref="InputException"/> naming the file and the reason when it cannot be written.
    /// </summary>
    public void WriteResult(string text, string? outputFile)
    {
        if (outputFile is null)
        {
            Out.Write(text);
            Out.Flush();
            return;
        }

        var path = Path.GetFullPath(outputFile);
        try
        {
            if (Directory.Exists(path))
            {
                throw new InputException($"Cannot write {path}: it is a folder.");
            }

            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
            {
                if (FirstFileAmong(folder) is { } file)
                {
                    throw new InputException($"Cannot write {path}: {file} is a file, not a folder.");
                }

                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"Cannot write {path}: {exception.Message}");
        }

        Progress($"Wrote {path}");
    }

    // The folder or one of its ancestors that exists as a file, which no folder can be created under.
    private static string? FirstFileAmong(string folder)
    {
        for (var current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (File.Exists(current))
            {
                return current;
            }

            if (Directory.Exists(current))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether an exception is one a bad path or file explains (the user's input, not a bug).</summary>
    public static bool IsInputProblem(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or BadImageFormatException or FormatException or InvalidOperationException;
}
