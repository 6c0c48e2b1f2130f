using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
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
/// a field declaration of several variables is first split into one declaration per variable, since an attribute
/// marks them all. Adds <c>using PiiAnalyzers;</c> when needed. Fix All annotates every reported member of a document,
/// project or solution.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPersonalDataCodeFixProvider))]
[Shared]
public sealed class AddPersonalDataCodeFixProvider : CategoryCodeFixProvider<SyntaxNode>
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnannotatedPersonalData);

    protected override string CategoryProperty => UnannotatedPersonalDataAnalyzer.CategoryProperty;

    protected override LocalizableString Title(string category) => CodeFixTitles.Annotate(category);

    private protected override CompilationUnitSyntax Rewrite(CompilationUnitSyntax root, IReadOnlyDictionary<SyntaxNode, string> categories, PersonalDataSyntax syntax)
    {
        var endOfLine = PersonalDataSyntax.EndOfLine(root);

        // A variable of a field that declares several is rewritten with its field, which becomes several declarations.
        // Both are tracked: the other targets are replaced in the tracked root, where the original nodes no longer are.
        var fieldsToSplit = categories.Keys.OfType<VariableDeclaratorSyntax>().Select(variable => (FieldDeclarationSyntax)variable.Parent!.Parent!).Distinct().ToList();
        var others = categories.Keys.Where(target => target is not VariableDeclaratorSyntax).ToList();
        var tracked = root.TrackNodes(fieldsToSplit.Concat(others));
        var originals = others.ToDictionary(target => tracked.GetCurrentNode(target)!, target => target);
        var rewritten = tracked.ReplaceNodes(
            originals.Keys,
            (inTracked, current) => AddAttribute(originals[inTracked], current, syntax.AttributeList(categories[originals[inTracked]]), endOfLine));
        foreach (var field in fieldsToSplit)
        {
            rewritten = rewritten.ReplaceNode(rewritten.GetCurrentNode(field)!, Split(field, categories, syntax, endOfLine));
        }

        return syntax.NeedsUsing ? PersonalDataSyntax.AddUsing(rewritten, endOfLine) : rewritten;
    }

    // The declaration the diagnostic's identifier names: a property, a parameter, a field that declares one variable, or
    // the variable of a field that declares several.
    protected override SyntaxNode? FindTarget(SyntaxNode root, TextSpan span)
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
            VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } variable => variable,
            _ => null,
        };
    }

    // One declaration per variable, in order, each with the field's modifiers and attributes; the reported ones annotated.
    private static IEnumerable<MemberDeclarationSyntax> Split(FieldDeclarationSyntax field, IReadOnlyDictionary<SyntaxNode, string> categories, PersonalDataSyntax syntax, string endOfLine)
    {
        var variables = field.Declaration.Variables;
        var startsLine = StartsLine(field);
        var indentation = PersonalDataSyntax.Indentation(field.GetLeadingTrivia());
        for (var i = 0; i < variables.Count; i++)
        {
            var declaration = field.WithDeclaration(field.Declaration.WithVariables(SyntaxFactory.SingletonSeparatedList(variables[i].WithoutTrivia())));
            if (i > 0)
            {
                // The field's documentation comment stays with the first declaration.
                declaration = declaration.WithLeadingTrivia(startsLine ? indentation : SyntaxFactory.TriviaList(SyntaxFactory.Space));
            }

            if (i < variables.Count - 1)
            {
                declaration = declaration.WithSemicolonToken(declaration.SemicolonToken.WithTrailingTrivia(
                    startsLine ? SyntaxFactory.TriviaList(SyntaxFactory.EndOfLine(endOfLine)) : SyntaxFactory.TriviaList()));
            }

            yield return categories.TryGetValue(variables[i], out var category)
                ? AddToMember(declaration, syntax.AttributeList(category), startsLine, endOfLine)
                : declaration;
        }
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
