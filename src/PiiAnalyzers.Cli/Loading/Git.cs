using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>What a git command printed, and its exit code.</summary>
internal sealed record GitResult(int ExitCode, string Output, string Error)
{
    /// <summary>The first line git wrote on standard error (<c>fatal: not a git repository ...</c>).</summary>
    public string Reason => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is [var first, ..] ? first : $"git exited with code {ExitCode}";
}

/// <summary>Runs the <c>git</c> on the PATH, never asking for anything on the terminal.</summary>
internal static class Git
{
    /// <exception cref="InputException">git is not installed (or not on the PATH).</exception>
    public static async Task<GitResult> RunAsync(string workingDirectory, CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InputException("git could not be started.");
        }
        catch (Win32Exception exception)
        {
            throw new InputException($"git could not be run ({exception.Message}): --base-ref needs git installed and on the PATH.");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            return new GitResult(process.ExitCode, await output, await error);
        }
    }
}
