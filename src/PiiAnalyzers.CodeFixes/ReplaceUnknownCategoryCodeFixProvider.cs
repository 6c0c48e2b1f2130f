using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
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
public sealed class ReplaceUnknownCategoryCodeFixProvider : CategoryCodeFixProvider<AttributeArgumentSyntax>
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.InvalidAnnotation);

    protected override string CategoryProperty => InvalidAnnotationAnalyzer.SuggestedCategoryProperty;

    protected override LocalizableString Title(string category) => CodeFixTitles.ReplaceCategory(category);

    private protected override CompilationUnitSyntax Rewrite(CompilationUnitSyntax root, IReadOnlyDictionary<AttributeArgumentSyntax, string> categories, PersonalDataSyntax syntax)
    {
        var suggestions = categories.ToDictionary(pair => pair.Key.Expression, pair => pair.Value);
        var rewritten = root.ReplaceNodes(
            suggestions.Keys,
            (original, _) => syntax.CategoryExpression(suggestions[original]).WithTriviaFrom(original));

        // A string literal needs no using; a constant may.
        var usesConstant = suggestions.Values.Any(id => CategoryConstantNames.For(id) is not null);
        return syntax.NeedsUsing && usesConstant ? PersonalDataSyntax.AddUsing(rewritten, PersonalDataSyntax.EndOfLine(root)) : rewritten;
    }

    protected override AttributeArgumentSyntax? FindTarget(SyntaxNode root, TextSpan span) =>
        root.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<AttributeArgumentSyntax>() is { } argument && argument.Span == span
            ? argument
            : null;
}
