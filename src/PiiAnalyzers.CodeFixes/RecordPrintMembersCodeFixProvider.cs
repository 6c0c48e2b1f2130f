using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.CodeFixes;

/// <summary>
/// PII0004 on a record converted to text: adds a <c>PrintMembers</c> override to the record that prints what the
/// compiler's would, less the personal members (and members whose own ToString prints personal data).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RecordPrintMembersCodeFixProvider))]
[Shared]
public sealed class RecordPrintMembersCodeFixProvider : CodeFixProvider
{
    public const string Title = "Override PrintMembers to leave personal data out";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.PersonalDataInToString);

    // Every diagnostic about one record asks for the same change: fix each record once.
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(
            async (context, document, diagnostics) =>
            {
                var solution = document.Project.Solution;
                foreach (var typeId in diagnostics.Select(TypeIdOf).Where(id => id is not null).Distinct())
                {
                    solution = await AddPrintMembersAsync(solution.GetDocument(document.Id)!, typeId!, context.CancellationToken).ConfigureAwait(false);
                }

                return solution.GetDocument(document.Id);
            });

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (TypeIdOf(diagnostic) is { } typeId)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, token => AddPrintMembersAsync(context.Document, typeId, token), nameof(RecordPrintMembersCodeFixProvider)),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static string? TypeIdOf(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(LeakDiagnostics.PrintMembersTypeProperty, out var id) ? id : null;

    private static async Task<Solution> AddPrintMembersAsync(Document document, string typeId, CancellationToken cancellationToken)
    {
        var solution = document.Project.Solution;
        var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null
            || DocumentationCommentId.GetFirstSymbolForDeclarationId(typeId, compilation) is not INamedTypeSymbol { IsRecord: true } type
            || PersonalDataTracker.FindUserWrittenToString(type) is not null)
        {
            return solution;
        }

        var reference = type.DeclaringSyntaxReferences.FirstOrDefault();
        if (reference is null
            || await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not RecordDeclarationSyntax declaration
            || solution.GetDocument(reference.SyntaxTree) is not { } declaringDocument)
        {
            return solution;
        }

        var options = document.Project.AnalyzerOptions;
        var tracker = PersonalDataTracker.Create(compilation, PersonalDataModel.GetOrCreate(compilation, options), Sanitizers.Create(compilation, options));
        var method = (MethodDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(PrintMembersText(type, tracker))!
            .WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation);
        if (declaration.Members.Count > 0)
        {
            // A blank line between the last member and the new method.
            var newLine = declaration.ToFullString().Contains("\r\n") ? "\r\n" : "\n";
            method = method.WithLeadingTrivia(SyntaxFactory.EndOfLine(newLine));
        }

        var updated = declaration.SemicolonToken.IsKind(SyntaxKind.SemicolonToken)
            ? declaration
                .WithSemicolonToken(default)
                .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken))
                .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(declaration.SemicolonToken.TrailingTrivia))
                .AddMembers(method)
            : declaration.AddMembers(method);

        var root = await declaringDocument.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null
            ? solution
            : solution.WithDocumentSyntaxRoot(declaringDocument.Id, root.ReplaceNode(declaration, updated.WithAdditionalAnnotations(Formatter.Annotation)));
    }

    // What the compiler's PrintMembers prints ("Id = 1, Country = CN"), without the personal members.
    private static string PrintMembersText(INamedTypeSymbol type, PersonalDataTracker tracker)
    {
        var printed = new List<string>();
        foreach (var member in type.GetMembers())
        {
            var memberType = member switch
            {
                IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null, DeclaredAccessibility: Accessibility.Public } property when property.Name != "EqualityContract" => property.Type,
                IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false, DeclaredAccessibility: Accessibility.Public } field => field.Type,
                _ => null,
            };
            if (memberType is not null && tracker.GetSource(member) is null && tracker.GetToStringExposure(memberType).IsEmpty)
            {
                printed.Add(member.Name);
            }
        }

        var modifiers = type.IsSealed || type.IsValueType ? "private" : "protected virtual";
        var body = new StringBuilder();
        for (var i = 0; i < printed.Count; i++)
        {
            body.Append($"builder.Append(\"{(i == 0 ? string.Empty : ", ")}{printed[i]} = \");\n");
            body.Append($"builder.Append({printed[i]});\n");
        }

        body.Append(printed.Count == 0 ? "return false;\n" : "return true;\n");
        return $"{modifiers} bool PrintMembers(System.Text.StringBuilder builder)\n{{\n{body}}}\n";
    }
}
