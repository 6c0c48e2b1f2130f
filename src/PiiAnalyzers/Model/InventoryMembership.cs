using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Model;

/// <summary>
/// The one rule for which declarations are elements of the inventory: the generator and <c>pii inventory</c> (through
/// <see cref="Generation.Parsing.ElementParser"/>) and the policy check (PII0101–PII0106) both ask it, so that a privacy
/// person reading the inventory next to the policy findings sees the same members under the same names.
/// </summary>
/// <remarks>
/// An element is a value this compilation's source declares and marks, counted once:
/// <list type="bullet">
/// <item>a field (not a constant), a property (not an indexer: it reads a collection whose elements are counted where
/// they are declared), or a parameter of a method, constructor or explicit interface implementation (not of a lambda,
/// a local function, an accessor, an indexer or an operator: their values come from members counted elsewhere);</item>
/// <item>marked by one of its own attributes: this package's <c>[PersonalData]</c>, Identity's <c>[PersonalData]</c>
/// or <c>[ProtectedPersonalData]</c> (or a subclass), or a Microsoft.Extensions.Compliance classification;</item>
/// <item>a positional record parameter is its property (<c>Customer.Email</c>, not <c>Customer(Email)</c>);</item>
/// <item>a partial member is its defining part (its attributes are both parts');</item>
/// <item>an override without a marker of its own is an element when the property it overrides is marked and declared
/// in another assembly (<c>override Email</c> of Identity's <c>IdentityUser</c>): that assembly's inventory is not this
/// one, and the override is where this compilation holds the value. An override of a property of this compilation is
/// not counted again unless it carries its own marker (which then says what it holds).</item>
/// </list>
/// Members inherited without being overridden are not elements: they are declared, and counted, in their own assembly.
/// </remarks>
public static class InventoryMembership
{
    /// <summary>
    /// The symbol the declaration is counted as (the property, for a positional record parameter), or null when it is not
    /// an element. The marker reading of that symbol is <see cref="MemberMarkerReader.Read"/>'s.
    /// </summary>
    /// <param name="declared">A field, property or parameter the source declares.</param>
    /// <param name="markers">The marker types of the compilation the symbol belongs to.</param>
    public static ISymbol? ElementOf(ISymbol declared, MarkerTypes markers)
    {
        if (declared.IsImplicitlyDeclared)
        {
            return null;
        }

        var element = declared is IParameterSymbol parameter && MemberMarkerReader.FindPositionalProperty(parameter) is { } property
            ? property
            : declared;
        if (!IsCountedKind(element) || IsPartialImplementation(element))
        {
            return null;
        }

        if (HasOwnMarker(element, markers))
        {
            return element;
        }

        return element is IPropertySymbol { OverriddenProperty: { } overridden }
            && !SymbolEqualityComparer.Default.Equals(overridden.ContainingAssembly, element.ContainingAssembly)
            && MemberMarkerReader.Read(overridden, markers) is not null
                ? element
                : null;
    }

    /// <summary>Whether one of the symbol's own attributes (or, for a positional record property, its parameter's) is a marker.</summary>
    public static bool HasOwnMarker(ISymbol symbol, MarkerTypes markers)
    {
        if (HasMarkerAttribute(symbol, markers))
        {
            return true;
        }

        return symbol is IPropertySymbol property
            && MemberMarkerReader.FindPositionalParameter(property) is { } parameter
            && HasMarkerAttribute(parameter, markers);
    }

    private static bool IsCountedKind(ISymbol symbol) =>
        symbol switch
        {
            IFieldSymbol field => !field.IsConst,
            IPropertySymbol property => !property.IsIndexer,
            IParameterSymbol { ContainingSymbol: IMethodSymbol method } => method.MethodKind
                is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.ExplicitInterfaceImplementation,
            _ => false,
        };

    private static bool IsPartialImplementation(ISymbol symbol) =>
        symbol switch
        {
            IPropertySymbol property => property.PartialDefinitionPart is not null,
            IParameterSymbol { ContainingSymbol: IMethodSymbol method } => method.PartialDefinitionPart is not null,
            _ => false,
        };

    private static bool HasMarkerAttribute(ISymbol symbol, MarkerTypes markers)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { } type
                && (SymbolEqualityComparer.Default.Equals(type, markers.PersonalData)
                    || Analyzers.WellKnownTypes.InheritsFrom(type, markers.IdentityPersonalData)
                    || markers.IsPersonalClassification(type)))
            {
                return true;
            }
        }

        return false;
    }
}
