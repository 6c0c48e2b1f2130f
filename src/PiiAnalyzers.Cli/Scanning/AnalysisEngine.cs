using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Cli.Loading;
using PiiAnalyzers.Cli.Output;

namespace PiiAnalyzers.Cli.Scanning;

/// <summary>
/// Runs analyzers over loaded compilations through <see cref="CompilationWithAnalyzers"/>, which, unlike <c>csc</c>,
/// analyzes code that does not compile (a folder whose packages were never restored). Both <c>pii check</c> (the policy
/// analyzer alone, with the policy as an additional file) and <c>pii scan</c> (every analyzer) report through it, so
/// they print what <c>dotnet build</c> prints. An analyzer that throws becomes a finding (AD0001), never a crash.
/// </summary>
internal static partial class AnalysisEngine
{
    /// <summary>The id the compiler gives an analyzer's exception.</summary>
    public const string AnalyzerExceptionId = "AD0001";

    /// <summary>Every analyzer of the PiiAnalyzers assembly, found by reflection, in name order.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers() =>
        typeof(PrivacyPolicyAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                && type.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(attribute => attribute.Languages.Contains(LanguageNames.CSharp))
                && type.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();

    /// <summary>The rules the analyzers can report, one descriptor per id, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Rules(IEnumerable<DiagnosticAnalyzer> analyzers) =>
        analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics)
            .GroupBy(descriptor => descriptor.Id, StringComparer.Ordinal)
            .Select(group => group.First())
            .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>
    /// The findings of <paramref name="analyzers"/> over <paramref name="code"/>, in files <paramref name="filter"/> keeps,
    /// with the project's additional files and <paramref name="additionalFiles"/> (the policy) and the options <paramref name="wrapOptions"/> gives from the
    /// project's or folder's, within <paramref name="budgets"/>; progress goes to <paramref name="console"/>'s standard error, numbered from
    /// <paramref name="progress"/> when the caller analyzes the compilations one by one.
    /// </summary>
    public static async Task<IReadOnlyList<Finding>> RunAsync(
        LoadedCode code,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ImmutableArray<AdditionalText> additionalFiles,
        Func<AnalyzerConfigOptionsProvider, AnalyzerConfigOptionsProvider> wrapOptions,
        PathFilter filter,
        ScanBudgets budgets,
        CommandConsole console,
        CancellationToken cancellationToken,
        (int Offset, int Total)? progress = null)
    {
        var (offset, total) = progress ?? (0, code.Compilations.Count);
        var findings = new List<Finding>();
        for (var i = 0; i < code.Compilations.Count; i++)
        {
            var loaded = code.Compilations[i];
            var files = additionalFiles.AddRange(loaded.AdditionalFiles);
            var additionalTexts = new Dictionary<string, SourceText?>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                additionalTexts[file.Path] = file.GetText(cancellationToken);
            }

            var overBudget = OverBudgetFiles.Find(loaded.Compilation.SyntaxTrees.ToList(), budgets, code.Root, cancellationToken);
            var compilation = loaded.Compilation.RemoveSyntaxTrees(overBudget.Select(file => file.Tree));
            findings.AddRange(loaded.OversizedFiles
                .Select(file => (Path: Relative(code.Root, file.Path), file.Bytes))
                .Select(file => (file.Path, Message: budgets.TooLargeMessage(file.Path, file.Bytes)))
                .Concat(overBudget.Select(file => (file.Path, file.Message)))
                .Where(file => filter.Includes(file.Path))
                .Select(file => BudgetFinding(file.Path, file.Message)));
            var trees = compilation.SyntaxTrees.Count(tree => filter.Includes(Relative(code.Root, tree.FilePath)));
            console.Progress($"Analyzing {loaded.Name} ({offset + i + 1} of {total}): {trees} file(s)");
            var exceptions = new ConcurrentBag<Diagnostic>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(files, wrapOptions(loaded.Options)),
                onAnalyzerException: (_, _, diagnostic) => exceptions.Add(diagnostic),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var withProgress = analyzers.Add(new ProgressAnalyzer(console, code.Root, compilation.SyntaxTrees.Count()));
            ImmutableArray<Diagnostic> diagnostics;
            var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // On the thread pool: much of the analysis runs before its first await, which would hold this thread past the
            // deadline before the wait below even starts.
            var analysis = Task.Run(() => compilation.WithAnalyzers(withProgress, options).GetAnalyzerDiagnosticsAsync(analyzers, budget.Token), budget.Token);
            try
            {
                // A deadline on the wait, not only a token: the compiler checks for cancellation between pieces of work,
                // and binding one huge method can take minutes. At the deadline the scan moves on and the abandoned
                // analysis stops at its next check (its token source is left to it, not disposed under it).
                diagnostics = await analysis.WaitAsync(budgets.Timeout, cancellationToken);
                budget.Dispose();
            }
            catch (TimeoutException)
            {
                budget.Cancel();
                console.Status(string.Empty);
                findings.Add(BudgetFinding(loaded.Name, budgets.TimedOutMessage(loaded.Name)));
                continue;
            }

            console.Status(string.Empty);
            console.Progress($"Analyzed {offset + i + 1} of {total}: {diagnostics.Length} diagnostic(s)");

            var models = new Dictionary<SyntaxTree, SemanticModel>();
            foreach (var diagnostic in diagnostics.Concat(exceptions))
            {
                if (diagnostic.IsSuppressed || diagnostic.Severity == DiagnosticSeverity.Hidden)
                {
                    continue;
                }

                var finding = diagnostic.Id == AnalyzerExceptionId
                    ? FromException(code.Root, diagnostic)
                    : FromDiagnostic(code.Root, compilation, diagnostic, additionalTexts, models, cancellationToken);
                if (finding is not null && (!IsSource(finding, diagnostic) || filter.Includes(finding.Path)))
                {
                    findings.Add(finding);
                }
            }
        }

        // One compilation per target framework (or a file shared by projects) reports the same finding more than once.
        return findings
            .GroupBy(finding => (finding.RuleId, finding.Path, finding.Line, finding.Column, finding.Message))
            .Select(group => group.First())
            .OrderBy(finding => finding, Comparer<Finding>.Create(Finding.Compare))
            .ToList();
    }

    /// <summary>The path as reported: relative to the root, '/'-separated, when under it; else as it is.</summary>
    public static string Relative(string root, string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return path;
        }

        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path.Replace('\\', '/') : relative.Replace('\\', '/');
    }

    private static Finding BudgetFinding(string path, string message) =>
        new(DiagnosticDescriptors.NotAnalyzed.Id, DiagnosticDescriptors.NotAnalyzed.DefaultSeverity, message, path, 1, 1, 1, 1, string.Empty, string.Empty, DiagnosticDescriptors.NotAnalyzed);

    private static bool IsSource(Finding finding, Diagnostic diagnostic) =>
        diagnostic.Location.IsInSource && !Path.IsPathRooted(finding.Path);

    private static Finding FromDiagnostic(
        string root,
        Compilation compilation,
        Diagnostic diagnostic,
        IReadOnlyDictionary<string, SourceText?> additionalTexts,
        Dictionary<SyntaxTree, SemanticModel> models,
        CancellationToken cancellationToken)
    {
        var location = diagnostic.Location;
        var span = location.GetLineSpan();
        var path = span.Path ?? string.Empty;
        var lineText = string.Empty;
        var symbol = string.Empty;
        if (location.IsInSource && location.SourceTree is { } tree)
        {
            var text = tree.GetText(cancellationToken);
            lineText = LineText(text, span.StartLinePosition.Line);
            if (!models.TryGetValue(tree, out var model))
            {
                model = compilation.GetSemanticModel(tree);
                models[tree] = model;
            }

            symbol = EnclosingSymbol(model, location.SourceSpan, cancellationToken);
        }
        else if (additionalTexts.TryGetValue(path, out var additional) && additional is not null)
        {
            lineText = LineText(additional, span.StartLinePosition.Line);
        }

        return new Finding(
            diagnostic.Id,
            diagnostic.Severity,
            diagnostic.GetMessage(CultureInfo.CurrentUICulture),
            Relative(root, path),
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1,
            symbol,
            lineText,
            diagnostic.Descriptor,
            diagnostic.Properties);
    }

    // "Analyzer 'X' threw an exception of type 'Y' with message 'Z'. ... SyntaxTree: /path/File.cs ..."
    private static Finding FromException(string root, Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        var file = SyntaxTreeContext().Match(message) is { Success: true } match ? match.Groups[1].Value.Trim() : string.Empty;
        var firstLine = message.Split('\n')[0].Trim();
        var path = file.Length > 0 ? Relative(root, file) : diagnostic.Location.GetLineSpan().Path ?? string.Empty;
        return new Finding(AnalyzerExceptionId, DiagnosticSeverity.Warning, firstLine, path, 1, 1, 1, 1, string.Empty, firstLine, diagnostic.Descriptor);
    }

    private static string LineText(SourceText text, int line) =>
        line >= 0 && line < text.Lines.Count ? text.Lines[line].ToString() : string.Empty;

    // The nearest declaration around the span that declares a symbol: the member, else the type.
    private static string EnclosingSymbol(SemanticModel model, TextSpan span, CancellationToken cancellationToken)
    {
        var node = model.SyntaxTree.GetRoot(cancellationToken).FindNode(span, getInnermostNodeForTie: true);
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            if (ancestor is MemberDeclarationSyntax or VariableDeclaratorSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax
                && ancestor is not FieldDeclarationSyntax and not EventFieldDeclarationSyntax
                && (ancestor is not VariableDeclaratorSyntax || ancestor.Parent?.Parent is BaseFieldDeclarationSyntax)
                && model.GetDeclaredSymbol(ancestor, cancellationToken) is { } symbol)
            {
                return symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
            }
        }

        return string.Empty;
    }

    [GeneratedRegex(@"SyntaxTree:\s*([^\r\n]+)")]
    private static partial Regex SyntaxTreeContext();
}
