using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Discovery;

namespace PiiAnalyzers.CodeFixes;

/// <summary>
/// PII0007, unknown category: replaces the category argument with the id the analyzer suggests, written as its
/// <c>DataCategories</c> constant (a string for a custom id). Only the unknown-category diagnostic carries a suggestion;
/// the other PII0007 problems have no fix here.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceUnknownCategoryCodeFixProvider))]
[Shared]
public sealed class ReplaceUnknownCategoryCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = nameof(ReplaceUnknownCategoryCodeFixProvider);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.InvalidAnnotation);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) => await ReplaceAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (SuggestionOf(diagnostic) is not { } suggestion || FindArgument(root, diagnostic.Location.SourceSpan) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixTitles.ReplaceCategory(suggestion).ToString(),
                    cancellationToken => ReplaceAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax compilationUnit || semanticModel is null)
        {
            return document;
        }

        var suggestions = new Dictionary<ExpressionSyntax, string>();
        foreach (var diagnostic in diagnostics)
        {
            if (SuggestionOf(diagnostic) is { } suggestion && FindArgument(root, diagnostic.Location.SourceSpan) is { } argument && !suggestions.ContainsKey(argument.Expression))
            {
                suggestions.Add(argument.Expression, suggestion);
            }
        }

        if (suggestions.Count == 0)
        {
            return document;
        }

        var syntax = PersonalDataSyntax.At(semanticModel, suggestions.Keys.Min(expression => expression.SpanStart));
        var rewritten = compilationUnit.ReplaceNodes(
            suggestions.Keys,
            (original, _) => syntax.CategoryExpression(suggestions[original]).WithTriviaFrom(original));

        // A string literal needs no using; a constant may.
        var usesConstant = suggestions.Values.Any(id => CategoryConstantNames.For(id) is not null);
        if (syntax.NeedsUsing && usesConstant)
        {
            rewritten = PersonalDataSyntax.AddUsing(rewritten, PersonalDataSyntax.EndOfLine(root));
        }

        return document.WithSyntaxRoot(rewritten);
    }

    private static string? SuggestionOf(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(InvalidAnnotationAnalyzer.SuggestedCategoryProperty, out var suggestion) && !string.IsNullOrEmpty(suggestion)
            ? suggestion
            : null;

    private static AttributeArgumentSyntax? FindArgument(SyntaxNode root, TextSpan span) =>
        root.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeArgumentSyntax>() is { } argument && argument.Span == span
            ? argument
            : null;
}
