using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Generation;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// No analyzer and no generator throws on any C# of the repository (src/, samples/ and the tests' fixtures), nor
/// on mutated copies of it: files cut off at random points or with random tokens deleted, as they are while being typed.
/// Analyzers run through <see cref="Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzers"/>, concurrently, with a
/// privacy policy so that the compilation-end check runs too; generators through a <c>CSharpGeneratorDriver</c>.
/// </summary>
/// <remarks>
/// A failure names the batch, the file that fails alone (with the mutation and its seed), the analyzer and the exception.
/// To run other mutations: <c>PII_ROBUSTNESS_SEED=1234 PII_ROBUSTNESS_FILES=200 dotnet test --filter Robustness</c>.
/// </remarks>
public class AnalyzerRobustnessTests
{
    private const int MutatedFilesPerSeed = 30;
    private const int MutatedBatchSize = 20;

    public static TheoryData<string> RepositoryBatches()
    {
        var data = new TheoryData<string>();
        foreach (var batch in RobustnessSources.Projects.Concat(RobustnessSources.Fixtures))
        {
            data.Add(batch.Name);
        }

        return data;
    }

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        if (int.TryParse(Environment.GetEnvironmentVariable("PII_ROBUSTNESS_SEED"), out var seed))
        {
            data.Add(seed);
            return data;
        }

        foreach (var fixedSeed in new[] { 1, 2, 3 })
        {
            data.Add(fixedSeed);
        }

        return data;
    }

    [Fact]
    public void Reflection_finds_every_analyzer_and_the_generator()
    {
        var analyzers = RobustnessHost.Analyzers.Select(analyzer => analyzer.GetType()).ToList();

        Assert.Contains(typeof(InvalidAnnotationAnalyzer), analyzers);
        Assert.Contains(typeof(PersonalDataLogAnalyzer), analyzers);
        Assert.Contains(typeof(PrivacyPolicyAnalyzer), analyzers);
        Assert.True(analyzers.Count >= 9, "Analyzers found: " + string.Join(", ", analyzers.Select(type => type.Name)));
        Assert.Contains(typeof(InventoryGenerator), RobustnessHost.GeneratorTypes);
    }

    [Fact]
    public void The_inputs_cover_sources_samples_tests_and_fixtures()
    {
        var projects = RobustnessSources.Projects.Select(batch => batch.Name).ToList();

        Assert.Contains("src/PiiAnalyzers", projects);
        Assert.Contains(projects, name => name.StartsWith("samples/", StringComparison.Ordinal));
        Assert.DoesNotContain(projects, name => name.StartsWith("tests/", StringComparison.Ordinal));
        Assert.True(RobustnessSources.Fixtures.Sum(batch => batch.Files.Count) >= 100, "Too few fixtures found in tests/.");
        Assert.DoesNotContain(RobustnessSources.AllFiles, file => file.Origin.Contains("/obj/", StringComparison.Ordinal) || file.Origin.Contains("/bin/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RepositoryBatches))]
    public async Task Repository_sources_raise_no_analyzer_or_generator_exception(string batchName)
    {
        var batches = RobustnessSources.Projects.Concat(RobustnessSources.Fixtures).ToList();
        var index = batches.FindIndex(batch => batch.Name == batchName);
        Assert.True(index >= 0, $"No batch {batchName}.");

        await AssertSurvivesAsync(batches[index], RobustnessHost.Settings.For(index, Policies.Value));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Mutated_sources_raise_no_analyzer_or_generator_exception(int seed)
    {
        var files = RobustnessSources.AllFiles.ToList();
        var count = int.TryParse(Environment.GetEnvironmentVariable("PII_ROBUSTNESS_FILES"), out var requested) ? requested : MutatedFilesPerSeed;
        var batches = SourceMutator.Mutate(files, seed, count, MutatedBatchSize);

        var policies = Policies.Value.Select(policy => PolicyMutator.Mutate(policy, seed)).ToList();
        for (var i = 0; i < batches.Count; i++)
        {
            await AssertSurvivesAsync(batches[i], RobustnessHost.Settings.For(seed + i, policies));
        }
    }

    /// <summary>The policies a batch may get: none (empty), the labelled corpus, and the samples' own.</summary>
    internal static readonly Lazy<IReadOnlyList<string>> Policies = new(() =>
    {
        var corpus = Path.Combine(RepositoryFiles.Root, "tests", "PiiAnalyzers.Tests", "Policy", "Corpus");
        var samples = RepositoryFiles.PathOf("samples");
        return new[] { string.Empty }
            .Concat(Directory.EnumerateFiles(corpus).Where(path => !path.EndsWith(".labels", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(File.ReadAllText))
            .Concat(Directory.Exists(samples)
                ? Directory.EnumerateFiles(samples, "PRIVACY*", SearchOption.AllDirectories).Where(path => !path.Contains("/obj/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(File.ReadAllText)
                : [])
            .ToList();
    });

    private static async Task AssertSurvivesAsync(RobustnessBatch batch, RobustnessHost.Settings settings)
    {
        var failures = await RunAsync(batch.Files, settings);
        if (failures.Count > 0)
        {
            Assert.Fail(await RobustnessHost.DescribeAsync(batch, settings, failures, RunAsync));
        }
    }

    private static async Task<IReadOnlyList<string>> RunAsync(IReadOnlyList<RobustnessFile> files, RobustnessHost.Settings settings)
    {
        var failures = new List<string>(await RobustnessHost.RunAnalyzersAsync(files, settings));
        failures.AddRange(RobustnessHost.RunGenerators(files, settings));
        return failures;
    }
}
