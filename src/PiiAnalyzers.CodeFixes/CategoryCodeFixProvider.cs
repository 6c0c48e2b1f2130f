using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.CodeFixes;

/// <summary>
/// A fix that writes the category a diagnostic carries in one of its properties into the code: one diagnostic at a time,
/// or every diagnostic of a document at once for Fix All, in a single rewrite so that the fixes do not trip over each other.
/// Subclasses say where the category goes.
/// </summary>
/// <typeparam name="TTarget">The syntax the category is written into.</typeparam>
public abstract class CategoryCodeFixProvider<TTarget> : CodeFixProvider
    where TTarget : SyntaxNode
{
    /// <summary>The diagnostic property that holds the category id.</summary>
    protected abstract string CategoryProperty { get; }

    public sealed override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
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
                    Title(category).ToString(),
                    cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                    GetType().Name),
                diagnostic);
        }
    }

    /// <summary>The title of the fix that writes <paramref name="category"/>.</summary>
    protected abstract LocalizableString Title(string category);

    /// <summary>The syntax the diagnostic at <paramref name="span"/> is about, or null when the code no longer has it.</summary>
    protected abstract TTarget? FindTarget(SyntaxNode root, TextSpan span);

    /// <summary>Writes each target's category into the file.</summary>
    private protected abstract CompilationUnitSyntax Rewrite(CompilationUnitSyntax root, IReadOnlyDictionary<TTarget, string> categories, PersonalDataSyntax syntax);

    private async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax compilationUnit || semanticModel is null)
        {
            return document;
        }

        var categories = new Dictionary<TTarget, string>();
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
        return document.WithSyntaxRoot(Rewrite(compilationUnit, categories, syntax));
    }

    private string? CategoryOf(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(CategoryProperty, out var category) && !string.IsNullOrEmpty(category) ? category : null;
}
