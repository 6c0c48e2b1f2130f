using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Cli.Loading;
using PiiAnalyzers.Cli.Scanning;

namespace PiiAnalyzers.Cli.Annotating;

/// <summary>Where a compilation gets the PiiAnalyzers attributes from, which decides whether annotated code can build.</summary>
internal enum AttributesSource
{
    /// <summary>From the project itself: a reference MSBuild resolved, or the attributes' own source.</summary>
    Project,

    /// <summary>Only from the attributes library the folder loader adds to every folder it compiles.</summary>
    AddedByLoader,

    /// <summary>Nowhere: a project loaded with MSBuild that does not reference the package.</summary>
    Missing,
}

/// <summary>One compilation's PII0006 diagnostics, with the compilation they were found in.</summary>
/// <param name="Loaded">The compilation as loaded.</param>
/// <param name="Compilation">
/// The compilation analyzed: the loaded one, with the attributes library added when it had none (the analyzer reports
/// nothing without it, and what it would report is what tells whether a missing reference matters).
/// </param>
/// <param name="Attributes">Where the loaded compilation gets the attributes from.</param>
/// <param name="Diagnostics">The diagnostics in source files the filter keeps, not suppressed or silenced.</param>
internal sealed record CompilationCandidates(LoadedCompilation Loaded, Compilation Compilation, AttributesSource Attributes, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// The members that look like personal data but are not annotated: PII0006, run the way <c>pii scan</c> runs it (the
/// project's or folder's <c>.editorconfig</c> severities and options apply), so that <c>pii annotate</c> marks and
/// <c>pii inventory</c> counts what <c>pii scan --severity info</c> lists.
/// </summary>
internal static class PersonalDataCandidates
{
    private const string AttributeMetadataName = "PiiAnalyzers.PersonalDataAttribute";
    private const string IdentityAttributeMetadataName = "Microsoft.AspNetCore.Identity.PersonalDataAttribute";

    /// <summary>Runs <paramref name="analyzer"/> (PII0006's, unless a test gives another) over every compilation of <paramref name="code"/>.</summary>
    public static async Task<IReadOnlyList<CompilationCandidates>> FindAsync(
        LoadedCode code,
        PathFilter filter,
        CancellationToken cancellationToken,
        DiagnosticAnalyzer? analyzer = null)
    {
        var analyzers = ImmutableArray.Create(analyzer ?? new UnannotatedPersonalDataAnalyzer());
        var found = new List<CompilationCandidates>();
        foreach (var loaded in code.Compilations)
        {
            var attributes = SourceOfAttributes(loaded.Compilation);
            var compilation = attributes switch
            {
                AttributesSource.Missing => loaded.Compilation.AddReferences(MetadataReference.CreateFromFile(AttributesLibrary)),
                AttributesSource.AddedByLoader when loaded.Compilation.GetTypeByMetadataName(IdentityAttributeMetadataName) is null
                    => loaded.Compilation.AddReferences(FrameworkReferences.Get("Microsoft.AspNetCore.App")),
                _ => loaded.Compilation,
            };
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(loaded.AdditionalFiles, loaded.Options),
                onAnalyzerException: null,
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken);
            var kept = diagnostics
                .Where(diagnostic => diagnostic.Id == RuleIdentifiers.UnannotatedPersonalData
                    && !diagnostic.IsSuppressed
                    && diagnostic.Severity != DiagnosticSeverity.Hidden
                    && diagnostic.Location.IsInSource
                    && filter.Includes(AnalysisEngine.Relative(code.Root, diagnostic.Location.SourceTree!.FilePath)))
                .ToImmutableArray();
            found.Add(new CompilationCandidates(loaded, compilation, attributes, kept));
        }

        return found;
    }

    /// <summary>
    /// How many distinct members the diagnostics name: a file compiled for several target frameworks is reported once per
    /// framework, the member counts once.
    /// </summary>
    public static int CountMembers(IEnumerable<CompilationCandidates> candidates) =>
        candidates.SelectMany(compilation => compilation.Diagnostics)
            .Select(diagnostic => (diagnostic.Location.SourceTree!.FilePath, diagnostic.Location.SourceSpan))
            .Distinct()
            .Count();

    /// <summary>The attributes library the folder loader references, this command's own copy.</summary>
    public static string AttributesLibrary => typeof(PersonalDataAttribute).Assembly.Location;

    private static AttributesSource SourceOfAttributes(Compilation compilation)
    {
        if (compilation.GetTypeByMetadataName(AttributeMetadataName) is not { } attribute)
        {
            return AttributesSource.Missing;
        }

        return compilation.GetMetadataReference(attribute.ContainingAssembly) is PortableExecutableReference { FilePath: { } path }
            && string.Equals(Path.GetFullPath(path), Path.GetFullPath(AttributesLibrary), StringComparison.OrdinalIgnoreCase)
            ? AttributesSource.AddedByLoader
            : AttributesSource.Project;
    }
}
