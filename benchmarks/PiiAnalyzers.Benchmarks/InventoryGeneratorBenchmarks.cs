using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PiiAnalyzers.Benchmarks.Workload;
using PiiAnalyzers.Generation;

namespace PiiAnalyzers.Benchmarks;

/// <summary>
/// The inventory generator over 10,000 annotated members (500 classes of 20, a class to a file): a first run, as in a
/// build (the compiler binding the attributes included), and a second run after a file was edited, as in the IDE, where
/// the generator's cache should make it cheap: a type added to a file (a new type may change what any file binds to, so
/// every file is read again), and a newline above an annotated member (only that file is read again).
/// </summary>
public class InventoryGeneratorBenchmarks
{
    public const int MemberCount = 10_000;

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private CSharpCompilation _newlineAboveAMember = null!;
    private GeneratorDriver _warmDriver = null!;

    [GlobalSetup]
    public void Setup()
    {
        var files = AnnotatedMembers.Files(MemberCount);
        _compilation = SyntheticProject.Compile(files);
        var first = _compilation.SyntaxTrees.First();
        var edited = first.WithChangedText(first.GetText().Replace(first.GetText().Length - 1, 1, "}\ninternal static class Edited { public static int Answer() => 42; }\n"));
        _edited = _compilation.ReplaceSyntaxTree(first, edited);
        var member = first.GetText().ToString().IndexOf("    [PersonalData(", StringComparison.Ordinal);
        _newlineAboveAMember = _compilation.ReplaceSyntaxTree(first, first.WithChangedText(first.GetText().Replace(member, 0, "\n")));
        _warmDriver = CreateDriver().RunGenerators(_compilation);
        var generated = _warmDriver.GetRunResult().Results.Single();
        if (generated.Exception is not null || generated.GeneratedSources.IsEmpty)
        {
            throw new InvalidOperationException("The generator failed or generated nothing: " + generated.Exception);
        }
    }

    /// <summary>A fresh driver over a fresh copy of the compilation (no symbol bound yet), as in a build.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver FirstRun() => CreateDriver().RunGenerators(_compilation.Clone());

    [Benchmark]
    public GeneratorDriver RunAfterAnEdit() => _warmDriver.RunGenerators(_edited);

    [Benchmark]
    public GeneratorDriver RunAfterANewlineAboveAMember() => _warmDriver.RunGenerators(_newlineAboveAMember);

    private static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create([new InventoryGenerator().AsSourceGenerator()], parseOptions: SyntheticProject.CSharpParseOptions);
}
