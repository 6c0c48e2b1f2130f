using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace PiiAnalyzers.Cli.Scanning;

/// <summary>
/// Which files a scan looks at, by their path relative to the root ('/'-separated): by default not those under
/// <c>bin/</c>, <c>obj/</c>, hidden or migrations folders, nor generated files (<c>*.g.cs</c>, <c>*.designer.cs</c>,
/// <c>*.generated.cs</c>), nor those matching an <c>--exclude</c> glob; and, for <c>pii scan</c> without
/// <c>--include-tests</c>, not test code (<see cref="TestCode"/>).
/// </summary>
internal sealed class PathFilter
{
    private static readonly string[] GeneratedSuffixes = [".g.cs", ".g.i.cs", ".designer.cs", ".generated.cs", ".AssemblyInfo.cs", ".AssemblyAttributes.cs"];

    private readonly IReadOnlyList<Regex> _excludes;

    public PathFilter(IEnumerable<string> excludeGlobs, bool skipTests = false)
        : this(excludeGlobs.Where(glob => !string.IsNullOrWhiteSpace(glob)).Select(ToRegex).ToList(), skipTests)
    {
    }

    private PathFilter(IReadOnlyList<Regex> excludes, bool skipTests)
    {
        _excludes = excludes;
        SkipsTests = skipTests;
    }

    /// <summary>The default filter, without globs of the user's, keeping test code.</summary>
    public static PathFilter Default { get; } = new([]);

    /// <summary>Whether test code is left out: test folders and files here, test projects where the loader knows them.</summary>
    public bool SkipsTests { get; }

    /// <summary>The same filter, keeping test code.</summary>
    public PathFilter KeepingTests() => SkipsTests ? new PathFilter(_excludes, skipTests: false) : this;

    /// <summary>Whether the file at <paramref name="relativePath"/> is analyzed and reported.</summary>
    public bool Includes(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        return IncludesButForTests(path) && !IsTest(path);
    }

    /// <summary>Whether the file would be scanned but is left out as test code: what the "skipped as tests" count counts.</summary>
    public bool IsSkippedAsTest(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        return IncludesButForTests(path) && IsTest(path);
    }

    // Only below the root: what the user names is scanned, wherever it sits, and a file outside it (one a project links
    // from elsewhere) is reported by its full path, whose folders say nothing about it.
    private bool IsTest(string path) => SkipsTests && !Path.IsPathRooted(path) && TestCode.IsTestPath(path);

    /// <summary>Whether the file would be analyzed if it were not test code: the default folders and files, and the globs.</summary>
    public bool IncludesButForTests(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        var parts = path.Split('/');
        var folders = parts.Take(parts.Length - 1);
        if (folders.Any(part =>
            part.Equals("bin", StringComparison.OrdinalIgnoreCase)
            || part.Equals("obj", StringComparison.OrdinalIgnoreCase)
            || part.Equals("Migrations", StringComparison.OrdinalIgnoreCase)
            || (part.StartsWith('.') && part != "." && part != "..")))
        {
            return false;
        }

        var name = parts[^1];
        if (GeneratedSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return !_excludes.Any(exclude => exclude.IsMatch(path));
    }

    /// <summary>
    /// A glob as a regular expression over the relative path: <c>**</c> any folders, <c>*</c> any characters but '/',
    /// <c>?</c> one. A glob without '/' matches a file or folder name anywhere (<c>*.Tests.cs</c>, <c>Legacy</c>).
    /// </summary>
    internal static Regex ToRegex(string glob)
    {
        var pattern = glob.Replace('\\', '/').Trim();
        var anywhere = !pattern.Contains('/');
        pattern = pattern.TrimStart('/');
        var regex = new StringBuilder(anywhere ? "(^|.*/)" : "^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                i++;
                if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                {
                    i++;
                    regex.Append("(.*/)?");
                }
                else
                {
                    regex.Append(".*");
                }
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        // A folder excludes everything under it.
        regex.Append("(/.*)?$");
        return new Regex(regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
