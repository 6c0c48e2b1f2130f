using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Discovery;

namespace PiiAnalyzers.CodeFixes;

/// <summary>
/// Writes <c>[PersonalData(DataCategories.X.Y)]</c> and category arguments the way a developer would: the constant when
/// one holds the id (a string for a custom id), <c>using PiiAnalyzers;</c> added in order when the names are not in scope,
/// and names qualified instead when a using would make them ambiguous (ASP.NET Core Identity has a <c>PersonalData</c> too).
/// </summary>
internal sealed class PersonalDataSyntax
{
    private const string Namespace = "PiiAnalyzers";
    private const string AttributeMetadataName = "PiiAnalyzers.PersonalDataAttribute";
    private const string CategoriesMetadataName = "PiiAnalyzers.DataCategories";

    private readonly SemanticModel _semanticModel;
    private readonly bool _qualify;

    private PersonalDataSyntax(SemanticModel semanticModel, bool inScope, bool qualify)
    {
        _semanticModel = semanticModel;
        NeedsUsing = !inScope && !qualify;
        _qualify = qualify;
    }

    /// <summary>Whether <c>using PiiAnalyzers;</c> must be added for the names this writes to bind.</summary>
    public bool NeedsUsing { get; }

    /// <summary>How to write the names at a position of the document.</summary>
    public static PersonalDataSyntax At(SemanticModel semanticModel, int position)
    {
        var attribute = semanticModel.Compilation.GetTypeByMetadataName(AttributeMetadataName);
        var categories = semanticModel.Compilation.GetTypeByMetadataName(CategoriesMetadataName);

        var inScope = true;
        var conflict = false;
        foreach (var (name, expected) in new (string Name, INamedTypeSymbol? Expected)[] { ("PersonalDataAttribute", attribute), ("PersonalData", null), ("DataCategories", categories) })
        {
            var found = semanticModel.LookupNamespacesAndTypes(position, container: null, name);
            if (expected is not null && !found.Any(symbol => SymbolEqualityComparer.Default.Equals(symbol, expected)))
            {
                inScope = false;
            }

            if (found.Any(symbol => !SymbolEqualityComparer.Default.Equals(symbol, attribute) && !SymbolEqualityComparer.Default.Equals(symbol, categories)))
            {
                conflict = true;
            }
        }

        return new PersonalDataSyntax(semanticModel, inScope, conflict);
    }

    /// <summary><c>[PersonalData(category)]</c>, without trivia.</summary>
    public AttributeListSyntax AttributeList(string categoryId)
    {
        var name = _qualify ? Namespace + ".PersonalData" : "PersonalData";
        var member = (FieldDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration($"[{name}({CategoryText(categoryId)})] int x;")!;
        return member.AttributeLists[0].WithoutTrivia();
    }

    /// <summary>The expression that writes a category id: <c>DataCategories.Contact.Phone</c>, or <c>"loyalty.member-id"</c>.</summary>
    public ExpressionSyntax CategoryExpression(string categoryId) => SyntaxFactory.ParseExpression(CategoryText(categoryId));

    /// <summary>Adds <c>using PiiAnalyzers;</c> among the file's usings (System ones first, then in order), or above its first member.</summary>
    public static CompilationUnitSyntax AddUsing(CompilationUnitSyntax root, string endOfLine) => AddUsing(root, Namespace, endOfLine);

    /// <summary>Adds <c>using <paramref name="namespaceName"/>;</c> among the file's usings (System ones first, then in order), or above its first member.</summary>
    public static CompilationUnitSyntax AddUsing(CompilationUnitSyntax root, string namespaceName, string endOfLine)
    {
        if (root.Usings.Any(directive => IsPlainUsingOf(directive, namespaceName)))
        {
            return root;
        }

        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(namespaceName).WithLeadingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(endOfLine));
        var usings = root.Usings;
        if (usings.Count > 0)
        {
            var index = InsertionIndex(usings, namespaceName);
            if (index < usings.Count)
            {
                // Before an existing using: take over its leading trivia (a file header), leave it its indentation.
                var next = usings[index];
                directive = directive.WithLeadingTrivia(next.GetLeadingTrivia());
                usings = usings.Replace(next, next.WithLeadingTrivia(Indentation(next.GetLeadingTrivia())));
            }
            else
            {
                directive = directive.WithLeadingTrivia(Indentation(usings[usings.Count - 1].GetLeadingTrivia()));
            }

            return root.WithUsings(usings.Insert(index, directive));
        }

        // No usings: the using goes above everything but a documentation comment, then a blank line.
        var first = root.GetFirstToken(includeZeroWidth: true);
        var leading = first.LeadingTrivia;
        var split = leading.Count;
        for (var i = 0; i < leading.Count; i++)
        {
            if (leading[i].IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || leading[i].IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
            {
                split = i;
                while (split > 0 && leading[split - 1].IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    split--;
                }

                break;
            }
        }

        var header = SyntaxFactory.TriviaList(leading.Take(split));
        var rest = SyntaxFactory.TriviaList(new[] { SyntaxFactory.EndOfLine(endOfLine) }.Concat(leading.Skip(split)));
        var rewritten = root.ReplaceToken(first, first.WithLeadingTrivia(rest));
        return rewritten.WithUsings(rewritten.Usings.Add(directive.WithLeadingTrivia(header)));
    }

    /// <summary>The file's line break: the first one it has, else a line feed.</summary>
    public static string EndOfLine(SyntaxNode root)
    {
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: true))
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia.ToString();
            }
        }

        return "\n";
    }

    /// <summary>The whitespace a line starts with: what follows the last line break or comment of a leading trivia list.</summary>
    public static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
    {
        var start = leading.Count;
        while (start > 0 && leading[start - 1].IsKind(SyntaxKind.WhitespaceTrivia))
        {
            start--;
        }

        return SyntaxFactory.TriviaList(leading.Skip(start));
    }

    private string CategoryText(string categoryId)
    {
        if (CategoryConstantNames.For(categoryId) is { } constant && ConstantExists(constant))
        {
            return (_qualify ? Namespace + "." : string.Empty) + "DataCategories." + constant;
        }

        return SyntaxFactory.Literal(categoryId).Text;
    }

    // The referenced attributes library may be older than the taxonomy: write the constant only where it exists.
    private bool ConstantExists(string constant)
    {
        var parts = constant.Split('.');
        var categories = _semanticModel.Compilation.GetTypeByMetadataName(CategoriesMetadataName);
        var nested = categories?.GetTypeMembers(parts[0]).FirstOrDefault();
        return nested?.GetMembers(parts[1]).OfType<IFieldSymbol>().Any(field => field.IsConst) == true;
    }

    private static int InsertionIndex(SyntaxList<UsingDirectiveSyntax> usings, string namespaceName)
    {
        // After any global using (they must come first), before the first plain using that sorts after ours.
        var index = 0;
        for (var i = 0; i < usings.Count; i++)
        {
            if (!usings[i].GlobalKeyword.IsKind(SyntaxKind.None))
            {
                index = i + 1;
            }
        }

        for (var i = index; i < usings.Count; i++)
        {
            var candidate = usings[i];
            if (candidate.Alias is null && candidate.StaticKeyword.IsKind(SyntaxKind.None) && candidate.Name is { } name && Compare(name.ToString(), namespaceName) > 0)
            {
                return i;
            }

            if (candidate.Alias is not null || !candidate.StaticKeyword.IsKind(SyntaxKind.None))
            {
                // Aliases and static usings conventionally follow the plain ones.
                return i;
            }
        }

        return usings.Count;
    }

    // System namespaces first, then ordinal ignoring case (dotnet_sort_system_directives_first).
    private static int Compare(string left, string right)
    {
        var leftSystem = left == "System" || left.StartsWith("System.", StringComparison.Ordinal);
        var rightSystem = right == "System" || right.StartsWith("System.", StringComparison.Ordinal);
        if (leftSystem != rightSystem)
        {
            return leftSystem ? -1 : 1;
        }

        return string.Compare(left, right, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsPlainUsingOf(UsingDirectiveSyntax directive, string namespaceName) =>
        directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Name?.ToString() == namespaceName;
}
