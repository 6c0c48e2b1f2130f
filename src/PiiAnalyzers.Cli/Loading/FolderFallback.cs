using System;
using System.CommandLine;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// <c>--folder-fallback</c>, which <c>pii scan</c>, <c>pii check</c> and <c>pii inventory</c> share: when MSBuild cannot
/// load the project or solution named, compile the .cs files of its folder instead. Off by default, so that a broken
/// project file is bad input (exit code 2) for every command and a CI job notices, rather than a scan of a folder that
/// quietly differs from the project.
/// </summary>
internal static class FolderFallback
{
    public static Option<bool> CreateOption() => new("--folder-fallback")
    {
        Description = "When MSBuild cannot load the project or solution, compile the .cs files of its folder instead (with a note) rather than fail.",
    };

    /// <summary>The note when the fallback is taken.</summary>
    public static string Note(string project, string folder, Exception exception) =>
        $"note: {project} could not be loaded with MSBuild ({FirstLine(exception.Message)}); compiling the .cs files of {folder} instead (--folder-fallback).";

    /// <summary>The error when it is not: MSBuild's reasons, and the way out.</summary>
    public static InputException Failure(string project, Exception exception) =>
        new((exception is InputException ? exception.Message : $"{project} could not be loaded with MSBuild: {exception.Message}")
            + Environment.NewLine + "Pass --folder-fallback to compile the .cs files of its folder instead.");

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message.Substring(0, end)).Trim();
    }
}
