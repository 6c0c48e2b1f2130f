using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Generation.Model;
using PiiAnalyzers.Inventory;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Generation.Parsing;

/// <summary>
/// Turns a marked member into a <see cref="MemberModel"/>, reading its markers with <see cref="MemberMarkerReader"/>, the
/// reader the analyzers' <see cref="PersonalDataModel"/> uses. Used by the generator's transforms and by
/// <see cref="InventoryBuilder"/> (the CLI), so that both list the same elements.
/// </summary>
public static class ElementParser
{
    private static readonly SymbolDisplayFormat TypeFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);

    private static readonly ConditionalWeakTable<Compilation, MarkerTypes> MarkersByCompilation = new();

    // Attribute names that are never a Microsoft.Extensions.Compliance classification: those of this package and ASP.NET
    // Core Identity (found by their own steps), and the most common attributes of data classes.
    private static readonly HashSet<string> NotClassifications = new(System.StringComparer.Ordinal)
    {
        "PersonalData", "ProtectedPersonalData", "Sensitive", "RetainUntil", "SharedWith", "EncryptedAtRest",
        "Required", "Key", "MaxLength", "MinLength", "StringLength", "Range", "Column", "Table", "NotMapped",
        "JsonPropertyName", "JsonIgnore", "JsonInclude", "JsonPropertyOrder", "JsonProperty", "DataMember", "Obsolete",
        "EditorBrowsable", "DebuggerBrowsable", "NonSerialized", "FromBody", "FromQuery", "FromRoute", "FromServices",
        "NotNull", "MaybeNull", "AllowNull", "DisallowNull", "EmailAddress", "Phone", "Url", "Display",
    };

    /// <summary>The marker types of a compilation, resolved once per compilation.</summary>
    public static MarkerTypes MarkersOf(Compilation compilation) =>
        MarkersByCompilation.GetValue(compilation, MarkerTypes.Resolve);

    /// <summary>Whether a node an attribute is attached to can declare a member the inventory lists.</summary>
    public static bool IsMemberDeclaration(SyntaxNode node) =>
        node is PropertyDeclarationSyntax or VariableDeclaratorSyntax or ParameterSyntax;

    /// <summary>The element of a symbol found through one of its attributes; empty when it is not a marked member.</summary>
    public static EquatableArray<MemberModel> ParseTarget(ISymbol symbol, Compilation compilation, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Parse(symbol, MarkersOf(compilation)) is { } member
            ? new EquatableArray<MemberModel>(ImmutableArray.Create(member))
            : EquatableArray<MemberModel>.Empty;
    }

    /// <summary>
    /// The syntax provider's predicate for the markers whose names the user chooses (Microsoft.Extensions.Compliance
    /// classifications, and attributes derived from ASP.NET Core Identity's <c>[PersonalData]</c>): an attribute on a
    /// property, field or parameter whose name is not one that cannot be such a marker.
    /// </summary>
    public static bool MayBeClassificationAttribute(SyntaxNode node, CancellationToken cancellationToken) =>
        node is AttributeSyntax attribute
        && attribute.Parent is AttributeListSyntax { Target: null or { Identifier.RawKind: (int)SyntaxKind.FieldKeyword or (int)SyntaxKind.PropertyKeyword or (int)SyntaxKind.ParamKeyword } } list
        && list.Parent is PropertyDeclarationSyntax or FieldDeclarationSyntax or ParameterSyntax
        && !NotClassifications.Contains(SimpleName(attribute.Name));

    /// <summary>
    /// The syntax provider's transform for such an attribute: the elements it marks when it is a personal classification
    /// or derives from Identity's <c>[PersonalData]</c> (the two Identity attributes themselves have their own steps).
    /// </summary>
    public static EquatableArray<MemberModel> ParseClassified(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var markers = MarkersOf(context.SemanticModel.Compilation);
        if ((markers.DataClassification is null && markers.IdentityPersonalData is null)
            || context.SemanticModel.GetSymbolInfo(context.Node, cancellationToken).Symbol is not IMethodSymbol { ContainingType: { } attributeClass }
            || !(markers.IsPersonalClassification(attributeClass) || IsUserIdentityMarker(attributeClass, markers)))
        {
            return EquatableArray<MemberModel>.Empty;
        }

        var members = ImmutableArray.CreateBuilder<MemberModel>();
        foreach (var symbol in DeclaredSymbols(context.Node.Parent!.Parent!, context.SemanticModel, cancellationToken))
        {
            if (Parse(symbol, markers) is { } member)
            {
                members.Add(member);
            }
        }

        return new EquatableArray<MemberModel>(members.ToImmutable());
    }

    /// <summary>
    /// A marked member's model, or null when the symbol is not one the inventory lists: a field (not a constant), property
    /// or parameter that one of its own attributes marks as personal data. A positional record parameter stands for its
    /// property. A member marked only through what it overrides is not listed again: the overridden one is.
    /// </summary>
    public static MemberModel? Parse(ISymbol symbol, MarkerTypes markers)
    {
        var declared = symbol;
        if (symbol is IParameterSymbol parameter && MemberMarkerReader.FindPositionalProperty(parameter) is { } property)
        {
            symbol = property;
        }

        if (symbol is not (IFieldSymbol { IsConst: false } or IPropertySymbol or IParameterSymbol)
            || !HasOwnMarker(declared, markers)
            || MemberMarkerReader.Read(symbol, markers) is not { } read)
        {
            return null;
        }

        var containingType = symbol.ContainingType;
        var location = symbol.Locations.FirstOrDefault(candidate => candidate.IsInSource)
            ?? declared.Locations.FirstOrDefault(candidate => candidate.IsInSource);
        if (containingType is null || location is null)
        {
            return null;
        }

        var type = containingType.ToDisplayString(TypeFormat);
        var member = symbol is IParameterSymbol { ContainingSymbol: IMethodSymbol method } asParameter
            ? $"{(method.MethodKind == MethodKind.Constructor ? containingType.Name : method.Name)}({asParameter.Name})"
            : symbol.Name;
        var span = location.GetLineSpan();

        return new MemberModel(
            type + "." + member,
            type,
            member,
            read.Category,
            read.ClassificationFullName,
            read.ClassificationName,
            read.SensitiveAttribute,
            read.SensitiveArgument,
            read.RetentionText,
            read.Purpose,
            read.EncryptedAtRest,
            new EquatableArray<InventoryRecipient>(read.Recipients.Select(recipient => new InventoryRecipient(recipient.Name, recipient.Purpose))),
            span.Path ?? string.Empty,
            span.StartLinePosition.Line + 1);
    }

    /// <summary>The valid custom categories of the compilation's assembly, then of the referenced assemblies that can declare some.</summary>
    public static EquatableArray<InventoryCategory> ReadCustomCategories(Compilation compilation, CancellationToken cancellationToken)
    {
        var markers = MarkersOf(compilation);
        if (markers.PersonalDataCategory is null)
        {
            return EquatableArray<InventoryCategory>.Empty;
        }

        var categories = new List<InventoryCategory>();
        void Add(IAssemblySymbol assembly)
        {
            foreach (var category in CustomCategoryDeclaration.ValidCategories(CustomCategoryDeclaration.Read(assembly, markers.PersonalDataCategory)))
            {
                categories.Add(new InventoryCategory(category.Id, category.ChineseName, category.EnglishName, category.IsSensitive));
            }
        }

        Add(compilation.Assembly);
        foreach (var referenced in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (referenced.Modules.Any(module => module.ReferencedAssemblies.Any(identity => identity.Name == MarkerTypes.AttributesAssemblyName)))
            {
                Add(referenced);
            }
        }

        return new EquatableArray<InventoryCategory>(categories);
    }

    /// <summary>The symbols a member declaration declares (every variable of a field declaration).</summary>
    public static IEnumerable<ISymbol> DeclaredSymbols(SyntaxNode declaration, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (declaration is FieldDeclarationSyntax field)
        {
            foreach (var variable in field.Declaration.Variables)
            {
                if (semanticModel.GetDeclaredSymbol(variable, cancellationToken) is { } symbol)
                {
                    yield return symbol;
                }
            }
        }
        else if (semanticModel.GetDeclaredSymbol(declaration, cancellationToken) is { } symbol)
        {
            yield return symbol;
        }
    }

    // Whether one of the symbol's own attributes (not only those of what it overrides) marks it as personal data.
    private static bool HasOwnMarker(ISymbol symbol, MarkerTypes markers)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is not { } type)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(type, markers.PersonalData)
                || Analyzers.WellKnownTypes.InheritsFrom(type, markers.IdentityPersonalData)
                || markers.IsPersonalClassification(type))
            {
                return true;
            }
        }

        return false;
    }

    // An attribute of the user's that derives from Identity's [PersonalData], other than Identity's own two.
    private static bool IsUserIdentityMarker(INamedTypeSymbol attributeClass, MarkerTypes markers) =>
        !SymbolEqualityComparer.Default.Equals(attributeClass, markers.IdentityPersonalData)
        && !SymbolEqualityComparer.Default.Equals(attributeClass, markers.IdentityProtectedPersonalData)
        && Analyzers.WellKnownTypes.InheritsFrom(attributeClass, markers.IdentityPersonalData);

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
