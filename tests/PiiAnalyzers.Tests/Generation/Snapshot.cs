namespace PiiAnalyzers.Tests.Generation;

/// <summary>
/// Compares text with a golden file in the source tree. Set PII_UPDATE_SNAPSHOTS=1 to write the golden files from what
/// the tests produce instead (then review the diff).
/// </summary>
internal static class Snapshot
{
    public static bool Updating => Environment.GetEnvironmentVariable("PII_UPDATE_SNAPSHOTS") == "1";

    /// <param name="actual">The text produced.</param>
    /// <param name="relativePath">The golden file, relative to the repository root.</param>
    public static void Match(string actual, string relativePath)
    {
        var path = RepositoryFiles.PathOf(relativePath);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No golden file {relativePath}; run the tests with PII_UPDATE_SNAPSHOTS=1 to create it.");
        var expected = File.ReadAllText(path);
        if (expected == actual)
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        Assert.Fail(
            $"""
            The output differs from {relativePath} at line {line + 1} (PII_UPDATE_SNAPSHOTS=1 rewrites the golden file).
              expected: {(line < expectedLines.Length ? expectedLines[line] : "<end>")}
              actual:   {(line < actualLines.Length ? actualLines[line] : "<end>")}
            ---- actual ----
            {actual}
            """);
    }
}
