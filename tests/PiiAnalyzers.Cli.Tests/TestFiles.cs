using System.Reflection;

namespace PiiAnalyzers.Cli.Tests;

/// <summary>The fixture and golden files, read from the source tree; PII_UPDATE_SNAPSHOTS=1 rewrites the golden files.</summary>
internal static class TestFiles
{
    public static string Root { get; } = typeof(TestFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot")
        .Value!;

    public static string ShopFolder => Path.Combine(Root, "tests", "PiiAnalyzers.Cli.Tests", "Fixtures", "Shop");

    public static string GoldenFolder => Path.Combine(Root, "tests", "PiiAnalyzers.Cli.Tests", "Golden");

    public static void MatchGolden(string actual, string fileName)
    {
        var path = Path.Combine(GoldenFolder, fileName);
        if (Environment.GetEnvironmentVariable("PII_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No golden file {path}; run the tests with PII_UPDATE_SNAPSHOTS=1 to create it.");
        var expected = File.ReadAllText(path);
        Assert.True(expected == actual, $"The output differs from {path} (PII_UPDATE_SNAPSHOTS=1 rewrites it):{Environment.NewLine}{actual}");
    }

    /// <summary>A fresh temporary folder outside the repository.</summary>
    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "PiiAnalyzers.Cli.Tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>The result of one <c>pii</c> run.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public static CliResult Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = PiiCli.Run(args, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}--- stdout ---{Environment.NewLine}{Output}{Environment.NewLine}--- stderr ---{Environment.NewLine}{Error}";
}
