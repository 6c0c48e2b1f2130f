using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Generation.Model;
using PiiAnalyzers.Inventory;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Generation.Parsing;

/// <summary>
/// Turns a marked member into a <see cref="MemberModel"/>, reading its markers with <see cref="MemberMarkerReader"/>, the
/// reader the analyzers' <see cref="PersonalDataModel"/> uses. Used, through <see cref="FileReader"/>, by the generator
/// and by <see cref="InventoryBuilder"/> (the CLI), so that both list the same elements.
/// </summary>
public static class ElementParser
{
    private static readonly SymbolDisplayFormat TypeFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);

    private static readonly ConditionalWeakTable<Compilation, MarkerTypes> MarkersByCompilation = new();

    /// <summary>The marker types of a compilation, resolved once per compilation.</summary>
    public static MarkerTypes MarkersOf(Compilation compilation) =>
        MarkersByCompilation.GetValue(compilation, MarkerTypes.Resolve);

    /// <summary>
    /// A marked member's model, or null when the symbol is not one the inventory lists: a field (not a constant), property
    /// or parameter that one of its own attributes marks as personal data. A positional record parameter stands for its
    /// property. A member marked only through what it overrides is not listed again: the overridden one is.
    /// </summary>
    public static ParsedMember? Parse(ISymbol symbol, MarkerTypes markers)
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

        var model = new MemberModel(
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
            span.Path ?? string.Empty);
        return new ParsedMember(model, span.StartLinePosition.Line + 1);
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
}
