using System;
using System.Globalization;
using PiiAnalyzers.Cli.Loading;

namespace PiiAnalyzers.Cli.Scanning;

/// <summary>
/// How much work the analysis may cost. Per file, checked on its syntax before anything is bound: a file larger than
/// <see cref="MaxFileBytes"/>, or whose code nests deeper than <see cref="MaxNestingDepth"/> (an expression of
/// thousands of terms, which the compiler binds in time that grows faster than its length), is left out. Per project,
/// the analysis stops after <see cref="Timeout"/>. Each is reported as a <see cref="DiagnosticDescriptors.NotAnalyzed"/> (PII0900) finding, so that hostile or
/// generated input costs bounded time and CI sees what was not analyzed.
/// </summary>
internal sealed record ScanBudgets(long MaxFileBytes, int MaxNestingDepth, TimeSpan Timeout)
{
    /// <summary>
    /// 2 MB of code (hand-written files are rarely a tenth of it), nesting 2,000 deep (hand-written code rarely nests 100
    /// deep; a 20,000-term sum takes a scan 7 s, a 200,000-term one 3 minutes), 15 minutes a project.
    /// </summary>
    public static ScanBudgets Default { get; } = new(2 * 1024 * 1024, 2_000, TimeSpan.FromMinutes(15));


    /// <summary>Reads the options' values (kilobytes, levels, seconds), each positive when given.</summary>
    /// <exception cref="InputException">A value is zero or negative.</exception>
    public static ScanBudgets From(int? maxFileKilobytes, int? maxNestingDepth, double? timeoutSeconds)
    {
        if (maxFileKilobytes is <= 0)
        {
            throw new InputException($"--max-file-size must be a positive number of kilobytes, not {maxFileKilobytes}.");
        }

        if (maxNestingDepth is <= 0)
        {
            throw new InputException($"--max-nesting must be a positive number of levels, not {maxNestingDepth}.");
        }

        if (timeoutSeconds is { } seconds && !(seconds > 0 && seconds <= TimeSpan.MaxValue.TotalSeconds / 2))
        {
            throw new InputException($"--timeout must be a positive number of seconds, not {seconds.ToString(CultureInfo.InvariantCulture)}.");
        }

        return new ScanBudgets(
            maxFileKilobytes is { } kilobytes ? kilobytes * 1024L : Default.MaxFileBytes,
            maxNestingDepth ?? Default.MaxNestingDepth,
            timeoutSeconds is { } given ? TimeSpan.FromSeconds(given) : Default.Timeout);
    }

    public string TooLargeMessage(string path, long bytes) => string.Format(
        CultureInfo.InvariantCulture,
        "{0} was not analyzed: it holds {1:N0} KB of code, over the limit of {2:N0} KB (--max-file-size)",
        path,
        (bytes + 1023) / 1024,
        MaxFileBytes / 1024);

    public string TooDeepMessage(string path, int line) => string.Format(
        CultureInfo.InvariantCulture,
        "{0} was not analyzed: its code at line {1} nests deeper than {2:N0} levels (--max-nesting), as an expression of thousands of terms does",
        path,
        line,
        MaxNestingDepth);

    public string TimedOutMessage(string project) => string.Format(
        CultureInfo.InvariantCulture,
        "The analysis of {0} was stopped after {1:0.###} s (--timeout): none of its findings are reported",
        project,
        Timeout.TotalSeconds);
}
