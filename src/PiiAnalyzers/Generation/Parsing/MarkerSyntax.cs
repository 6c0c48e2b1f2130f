using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PiiAnalyzers.Generation.Parsing;

/// <summary>
/// What the syntax alone says about markers, before any binding: which attribute lists may mark a member as personal
/// data, so that only the files holding one are read with a semantic model.
/// </summary>
public static class MarkerSyntax
{
    // Attribute names that are never a marker, unless the file makes one an alias: this package's other attributes, and
    // the most common attributes of data classes. Any other name may be one: this package's or Identity's [PersonalData],
    // a Microsoft.Extensions.Compliance classification or a subclass of Identity's attribute (named by the user), or an
    // alias of any of them. (A global alias in another file is not seen.)
    private static readonly HashSet<string> NotMarkers = new(System.StringComparer.Ordinal)
    {
        "Sensitive", "RetainUntil", "SharedWith", "EncryptedAtRest", "NotPersonalData",
        "Required", "Key", "MaxLength", "MinLength", "StringLength", "Range", "Column", "Table", "NotMapped",
        "JsonPropertyName", "JsonIgnore", "JsonInclude", "JsonPropertyOrder", "JsonProperty", "DataMember", "Obsolete",
        "EditorBrowsable", "DebuggerBrowsable", "NonSerialized", "FromBody", "FromQuery", "FromRoute", "FromServices",
        "NotNull", "MaybeNull", "AllowNull", "DisallowNull", "EmailAddress", "Phone", "Url", "Display",
    };

    /// <summary>
    /// Whether a node is an attribute list of a property, field or parameter (applied to it, not to an accessor or a
    /// return value) with an attribute that may be a marker.
    /// </summary>
    public static bool IsCandidateAttributeList(SyntaxNode node, System.Threading.CancellationToken cancellationToken) =>
        node is AttributeListSyntax { Parent: PropertyDeclarationSyntax or FieldDeclarationSyntax or ParameterSyntax } list
        && IsCandidate(list);

    /// <summary>
    /// The generator's syntax predicate: a candidate attribute list (<see cref="IsCandidateAttributeList"/>), or an override
    /// property, which may be an element without a marker of its own (<see cref="PiiAnalyzers.Model.InventoryMembership"/>).
    /// </summary>
    public static bool IsCandidateNode(SyntaxNode node, System.Threading.CancellationToken cancellationToken) =>
        IsCandidateAttributeList(node, cancellationToken) || IsOverrideProperty(node);

    /// <summary>The declaration a node <see cref="IsCandidateNode"/> picks belongs to.</summary>
    public static SyntaxNode DeclarationOf(SyntaxNode node) => node is AttributeListSyntax ? node.Parent! : node;

    /// <summary>Whether a declaration is one the generator reads: it has a candidate attribute list, or is an override property.</summary>
    public static bool IsCandidateDeclaration(SyntaxNode node) =>
        node switch
        {
            PropertyDeclarationSyntax property => HasCandidateAttributeList(property.AttributeLists) || IsOverrideProperty(property),
            FieldDeclarationSyntax field => HasCandidateAttributeList(field.AttributeLists),
            ParameterSyntax parameter => HasCandidateAttributeList(parameter.AttributeLists),
            _ => false,
        };

    /// <summary>Whether any of a declaration's attribute lists is a candidate (see <see cref="IsCandidateAttributeList"/>).</summary>
    public static bool HasCandidateAttributeList(SyntaxList<AttributeListSyntax> lists)
    {
        foreach (var list in lists)
        {
            if (IsCandidate(list))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOverrideProperty(SyntaxNode node) =>
        node is PropertyDeclarationSyntax property && property.Modifiers.Any(SyntaxKind.OverrideKeyword);

    private static bool IsCandidate(AttributeListSyntax list)
    {
        if (list.Target is { } target
            && !target.Identifier.IsKind(SyntaxKind.FieldKeyword)
            && !target.Identifier.IsKind(SyntaxKind.PropertyKeyword)
            && !target.Identifier.IsKind(SyntaxKind.ParamKeyword))
        {
            return false;
        }

        foreach (var attribute in list.Attributes)
        {
            var name = SimpleName(attribute.Name);
            if (!NotMarkers.Contains(name) || IsAliasInScope(list, name))
            {
                return true;
            }
        }

        return false;
    }

    // `using Phone = PiiAnalyzers.PersonalDataAttribute;` makes any name a marker: a name of the list is one when the file
    // or an enclosing namespace declares an alias of it.
    private static bool IsAliasInScope(SyntaxNode node, string name)
    {
        for (var scope = node.Parent; scope is not null; scope = scope.Parent)
        {
            var usings = scope switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                _ => default,
            };
            foreach (var directive in usings)
            {
                if (directive.Alias is { } alias
                    && (alias.Name.Identifier.ValueText == name || alias.Name.Identifier.ValueText == name + "Attribute"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string SimpleName(NameSyntax name)
    {
        var text = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => name.ToString(),
        };
        return text.EndsWith("Attribute", System.StringComparison.Ordinal) && text.Length > "Attribute".Length
            ? text.Substring(0, text.Length - "Attribute".Length)
            : text;
    }
}
