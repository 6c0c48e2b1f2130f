namespace PiiAnalyzers.Cli.Output;

/// <summary>The exit codes every command uses (DESIGN.md section 5).</summary>
public static class ExitCodes
{
    /// <summary>The command did its job and found nothing to complain about.</summary>
    public const int Success = 0;

    /// <summary>The command did its job and found errors (<c>pii check</c>).</summary>
    public const int Findings = 1;

    /// <summary>Bad input: a missing path, a project that does not load, an unknown option value.</summary>
    public const int BadInput = 2;
}
