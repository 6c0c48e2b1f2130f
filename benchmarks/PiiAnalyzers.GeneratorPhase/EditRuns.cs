using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

/// <summary>
/// Warm runs of a generator driver, each after one edit, as in an IDE: for each kind of edit, a first run over the
/// compilation, then <c>runs</c> runs of the same driver, each over the compilation of the run before with one more edit
/// (an incremental reparse of one file, as the IDE's). Prints each kind's runs in milliseconds and the median of the
/// second half (in the first, the JIT is still compiling and tiering up the incremental paths: the first runs cost several
/// times the last), and whether the generated source stayed the same.
/// </summary>
internal static class EditRuns
{
    public static void Run(ISourceGenerator[] generators, ImmutableArray<AdditionalText> additionalFiles, CSharpParseOptions parseOptions, AnalyzerConfigOptionsProvider options, CSharpCompilation compilation, int runs)
    {
        // A newline above a marked member: the keystroke the generated inventory must not change with.
        var marked = compilation.SyntaxTrees.First(tree => tree.GetText().ToString().Contains("[PersonalData(", StringComparison.Ordinal));
        Measure("newline above a marked member", marked, tree => tree.GetText().ToString().IndexOf("    [PersonalData(", StringComparison.Ordinal));

        // A newline in a method of a file with no attribute at all.
        if (compilation.SyntaxTrees.FirstOrDefault(tree => !tree.GetText().ToString().Contains('[') && tree.GetText().ToString().Contains("return ", StringComparison.Ordinal)) is { } plain)
        {
            Measure("newline in a method of an unmarked file", plain, tree => tree.GetText().ToString().IndexOf("return ", StringComparison.Ordinal));
        }

        void Measure(string edit, SyntaxTree edited, Func<SyntaxTree, int> position)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(generators, additionalFiles, parseOptions, options, new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None));
            driver = driver.RunGenerators(compilation);
            var first = GeneratedText(driver);
            var current = compilation;
            var tree = edited;
            var times = new List<double>();
            var sameOutput = true;
            for (var i = 0; i < runs; i++)
            {
                var text = tree.GetText();
                var next = tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(position(tree), 0), "\n")));
                current = current.ReplaceSyntaxTree(tree, next);
                tree = next;
                var stopwatch = Stopwatch.StartNew();
                driver = driver.RunGenerators(current);
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
                sameOutput &= GeneratedText(driver) == first;
            }

            var warm = times.Skip(runs / 2).OrderBy(time => time).ToList();
            Console.WriteLine(FormattableString.Invariant(
                $"{edit} ({Path.GetFileName(edited.FilePath)}): median {warm[warm.Count / 2]:F1} ms, min {warm[0]:F1}, max {warm[^1]:F1} over runs {(runs / 2) + 1}-{runs}; output {(sameOutput ? "unchanged" : "changed")}"));
            Console.WriteLine("  runs: " + string.Join(" ", times.Select(time => time.ToString("F1", System.Globalization.CultureInfo.InvariantCulture))));
        }
    }

    private static string GeneratedText(GeneratorDriver driver) =>
        string.Concat(driver.GetRunResult().GeneratedTrees.Select(tree => tree.GetText().ToString()));
}
