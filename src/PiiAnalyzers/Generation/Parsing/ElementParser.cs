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
    /// A marked member's model, or null when the declared symbol is not an element of the inventory
    /// (<see cref="InventoryMembership"/>, the rule the policy check follows too). A positional record parameter stands for
    /// its property.
    /// </summary>
    public static ParsedMember? Parse(ISymbol declared, MarkerTypes markers)
    {
        if (InventoryMembership.ElementOf(declared, markers) is not { } symbol || MemberMarkerReader.Read(symbol, markers) is not { } read)
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
            read.Optional,
            new EquatableArray<InventoryRecipient>(read.Recipients.Select(recipient => new InventoryRecipient(recipient.Name, recipient.Purpose, recipient.Company, recipient.Country))),
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
}
