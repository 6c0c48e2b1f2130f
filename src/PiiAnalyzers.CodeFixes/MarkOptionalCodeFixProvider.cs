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
using Microsoft.CodeAnalysis.Formatting;
using PiiAnalyzers.Discovery;

namespace PiiAnalyzers.CodeFixes;

/// <summary>
/// PII0010: says the data is optional, <c>Optional = true</c> on the member's <c>[PersonalData]</c> (an
/// <c>Optional = false</c> turned true). Right only where the app works without the data, as the fix's title says: the
/// code and its screens must then let the user decline it. A member that no <c>[PersonalData]</c> of this package marks
/// (only a classification the map gives a category) gets no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkOptionalCodeFixProvider))]
[Shared]
public sealed class MarkOptionalCodeFixProvider : CodeFixProvider
{
    private const string AttributeMetadataName = "PiiAnalyzers.PersonalDataAttribute";
    private const string OptionalName = "Optional";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.NotNecessaryPersonalData);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Location.IsInSource
                && FindPersonalData(root.FindToken(diagnostic.Location.SourceSpan.Start).Parent, semanticModel, context.CancellationToken) is { } attribute)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        CodeFixTitles.MarkOptional().ToString(),
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(attribute, WithOptional(attribute)))),
                        nameof(MarkOptionalCodeFixProvider)),
                    diagnostic);
            }
        }
    }

    // The [PersonalData] of the declaration the diagnostic names: a property, a field's variable, or a parameter (a
    // positional record's too, where the diagnostic is on the parameter).
    private static AttributeSyntax? FindPersonalData(SyntaxNode? declaration, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var lists = declaration switch
        {
            VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } => field.AttributeLists,
            PropertyDeclarationSyntax property => property.AttributeLists,
            ParameterSyntax parameter => parameter.AttributeLists,
            _ => default,
        };
        var personalData = semanticModel.Compilation.GetTypeByMetadataName(AttributeMetadataName);
        return personalData is null
            ? null
            : lists.SelectMany(list => list.Attributes).FirstOrDefault(attribute =>
                SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType, personalData));
    }

    private static AttributeSyntax WithOptional(AttributeSyntax attribute)
    {
        var isTrue = SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression);
        var arguments = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        if (arguments.Arguments.FirstOrDefault(argument => argument.NameEquals?.Name.Identifier.ValueText == OptionalName) is { } optional)
        {
            return attribute.ReplaceNode(optional.Expression, isTrue.WithTriviaFrom(optional.Expression));
        }

        var added = SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(OptionalName), nameColon: null, isTrue);
        return attribute.WithArgumentList(arguments.AddArguments(added)).WithAdditionalAnnotations(Formatter.Annotation);
    }
}
