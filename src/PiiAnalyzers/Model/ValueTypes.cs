using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Model;

/// <summary>The type of the value a data-holding symbol holds.</summary>
internal static class ValueTypes
{
    /// <summary>
    /// The declared type of a property, field or parameter; null for any other symbol (a method, an event), which holds
    /// no value the rules follow.
    /// </summary>
    public static ITypeSymbol? Of(ISymbol symbol) =>
        symbol switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };
}
