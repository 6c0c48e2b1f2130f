using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.CodeFixes;

namespace PiiAnalyzers.Cli.Annotating;

/// <summary>A member the fix annotated: where the diagnostic was, the member, and the attribute the fix wrote.</summary>
internal sealed record AnnotatedMember(string Path, int Line, int Column, string Member, string Attribute);

/// <summary>A file the fix changed: its path and its new text.</summary>
internal sealed record ChangedText(string Path, string Text);

/// <summary>
/// Runs the IDE's own PII0006 Fix All (<see cref="AddPersonalDataCodeFixProvider"/>'s FixAllProvider, project scope)
/// over a compilation. A code fix works on Documents, and a loaded compilation has none: the compilation becomes an
/// <see cref="AdhocWorkspace"/> project with its options, parse options and references, and one document per syntax
/// tree, file path and text kept. Each reported identifier is tagged with an annotation before the fix, so that the
/// attribute the fix wrote can be read back from the fixed document.
/// </summary>
internal static class AnnotationWorkspace
{
    private const string MemberAnnotationKind = "PiiAnalyzers.Cli.AnnotatedMember";

    /// <summary>Applies the fix for <paramref name="diagnostics"/> (found in <paramref name="compilation"/>'s trees).</summary>
    public static async Task<(IReadOnlyList<AnnotatedMember> Members, IReadOnlyList<ChangedText> Files)> FixAsync(
        Compilation compilation,
        IReadOnlyList<Diagnostic> diagnostics,
        Func<string, string> relativePath,
        CancellationToken cancellationToken)
    {
        using var workspace = new AdhocWorkspace();
        var (project, documentsByTree) = AddProject(workspace, compilation);

        // The identifiers to annotate, tagged; the diagnostics moved onto the tagged documents' trees.
        var solution = project.Solution;
        var members = new Dictionary<string, (Diagnostic Original, string Member)>(StringComparer.Ordinal);
        var moved = new List<Diagnostic>();
        foreach (var byTree in diagnostics.GroupBy(diagnostic => diagnostic.Location.SourceTree!))
        {
            var documentId = documentsByTree[byTree.Key];
            var semanticModel = compilation.GetSemanticModel(byTree.Key);
            var root = await byTree.Key.GetRootAsync(cancellationToken);
            var tags = new Dictionary<SyntaxToken, SyntaxAnnotation>();
            foreach (var diagnostic in byTree)
            {
                var token = root.FindToken(diagnostic.Location.SourceSpan.Start);
                if (tags.ContainsKey(token) || MemberName(semanticModel, token, cancellationToken) is not { } member)
                {
                    continue;
                }

                var tag = new SyntaxAnnotation(MemberAnnotationKind, members.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                tags.Add(token, tag);
                members.Add(tag.Data!, (diagnostic, member));
            }

            var tagged = root.ReplaceTokens(tags.Keys, (original, current) => current.WithAdditionalAnnotations(tags[original]));
            solution = solution.WithDocumentSyntaxRoot(documentId, tagged);
            var taggedTree = (await solution.GetDocument(documentId)!.GetSyntaxTreeAsync(cancellationToken))!;
            moved.AddRange(tags.Values.Select(tag => Move(members[tag.Data!].Original, taggedTree, members[tag.Data!].Member)));
        }

        var provider = new AddPersonalDataCodeFixProvider();
        var context = new FixAllContext(
            solution.GetProject(project.Id)!,
            provider,
            FixAllScope.Project,
            nameof(AddPersonalDataCodeFixProvider),
            provider.FixableDiagnosticIds,
            new KnownDiagnostics(moved),
            cancellationToken);
        var action = await provider.GetFixAllProvider()!.GetFixAsync(context);
        if (action is null)
        {
            return ([], []);
        }

        var fixedSolution = (await action.GetOperationsAsync(cancellationToken)).OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var annotated = new List<AnnotatedMember>();
        var files = new List<ChangedText>();
        foreach (var documentId in fixedSolution.GetChanges(solution).GetProjectChanges().SelectMany(change => change.GetChangedDocuments()))
        {
            var document = fixedSolution.GetDocument(documentId)!;
            var root = (await document.GetSyntaxRootAsync(cancellationToken))!;
            foreach (var token in root.GetAnnotatedTokens(MemberAnnotationKind))
            {
                if (AddedAttribute(token) is not { } attribute)
                {
                    continue;
                }

                var (original, member) = members[token.GetAnnotations(MemberAnnotationKind).First().Data!];
                var position = original.Location.GetLineSpan().StartLinePosition;
                annotated.Add(new AnnotatedMember(relativePath(document.FilePath!), position.Line + 1, position.Character + 1, member, attribute));
            }

            files.Add(new ChangedText(document.FilePath!, (await document.GetTextAsync(cancellationToken)).ToString()));
        }

        return (annotated, files);
    }

    private static (Project Project, Dictionary<SyntaxTree, DocumentId> DocumentsByTree) AddProject(AdhocWorkspace workspace, Compilation compilation)
    {
        var projectId = ProjectId.CreateNewId(compilation.AssemblyName);
        var documentsByTree = new Dictionary<SyntaxTree, DocumentId>();
        var documents = new List<DocumentInfo>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var id = DocumentId.CreateNewId(projectId, tree.FilePath);
            documentsByTree[tree] = id;
            documents.Add(DocumentInfo.Create(
                id,
                System.IO.Path.GetFileName(tree.FilePath),
                loader: TextLoader.From(TextAndVersion.Create(tree.GetText(), VersionStamp.Default, tree.FilePath)),
                filePath: tree.FilePath));
        }

        var project = workspace.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            compilation.AssemblyName ?? "annotated",
            compilation.AssemblyName ?? "annotated",
            LanguageNames.CSharp,
            compilationOptions: compilation.Options,
            parseOptions: compilation.SyntaxTrees.FirstOrDefault()?.Options ?? new CSharpParseOptions(LanguageVersion.Latest),
            documents: documents,
            metadataReferences: compilation.References));
        return (project, documentsByTree);
    }

    // The analyzer names the member by its type and its name: 'Customer.Email'.
    private static string? MemberName(SemanticModel semanticModel, SyntaxToken identifier, CancellationToken cancellationToken) =>
        identifier.Parent is { } declaration && semanticModel.GetDeclaredSymbol(declaration, cancellationToken) is { ContainingType: { } type } symbol
            ? type.Name + "." + symbol.Name
            : null;

    // The same diagnostic on the tagged tree (spans are unchanged: annotations add no text), with the analyzer's arguments.
    private static Diagnostic Move(Diagnostic diagnostic, SyntaxTree tree, string member) =>
        Diagnostic.Create(
            diagnostic.Descriptor,
            Location.Create(tree, diagnostic.Location.SourceSpan),
            diagnostic.Properties,
            member,
            diagnostic.Properties.TryGetValue(Analyzers.UnannotatedPersonalDataAnalyzer.CategoryProperty, out var category) ? category : null);

    // The [PersonalData] list on the declaration the identifier names, as the fix wrote it (it goes after any other).
    private static string? AddedAttribute(SyntaxToken identifier)
    {
        var lists = identifier.Parent switch
        {
            PropertyDeclarationSyntax property => property.AttributeLists,
            ParameterSyntax parameter => parameter.AttributeLists,
            VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } => field.AttributeLists,
            _ => default,
        };
        return lists.LastOrDefault(list => list.Attributes.Any(IsPersonalData))?.ToString();
    }

    private static bool IsPersonalData(AttributeSyntax attribute) =>
        (attribute.Name is QualifiedNameSyntax qualified ? qualified.Right : attribute.Name).ToString() is "PersonalData" or "PersonalDataAttribute";

    /// <summary>The diagnostics to fix, given to Fix All as a diagnostic provider would give them.</summary>
    private sealed class KnownDiagnostics(IReadOnlyList<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return diagnostics.Where(diagnostic => diagnostic.Location.SourceTree == tree).ToImmutableArray();
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>([]);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
