using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PiiAnalyzers.Cli.Scanning;

/// <summary>
/// Baseline fingerprints: a hash of the rule id, the path relative to the root, the enclosing symbol and the line's code
/// with white space normalized. The line number is left out so that edits above a finding do not resurrect it.
/// </summary>
internal static partial class Fingerprints
{
    public static string Compute(string ruleId, string path, string symbol, string lineText)
    {
        var key = string.Join("\n", ruleId, path.Replace('\\', '/'), symbol, NormalizeLine(lineText));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(hash, 0, 16);
    }

    /// <summary>The line's code with runs of white space made one space, and trimmed.</summary>
    public static string NormalizeLine(string lineText) => WhiteSpace().Replace(lineText, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
