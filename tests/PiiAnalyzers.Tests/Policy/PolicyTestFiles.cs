using System.Reflection;
using System.Text;

namespace PiiAnalyzers.Tests.Policy;

/// <summary>Where the labelled corpus and the shared real policies are, read from the source tree.</summary>
internal static class PolicyTestFiles
{
    public static string RepositoryRoot { get; } = typeof(PolicyTestFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot")
        .Value!;

    public static string CorpusDirectory { get; } = Path.Combine(RepositoryRoot, "tests", "PiiAnalyzers.Tests", "Policy", "Corpus");

    /// <summary>The real policies other sessions share, next to the repository; absent on machines that lack them.</summary>
    public static string SharedPoliciesDirectory { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "policies"));

    static PolicyTestFiles()
    {
        // GB18030/GBK needs the code pages provider, which the CLI registers too.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static void EnsureCodePages()
    {
        // Touching the class runs the static constructor.
    }
}
