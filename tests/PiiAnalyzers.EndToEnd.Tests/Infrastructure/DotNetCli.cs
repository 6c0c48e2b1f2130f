using System.Diagnostics;
using System.Text;

namespace PiiAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>What a <c>dotnet</c> command did: its exit code and everything it printed.</summary>
public sealed record ProcessResult(string CommandLine, string WorkingDirectory, int ExitCode, string StandardOutput, string Output, TimeSpan Elapsed)
{
    /// <summary>The whole run, for assertion messages.</summary>
    public override string ToString() =>
        $"""
        > {CommandLine}
          in {WorkingDirectory}
          exit code {ExitCode} after {Elapsed.TotalSeconds:F1} s
        ---- output (stdout and stderr) ----
        {Output}
        ------------------------------------
        """;
}

/// <summary>Runs the SDK's <c>dotnet</c> in a clean environment, with a time limit.</summary>
public static class DotNetCli
{
    /// <summary>The <c>dotnet</c> that runs these tests (the SDK's host sets DOTNET_HOST_PATH), or the one on PATH.</summary>
    private static string Executable =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static async Task<ProcessResult> RunAsync(
        string workingDirectory,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        PrepareEnvironment(startInfo.Environment);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        var commandLine = string.Join(' ', new[] { "dotnet" }.Concat(startInfo.ArgumentList.Select(Quote)));
        var output = new StringBuilder();
        var standardOutput = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();

        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                    standardOutput.AppendLine(e.Data);
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        };

        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            lock (output)
            {
                output.AppendLine($"[killed: no exit within {timeout.TotalSeconds:F0} s]");
            }

            return Result(exitCode: -1);
        }

        return Result(process.ExitCode);

        ProcessResult Result(int exitCode)
        {
            lock (output)
            {
                return new ProcessResult(commandLine, workingDirectory, exitCode, standardOutput.ToString(), output.ToString(), stopwatch.Elapsed);
            }
        }
    }

    /// <summary>
    /// Under <c>dotnet test</c> this process inherits the variables MSBuild set for itself (MSBuildExtensionsPath,
    /// MSBuildSDKsPath, ...), which would steer the child builds; a fresh <c>dotnet</c> sets its own. English output
    /// keeps the expected messages stable whatever the machine's language.
    /// </summary>
    private static void PrepareEnvironment(IDictionary<string, string?> environment)
    {
        foreach (var name in environment.Keys.Where(key => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            environment.Remove(name);
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        // No MSBuild node or compiler server outlives the command (they would hold its output pipes open), and none is shared
        // with the builds of the repository that may be running at the same time.
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["UseSharedCompilation"] = "false";
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c == '"') ? argument : $"\"{argument.Replace("\"", "\\\"")}\"";
}
