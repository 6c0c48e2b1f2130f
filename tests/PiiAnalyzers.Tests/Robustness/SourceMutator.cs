using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// Breaks C# the way an editor does while someone types: the file cut off at a random point, or a few random tokens
/// deleted. Everything follows from the seed, so a failure names the seed that reproduces it.
/// </summary>
internal static class SourceMutator
{
    /// <summary>
    /// <paramref name="fileCount"/> files picked from <paramref name="files"/>, each once truncated and once with tokens
    /// deleted, in batches of <paramref name="batchSize"/>.
    /// </summary>
    public static IReadOnlyList<RobustnessBatch> Mutate(IReadOnlyList<RobustnessFile> files, int seed, int fileCount, int batchSize)
    {
        var random = new Random(seed);
        var picked = Enumerable.Range(0, Math.Min(fileCount, files.Count))
            .Select(_ => files[random.Next(files.Count)])
            .ToList();

        var mutated = new List<RobustnessFile>();
        foreach (var file in picked)
        {
            mutated.Add(Truncate(file, random, mutated.Count, seed));
            mutated.Add(DeleteTokens(file, random, mutated.Count, seed));
        }

        return mutated
            .Chunk(batchSize)
            .Select((chunk, index) => new RobustnessBatch($"seed {seed}, mutated batch {index}", chunk))
            .ToList();
    }

    private static RobustnessFile Truncate(RobustnessFile file, Random random, int index, int seed)
    {
        var length = random.Next(file.Text.Length + 1);
        return new RobustnessFile(
            $"{file.Origin}, truncated to {length} of {file.Text.Length} characters (seed {seed})",
            MutatedPath(file, index, seed),
            file.Text[..length]);
    }

    private static RobustnessFile DeleteTokens(RobustnessFile file, Random random, int index, int seed)
    {
        var tokens = CSharpSyntaxTree.ParseText(file.Text).GetRoot().DescendantTokens()
            .Where(token => !token.IsKind(SyntaxKind.EndOfFileToken) && token.Span.Length > 0)
            .ToList();
        if (tokens.Count == 0)
        {
            return file with { TreePath = MutatedPath(file, index, seed) };
        }

        var count = 1 + random.Next(Math.Min(8, tokens.Count));
        var deleted = Enumerable.Range(0, count)
            .Select(_ => tokens[random.Next(tokens.Count)])
            .DistinctBy(token => token.SpanStart)
            .OrderByDescending(token => token.SpanStart)
            .ToList();

        var text = new StringBuilder(file.Text);
        foreach (var token in deleted)
        {
            text.Remove(token.SpanStart, token.Span.Length);
        }

        var described = string.Join(", ", deleted.OrderBy(token => token.SpanStart).Select(token => $"'{Shorten(token.Text)}' at {token.SpanStart}"));
        return new RobustnessFile($"{file.Origin}, deleted {described} (seed {seed})", MutatedPath(file, index, seed), text.ToString());
    }

    private static string MutatedPath(RobustnessFile file, int index, int seed) =>
        $"{RobustnessSources.TreeRoot}mutated/{seed}/{index:D4}/{Path.GetFileName(file.TreePath)}";

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..27] + "...";
}
