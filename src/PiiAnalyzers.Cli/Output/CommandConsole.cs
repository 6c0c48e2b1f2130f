using System;
using System.IO;
using System.Text;

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

    /// <summary>Writes a command's result to the file, or to standard output when there is none; UTF-8 without a BOM.</summary>
    public void WriteResult(string text, string? outputFile)
    {
        if (outputFile is null)
        {
            Out.Write(text);
            Out.Flush();
            return;
        }

        var path = Path.GetFullPath(outputFile);
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Progress($"Wrote {path}");
    }

    /// <summary>Whether an exception is one a bad path or file explains (the user's input, not a bug).</summary>
    public static bool IsInputProblem(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or BadImageFormatException or FormatException or InvalidOperationException;
}
