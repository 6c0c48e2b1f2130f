using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// The generated inventory depends on the code only: two runs give the same bytes, and so does the same code with its
/// files in another order (the build's order of Compile items is not the code).
/// </summary>
public class GeneratorDeterminismTests
{
    private const int MaxFixtureGroups = 6;

    public static TheoryData<string> AnnotatedBatches()
    {
        var data = new TheoryData<string>();
        foreach (var batch in AnnotatedInputs())
        {
            data.Add(batch.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AnnotatedBatches))]
    public void Generated_sources_are_identical_across_runs_and_file_orders(string batchName)
    {
        Assert.NotEmpty(RobustnessHost.GeneratorTypes);
        var batch = AnnotatedInputs().Single(candidate => candidate.Name == batchName);
        var settings = RobustnessHost.Settings.For(0, AnalyzerRobustnessTests.Policies.Value);
        var trees = batch.Files.Select(RobustnessHost.Parse).ToList();

        var first = RobustnessHost.Generate(trees, settings);
        var second = RobustnessHost.Generate(batch.Files.Select(RobustnessHost.Parse), settings);
        var reversed = RobustnessHost.Generate(Enumerable.Reverse(trees), settings);
        var random = new Random(17);
        var shuffled = RobustnessHost.Generate(trees.OrderBy(_ => random.Next()).ToList(), settings);

        Assert.NotEmpty(first);
        AssertIdentical(first, second, "a second run");
        AssertIdentical(first, reversed, "the files in reverse order");
        AssertIdentical(first, shuffled, "the files shuffled");
    }

    /// <summary>
    /// Every batch with annotated members: each sample, and the annotated fixtures of the tests grouped so that no two in a
    /// group declare the same type (a type declared twice is a compile error whose merged members the compiler orders by
    /// file: not what this test is about).
    /// </summary>
    private static IEnumerable<RobustnessBatch> AnnotatedInputs()
    {
        foreach (var sample in RobustnessSources.Projects.Where(batch => batch.Name.StartsWith("samples/", StringComparison.Ordinal)))
        {
            yield return sample;
        }

        var groups = new List<(List<RobustnessFile> Files, HashSet<string> Types)>();
        foreach (var file in RobustnessSources.Fixtures.SelectMany(batch => batch.Files)
            .Where(file => file.Text.Contains("PersonalData", StringComparison.Ordinal) || file.Text.Contains("DataClassification", StringComparison.Ordinal)))
        {
            var types = DeclaredNames(file);
            var group = groups.FirstOrDefault(candidate => candidate.Files.Count < 60 && !candidate.Types.Overlaps(types));
            if (group.Files is null)
            {
                group = ([], new HashSet<string>(StringComparer.Ordinal));
                groups.Add(group);
            }

            group.Files.Add(file);
            group.Types.UnionWith(types);
        }

        // The first groups hold most of the fixtures (each later one exists for a type every test names, such as Customer).
        foreach (var (group, index) in groups.Select((group, index) => (group, index)).Take(MaxFixtureGroups))
        {
            yield return new RobustnessBatch($"annotated fixtures, group {index + 1}", group.Files);
        }
    }

    /// <summary>
    /// The types a file declares, with their namespaces and containing types, and the custom categories it declares (a
    /// category declared twice is PII0007, and the first in compilation order wins).
    /// </summary>
    private static IEnumerable<string> DeclaredNames(RobustnessFile file)
    {
        var root = RobustnessHost.Parse(file).GetRoot();
        var types = root.DescendantNodes()
            .OfType<BaseTypeDeclarationSyntax>()
            .Select(declaration => string.Join(".", declaration.AncestorsAndSelf().Select(node => node switch
            {
                BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
                BaseNamespaceDeclarationSyntax ns => ns.Name.ToString(),
                _ => null,
            }).Where(name => name is not null).Reverse()));
        var categories = root.DescendantNodes()
            .OfType<AttributeSyntax>()
            .Where(attribute => attribute.Name.ToString().Contains("PersonalDataCategory", StringComparison.Ordinal))
            .Select(attribute => "category " + attribute.ArgumentList?.Arguments.FirstOrDefault()?.ToString());
        return types.Concat(categories);
    }

    private static void AssertIdentical(IReadOnlyList<(string HintName, string Text)> expected, IReadOnlyList<(string HintName, string Text)> actual, string variant)
    {
        Assert.Equal(expected.Select(source => source.HintName), actual.Select(source => source.HintName));
        for (var i = 0; i < expected.Count; i++)
        {
            if (!string.Equals(expected[i].Text, actual[i].Text, StringComparison.Ordinal))
            {
                var expectedLines = expected[i].Text.Split('\n');
                var actualLines = actual[i].Text.Split('\n');
                var line = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(n => expectedLines[n] != actualLines[n], Math.Min(expectedLines.Length, actualLines.Length));
                Assert.Fail($"{expected[i].HintName} differs with {variant}, first at line {line + 1}:{Environment.NewLine}  first run:{Environment.NewLine}    {Line(expectedLines, line)}{Environment.NewLine}  {variant}:{Environment.NewLine}    {Line(actualLines, line)}");
            }
        }
    }

    private static string Line(string[] lines, int index) =>
        string.Join(Environment.NewLine + "    ", Enumerable.Range(index - 8, 12).Where(n => n >= 0 && n < lines.Length).Select(n => (n == index ? "> " : "  ") + lines[n].Trim()));
}
