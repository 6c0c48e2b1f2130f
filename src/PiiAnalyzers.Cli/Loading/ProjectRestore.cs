using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using PiiAnalyzers.Cli.Output;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// <c>pii scan --restore</c>: <c>dotnet restore</c> on a project or solution before it is loaded, in a child process
/// whose output goes to standard error (standard output carries only the report). A restore that fails or cannot start
/// is reported and the scan goes on: the projects it did not restore are then named as such.
/// </summary>
internal static class ProjectRestore
{
    /// <summary>Whether <c>dotnet restore <paramref name="target"/></c> succeeded.</summary>
    public static async Task<bool> RunAsync(string target, CommandConsole console, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // No build server or node left running after the scan.
        foreach (var argument in new[] { "restore", target, "--disable-build-servers", "-nodeReuse:false" })
        {
            start.ArgumentList.Add(argument);
        }

        console.Progress($"Running dotnet restore {target}");
        try
        {
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, line) => Forward(console, line.Data);
            process.ErrorDataReceived += (_, line) => Forward(console, line.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            process.WaitForExit();
            if (process.ExitCode == 0)
            {
                return true;
            }

            console.Progress($"warning: dotnet restore {target} failed (exit code {process.ExitCode}); scanning without it.");
            return false;
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException)
        {
            console.Progress($"warning: dotnet restore {target} could not run ({exception.Message}); scanning without it.");
            return false;
        }
    }

    private static void Forward(CommandConsole console, string? line)
    {
        if (line is not null)
        {
            lock (console)
            {
                console.Progress("  " + line);
            }
        }
    }
}
