using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

// GeneratorPhase RESPONSE-FILE PROJECT-FOLDER with|without [--steps]
// GeneratorPhase RESPONSE-FILE PROJECT-FOLDER edit [RUNS]
//
// Runs every source generator a compiler command line names (its /analyzer: assemblies) over its compilation, once, in
// this fresh process, as csc does before it compiles: "without" leaves out PiiAnalyzers.dll. Prints the phase's wall
// time and the time the driver charges to PiiAnalyzers, which is what -p:ReportAnalyzer shows. The two differ: the first
// generator to bind anything pays for setting up the compilation's symbols, which the others then reuse.
// --steps also prints the time of each named step of PiiAnalyzers' pipeline (summed over its runs), to see where it goes.
//
// "edit" runs PiiAnalyzers' generator alone, as an IDE does on every keystroke: a first run, then RUNS (default 60) runs
// of the same driver, each after one more edit of one file (EditRuns.cs), and prints the time of each warm run.
var editRuns = args.Length is 3 or 4 && args[2] == "edit" ? (args.Length == 4 && int.TryParse(args[3], out var editRunCount) && editRunCount >= 10 ? editRunCount : args.Length == 3 ? 60 : -1) : 0;
if (editRuns < 0 || (editRuns == 0 && (args.Length is not (3 or 4) || args[2] is not ("with" or "without") || (args.Length == 4 && args[3] != "--steps"))))
{
    Console.Error.WriteLine("usage: GeneratorPhase RESPONSE-FILE PROJECT-FOLDER with|without [--steps]");
    Console.Error.WriteLine("       GeneratorPhase RESPONSE-FILE PROJECT-FOLDER edit [RUNS >= 10]");
    return 2;
}

var printSteps = args.Length == 4 && editRuns == 0;

var (responseFile, projectFolder, withPackage) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]), args[2] is "with" or "edit");
var arguments = CSharpCommandLineParser.Default.Parse(["@" + responseFile], projectFolder, sdkDirectory: null);
var errors = arguments.Errors.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
if (errors.Count > 0)
{
    Console.Error.WriteLine(string.Join(Environment.NewLine, errors));
    return 1;
}

var trees = arguments.SourceFiles
    .Select(file => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(file.Path), System.Text.Encoding.UTF8), arguments.ParseOptions, file.Path))
    .ToArray();
var compilation = CSharpCompilation.Create(
    arguments.CompilationName,
    trees,
    arguments.MetadataReferences.Select(reference => MetadataReference.CreateFromFile(Path.GetFullPath(reference.Reference, projectFolder))),
    arguments.CompilationOptions);
var generators = arguments.AnalyzerReferences
    .Select(reference => Path.GetFullPath(reference.FilePath, projectFolder))
    .Where(path => editRuns > 0 ? Path.GetFileName(path) == "PiiAnalyzers.dll" : withPackage || Path.GetFileName(path) != "PiiAnalyzers.dll")
    .SelectMany(path => new AnalyzerFileReference(path, DefaultContextLoader.Instance).GetGenerators(LanguageNames.CSharp))
    .ToArray();
var additionalFiles = arguments.AdditionalFiles.Select(file => (AdditionalText)new FileText(file.Path)).ToImmutableArray();
var configs = arguments.AnalyzerConfigPaths.Select(path => AnalyzerConfig.Parse(File.ReadAllText(path), path)).ToArray();

if (editRuns > 0)
{
    var options = new ConfigOptionsProvider(AnalyzerConfigSet.Create(configs), trees, additionalFiles);
    EditRuns.Run(generators, additionalFiles, arguments.ParseOptions, options, compilation, editRuns);
    return 0;
}

var stopwatch = Stopwatch.StartNew();
var driver = CSharpGeneratorDriver.Create(
    generators,
    additionalFiles,
    arguments.ParseOptions,
    new ConfigOptionsProvider(AnalyzerConfigSet.Create(configs), trees, additionalFiles),
    new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: printSteps));
driver = (CSharpGeneratorDriver)driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out _);
var phase = stopwatch.Elapsed;
var charged = driver.GetTimingInfo().GeneratorTimes
    .Where(timing => timing.Generator.GetGeneratorType().Assembly.GetName().Name == "PiiAnalyzers")
    .Sum(timing => timing.ElapsedTime.TotalSeconds);
Console.WriteLine(FormattableString.Invariant($"{phase.TotalSeconds:F3} {charged:F3}"));
if (printSteps)
{
    var steps = driver.GetRunResult().Results
        .Where(result => result.Generator.GetGeneratorType().Assembly.GetName().Name == "PiiAnalyzers")
        .SelectMany(result => result.TrackedSteps)
        .Select(step => (step.Key, Seconds: step.Value.Sum(run => run.ElapsedTime.TotalSeconds), Runs: step.Value.Length))
        .OrderByDescending(step => step.Seconds);
    foreach (var (name, seconds, runs) in steps)
    {
        Console.WriteLine(FormattableString.Invariant($"{seconds,8:F3} s {runs,6} runs  {name}"));
    }
}

return 0;

/// <summary>Loads generators into the default context, as a one-shot csc does.</summary>
internal sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
{
    public static readonly DefaultContextLoader Instance = new();

    public void AddDependencyLocation(string fullPath)
    {
    }

    public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
}

/// <summary>An additional file of the command line, read when a generator asks for it.</summary>
internal sealed class FileText(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        SourceText.From(File.ReadAllText(Path), System.Text.Encoding.UTF8);
}

/// <summary>The options of the command line's .editorconfig and global config files, per tree and additional file.</summary>
internal sealed class ConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly ImmutableDictionary<string, AnalyzerConfigOptions> _byPath;

    public ConfigOptionsProvider(AnalyzerConfigSet configs, IEnumerable<SyntaxTree> trees, IEnumerable<AdditionalText> additionalFiles)
    {
        GlobalOptions = new DictionaryOptions(configs.GlobalConfigOptions.AnalyzerOptions);
        _byPath = trees.Select(tree => tree.FilePath).Concat(additionalFiles.Select(file => file.Path)).Distinct()
            .ToImmutableDictionary(path => path, path => (AnalyzerConfigOptions)new DictionaryOptions(configs.GetOptionsForSourcePath(path).AnalyzerOptions));
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _byPath.GetValueOrDefault(tree.FilePath, DictionaryOptions.Empty);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _byPath.GetValueOrDefault(textFile.Path, DictionaryOptions.Empty);

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
