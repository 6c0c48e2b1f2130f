using System.Reflection;
using System.Xml.Linq;

namespace PiiAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>The repository these tests were built from.</summary>
public static class Repository
{
    public const string SolutionFileName = "PiiAnalyzers.sln";

    /// <summary>
    /// The folder holding PiiAnalyzers.sln, found by walking up from the test assembly's folder or, for an assembly built
    /// with an artifacts path outside the repository, the folder the build recorded.
    /// </summary>
    public static string Root { get; } = FindRoot();

    public static string PackageProject => Path.Combine(Root, "src", "PiiAnalyzers.Package", "PiiAnalyzers.Package.csproj");

    public static string CliProject => Path.Combine(Root, "src", "PiiAnalyzers.Cli", "PiiAnalyzers.Cli.csproj");

    /// <summary>The package version, from the repository's Directory.Build.props.</summary>
    public static string PackageVersion { get; } = ReadVersion();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        var recorded = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, SolutionFileName)))
        {
            return Path.GetFullPath(recorded);
        }

        throw new InvalidOperationException($"No {SolutionFileName} in {AppContext.BaseDirectory} or any folder above it, nor in {recorded}.");
    }

    private static string ReadVersion()
    {
        var props = Path.Combine(Root, "Directory.Build.props");
        var version = XDocument.Load(props).Descendants("Version").Select(element => element.Value.Trim()).FirstOrDefault();
        return string.IsNullOrEmpty(version) ? throw new InvalidOperationException($"{props} sets no <Version>.") : version;
    }
}
