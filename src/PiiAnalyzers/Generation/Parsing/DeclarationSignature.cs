using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PiiAnalyzers.Generation.Parsing;

/// <summary>
/// The declarations through which one file's reading can depend on another file, as text: what a file's marked members
/// bind to outside it. The generator reads a file again when it changes, and every file again when one of these does.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>every namespace, delegate and type name, with a type's type parameters and base types: an attribute name or a
/// constant binds to a type of any file (and a new name can shadow the one it bound to), and a classification attribute or
/// a subclass of Identity's <c>[PersonalData]</c> is one by its base type;</item>
/// <item>every constant: a category may be a constant of another file;</item>
/// <item>global using directives, and assembly and module attributes (custom categories);</item>
/// <item>the attributes of virtual, abstract, override and partial properties, and of the parameters of partial methods:
/// an override reads those of what it overrides, and a partial member those of its other part.</item>
/// </list>
/// Method bodies, trivia, and members that declare none of these are left out, so that typing in them re-reads only the
/// file typed in. Left out too, knowingly: an attribute argument <c>nameof(Other.Member)</c> binds (or fails to) by a
/// member another file declares; a category written that way reads again only when its own file changes.
/// </remarks>
public static class DeclarationSignature
{
    /// <summary>The syntax provider's predicate: whether the node is one of the declarations above.</summary>
    public static bool IsCrossFileDeclaration(SyntaxNode node, CancellationToken cancellationToken) => node switch
    {
        BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or BaseNamespaceDeclarationSyntax => true,
        FieldDeclarationSyntax field => field.Modifiers.Any(SyntaxKind.ConstKeyword),
        UsingDirectiveSyntax directive => directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword),
        AttributeListSyntax { Target: { } target } => target.Identifier.IsKind(SyntaxKind.AssemblyKeyword) || target.Identifier.IsKind(SyntaxKind.ModuleKeyword),
        PropertyDeclarationSyntax property => property.AttributeLists.Count > 0 && IsOverridableOrPartial(property.Modifiers),
        MethodDeclarationSyntax method => method.Modifiers.Any(SyntaxKind.PartialKeyword) && method.ParameterList.Parameters.Any(parameter => parameter.AttributeLists.Count > 0),
        _ => false,
    };

    /// <summary>The syntax provider's transform: the declaration's signature, prefixed with where it is declared.</summary>
    public static string Of(SyntaxNode node)
    {
        var text = new StringBuilder();
        AppendContainers(text, node.Parent);
        switch (node)
        {
            case BaseTypeDeclarationSyntax type:
                text.Append(type.Kind().ToString()).Append(' ').Append(type.Identifier.ValueText);
                if (type is TypeDeclarationSyntax { TypeParameterList: { } typeParameters })
                {
                    text.Append(typeParameters.ToString());
                }

                text.Append(' ').Append(type.BaseList?.ToString());
                break;
            case BaseNamespaceDeclarationSyntax ns:
                text.Append("namespace ").Append(ns.Name.ToString());
                break;
            case DelegateDeclarationSyntax @delegate:
                text.Append("delegate ").Append(@delegate.Identifier.ValueText).Append(@delegate.TypeParameterList?.ToString());
                break;
            case PropertyDeclarationSyntax property:
                text.Append(string.Join(" ", property.AttributeLists)).Append(' ').Append(property.Modifiers.ToString())
                    .Append(' ').Append(property.Type.ToString()).Append(' ').Append(property.Identifier.ValueText);
                break;
            case MethodDeclarationSyntax method:
                text.Append(method.Identifier.ValueText).Append(method.ParameterList.ToString());
                break;
            default:
                text.Append(node.ToString());
                break;
        }

        return text.ToString();
    }

    private static bool IsOverridableOrPartial(SyntaxTokenList modifiers) =>
        modifiers.Any(SyntaxKind.VirtualKeyword) || modifiers.Any(SyntaxKind.AbstractKeyword)
        || modifiers.Any(SyntaxKind.OverrideKeyword) || modifiers.Any(SyntaxKind.PartialKeyword);

    private static void AppendContainers(StringBuilder text, SyntaxNode? node)
    {
        if (node is null)
        {
            return;
        }

        AppendContainers(text, node.Parent);
        switch (node)
        {
            case BaseNamespaceDeclarationSyntax ns:
                text.Append(ns.Name.ToString()).Append('.');
                break;
            case TypeDeclarationSyntax type:
                text.Append(type.Identifier.ValueText).Append('`').Append(type.Arity).Append('.');
                break;
        }
    }
}
