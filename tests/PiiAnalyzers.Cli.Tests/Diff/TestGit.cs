using System.ComponentModel;
using System.Diagnostics;

namespace PiiAnalyzers.Cli.Tests.Diff;

/// <summary>
/// git for the <c>--base-ref</c> tests: repositories made at test time in temporary folders. A machine without git fails
/// these tests with a message saying so (CI has git), rather than skipping them.
/// </summary>
internal static class TestGit
{
    // Whatever the machine's configuration: an author, no signing, files as written.
    private static readonly string[] Settings =
        ["-c", "user.name=PiiAnalyzers Tests", "-c", "user.email=tests@example.invalid", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"];

    /// <summary>A new repository in a fresh folder.</summary>
    public static string Init()
    {
        var folder = TestFiles.TempFolder();
        Run(folder, "init", "--quiet");
        return folder;
    }

    /// <summary>Writes the files (paths relative to the repository, '/'-separated).</summary>
    public static void Write(string repository, params (string Path, string Content)[] files)
    {
        foreach (var (path, content) in files)
        {
            var file = Path.Combine(repository, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, content);
        }
    }

    /// <summary>Commits everything in the working tree.</summary>
    public static void CommitAll(string repository, string message)
    {
        Run(repository, "add", "--all");
        Run(repository, "commit", "--quiet", "-m", message);
    }

    public static string Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Settings.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"git is not installed or not on the PATH ({exception.Message}): the --base-ref tests need it.", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {error.Result}");
            return output.Result;
        }
    }
}
