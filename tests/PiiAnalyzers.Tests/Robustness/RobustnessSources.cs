using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>One C# file the robustness tests compile: where it came from (repository-relative, for messages) and its text.</summary>
/// <param name="Origin">The repository file, and for a test fixture or a mutation what was taken from it or done to it.</param>
/// <param name="TreePath">The path the compilation gives the syntax tree; unique within a batch.</param>
/// <param name="Text">The C# source.</param>
internal sealed record RobustnessFile(string Origin, string TreePath, string Text)
{
    public override string ToString() => Origin;
}

/// <summary>Files compiled together: one project's sources, or one test file's fixtures, or a set of mutated files.</summary>
internal sealed record RobustnessBatch(string Name, IReadOnlyList<RobustnessFile> Files)
{
    public override string ToString() => Name;
}

/// <summary>
/// The C# of the repository: every .cs file under src/, samples/ and tests/ (bin/ and obj/ skipped), grouped by project,
/// and the test fixtures, the C# sources the unit tests hold in raw string literals, with their markup
/// (<c>[|…|]</c>, <c>{|ID:…|}</c>) removed. The fixtures are the densest inputs: each is written to make a rule fire.
/// </summary>
internal static class RobustnessSources
{
    public const string TreeRoot = "/repo/";

    private static readonly string[] SourceFolders = ["src", "samples", "tests", "benchmarks"];

    private static readonly Lazy<IReadOnlyList<RobustnessBatch>> LazyProjects = new(LoadProjects);
    private static readonly Lazy<IReadOnlyList<RobustnessBatch>> LazyFixtures = new(LoadFixtures);

    /// <summary>
    /// One batch per project folder (the nearest folder above a file that holds a .csproj) of src/ and samples/. The test
    /// projects' own code is verifier plumbing; what of tests/ exercises the analyzers is its fixtures.
    /// </summary>
    public static IReadOnlyList<RobustnessBatch> Projects => LazyProjects.Value;

    /// <summary>One batch per test file that holds C# fixtures, each fixture a file of its own.</summary>
    public static IReadOnlyList<RobustnessBatch> Fixtures => LazyFixtures.Value;

    public static IEnumerable<RobustnessFile> AllFiles => Projects.Concat(Fixtures).SelectMany(batch => batch.Files);

    public static string RelativePath(string fullPath) =>
        Path.GetRelativePath(RepositoryFiles.Root, fullPath).Replace('\\', '/');

    private static IEnumerable<string> SourceFiles() =>
        SourceFolders
            .Select(RepositoryFiles.PathOf)
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(path => !IsBuildOutput(RelativePath(path)))
            .OrderBy(RelativePath, StringComparer.Ordinal);

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split('/').Any(segment => segment is "bin" or "obj" or "artifacts" or "BenchmarkDotNet.Artifacts");

    private static IReadOnlyList<RobustnessBatch> LoadProjects() =>
        SourceFiles()
            .Where(path => !RelativePath(path).StartsWith("tests/", StringComparison.Ordinal))
            .GroupBy(ProjectFolder, StringComparer.Ordinal)
            .Select(group => new RobustnessBatch(
                group.Key,
                group.Select(path => new RobustnessFile(RelativePath(path), TreeRoot + RelativePath(path), File.ReadAllText(path))).ToList()))
            .ToList();

    private static string ProjectFolder(string path)
    {
        var root = Path.GetFullPath(RepositoryFiles.Root);
        for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length >= root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.EnumerateFiles(folder, "*.csproj").Any())
            {
                return RelativePath(folder);
            }
        }

        return RelativePath(Path.GetDirectoryName(path)!);
    }

    private static IReadOnlyList<RobustnessBatch> LoadFixtures()
    {
        var batches = new List<RobustnessBatch>();
        foreach (var path in SourceFiles().Where(path => RelativePath(path).StartsWith("tests/", StringComparison.Ordinal)))
        {
            var relative = RelativePath(path);
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path);
            var fixtures = tree.GetRoot().DescendantTokens()
                .Where(token => token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
                .Select(token => (Line: token.GetLocation().GetLineSpan().StartLinePosition.Line + 1, Text: RemoveMarkup(token.ValueText)))
                .Where(fixture => LooksLikeCSharp(fixture.Text))
                .Select((fixture, index) => new RobustnessFile(
                    $"{relative}, fixture at line {fixture.Line}",
                    $"{TreeRoot}fixtures/{relative}/{index:D3}.cs",
                    fixture.Text))
                .ToList();
            if (fixtures.Count > 0)
            {
                batches.Add(new RobustnessBatch(relative + " (fixtures)", fixtures));
            }
        }

        return batches;
    }

    private static bool LooksLikeCSharp(string text) =>
        Regex.IsMatch(text, @"\b(class|record|struct|interface|enum|namespace)\s+[A-Za-z_]", RegexOptions.None, TimeSpan.FromSeconds(1))
        && text.Contains('{', StringComparison.Ordinal)
        && !text.Contains("<Project", StringComparison.Ordinal);

    /// <summary>The markup of Microsoft.CodeAnalysis.Testing: <c>[|x|]</c>, <c>{|PII0001:x|}</c>, <c>{|#0:x|}</c>.</summary>
    private static string RemoveMarkup(string text)
    {
        text = Regex.Replace(text, @"\{\|[^:|{}\s]*:", string.Empty, RegexOptions.None, TimeSpan.FromSeconds(1));
        return text.Replace("|}", string.Empty, StringComparison.Ordinal)
            .Replace("[|", string.Empty, StringComparison.Ordinal)
            .Replace("|]", string.Empty, StringComparison.Ordinal);
    }
}
