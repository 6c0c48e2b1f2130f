using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Discovery;

namespace PiiAnalyzers.CodeFixes;

/// <summary>
/// PII0006: annotates the member with <c>[PersonalData(DataCategories.X.Y)]</c> for the suggested category, on its own line
/// above a field or property (keeping its documentation comment and other attributes), inline on a record parameter;
/// adds <c>using PiiAnalyzers;</c> when needed. Fix All annotates every reported member of a document, project or solution.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPersonalDataCodeFixProvider))]
[Shared]
public sealed class AddPersonalDataCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = nameof(AddPersonalDataCodeFixProvider);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnannotatedPersonalData);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) => await AnnotateAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (CategoryOf(diagnostic) is not { } category || FindTarget(root, diagnostic.Location.SourceSpan) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixTitles.Annotate(category).ToString(),
                    cancellationToken => AnnotateAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> AnnotateAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax compilationUnit || semanticModel is null)
        {
            return document;
        }

        var categories = new Dictionary<SyntaxNode, string>();
        foreach (var diagnostic in diagnostics)
        {
            if (CategoryOf(diagnostic) is { } category && FindTarget(root, diagnostic.Location.SourceSpan) is { } target && !categories.ContainsKey(target))
            {
                categories.Add(target, category);
            }
        }

        if (categories.Count == 0)
        {
            return document;
        }

        var syntax = PersonalDataSyntax.At(semanticModel, categories.Keys.Min(target => target.SpanStart));
        var endOfLine = PersonalDataSyntax.EndOfLine(root);
        var rewritten = compilationUnit.ReplaceNodes(
            categories.Keys,
            (original, current) => AddAttribute(original, current, syntax.AttributeList(categories[original]), endOfLine));
        if (syntax.NeedsUsing)
        {
            rewritten = PersonalDataSyntax.AddUsing(rewritten, endOfLine);
        }

        return document.WithSyntaxRoot(rewritten);
    }

    private static string? CategoryOf(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(UnannotatedPersonalDataAnalyzer.CategoryProperty, out var category) && !string.IsNullOrEmpty(category)
            ? category
            : null;

    // The declaration the diagnostic's identifier names: a property, a field that declares one variable, or a parameter.
    private static SyntaxNode? FindTarget(SyntaxNode root, TextSpan span)
    {
        var token = root.FindToken(span.Start);
        if (!token.IsKind(SyntaxKind.IdentifierToken) || token.Span != span)
        {
            return null;
        }

        return token.Parent switch
        {
            PropertyDeclarationSyntax property when property.Identifier == token => property,
            ParameterSyntax parameter when parameter.Identifier == token => parameter,
            VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax field } } => field,
            _ => null,
        };
    }

    private static SyntaxNode AddAttribute(SyntaxNode original, SyntaxNode current, AttributeListSyntax attribute, string endOfLine) =>
        current switch
        {
            ParameterSyntax parameter => parameter.AttributeLists.Count == 0
                ? MoveLeadingTrivia(parameter, attribute.WithTrailingTrivia(SyntaxFactory.Space))
                : parameter.WithAttributeLists(parameter.AttributeLists.Add(attribute.WithTrailingTrivia(SyntaxFactory.Space))),
            MemberDeclarationSyntax member => AddToMember(member, attribute, StartsLine(original), endOfLine),
            _ => current,
        };

    private static ParameterSyntax MoveLeadingTrivia(ParameterSyntax parameter, AttributeListSyntax attribute)
    {
        var first = parameter.GetFirstToken();
        var leading = first.LeadingTrivia;
        var stripped = parameter.ReplaceToken(first, first.WithLeadingTrivia(SyntaxFactory.TriviaList()));
        return stripped.WithAttributeLists(SyntaxFactory.SingletonList(attribute.WithLeadingTrivia(leading)));
    }

    private static MemberDeclarationSyntax AddToMember(MemberDeclarationSyntax member, AttributeListSyntax attribute, bool startsLine, string endOfLine)
    {
        var lineBreak = SyntaxFactory.TriviaList(SyntaxFactory.EndOfLine(endOfLine));
        if (member.AttributeLists.Count == 0)
        {
            // The attribute takes the member's leading trivia (its documentation comment); the member keeps its indentation.
            var first = member.GetFirstToken();
            var leading = first.LeadingTrivia;
            var stripped = member.ReplaceToken(first, first.WithLeadingTrivia(startsLine ? PersonalDataSyntax.Indentation(leading) : SyntaxFactory.TriviaList()));
            var placed = attribute.WithLeadingTrivia(leading).WithTrailingTrivia(startsLine ? lineBreak : SyntaxFactory.TriviaList(SyntaxFactory.Space));
            return stripped.WithAttributeLists(SyntaxFactory.SingletonList(placed));
        }

        // After the existing attributes: on a line of its own when they are on lines of their own.
        var last = member.AttributeLists[member.AttributeLists.Count - 1];
        var next = last.GetLastToken().GetNextToken();
        var ownLines = last.GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia) || next.LeadingTrivia.Any(SyntaxKind.EndOfLineTrivia);
        var appended = ownLines
            ? attribute.WithLeadingTrivia(PersonalDataSyntax.Indentation(next.LeadingTrivia)).WithTrailingTrivia(lineBreak)
            : attribute.WithTrailingTrivia(SyntaxFactory.Space);
        return member.WithAttributeLists(member.AttributeLists.Add(appended));
    }

    // Whether the declaration begins its line (the usual layout), rather than following other code on it.
    private static bool StartsLine(SyntaxNode node)
    {
        var first = node.GetFirstToken();
        if (first.LeadingTrivia.Any(SyntaxKind.EndOfLineTrivia))
        {
            return true;
        }

        var previous = first.GetPreviousToken();
        return previous.IsKind(SyntaxKind.None) || previous.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia);
    }
}
