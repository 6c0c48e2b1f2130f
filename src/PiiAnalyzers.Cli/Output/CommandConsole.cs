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

    public void Progress(string message) => Err.WriteLine(message);

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
