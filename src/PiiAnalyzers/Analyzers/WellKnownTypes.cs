using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Analyzers;

/// <summary>Type tests against types resolved by metadata name (null when the compilation cannot see them).</summary>
internal static class WellKnownTypes
{
    public static ImmutableArray<INamedTypeSymbol> Resolve(Compilation compilation, params string[] names) =>
        names.Select(compilation.GetTypeByMetadataName).Where(type => type is not null).Select(type => type!).ToImmutableArray();

    /// <summary>Whether <paramref name="type"/> is <paramref name="wellKnown"/> (any construction of it).</summary>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? wellKnown) =>
        type is not null && wellKnown is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, wellKnown);

    /// <summary>Whether <paramref name="type"/> is the class <paramref name="baseType"/> (any construction of it) or derives from it.</summary>
    public static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        for (var current = type; current is not null && baseType is not null; current = current.BaseType)
        {
            if (Is(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is <paramref name="wellKnown"/>, derives from it or implements it.</summary>
    public static bool IsOrDerives(ITypeSymbol? type, INamedTypeSymbol? wellKnown)
    {
        if (type is null || wellKnown is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Is(current, wellKnown))
            {
                return true;
            }
        }

        return wellKnown.TypeKind == TypeKind.Interface && type.AllInterfaces.Any(candidate => Is(candidate, wellKnown));
    }

    /// <summary>The <c>T</c> of the <c>IEnumerable&lt;T&gt;</c> that <paramref name="type"/> is or implements; null when it is no such collection.</summary>
    public static ITypeSymbol? EnumerableElement(INamedTypeSymbol type) =>
        type.AllInterfaces.Add(type).FirstOrDefault(candidate => candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)?.TypeArguments[0];
}
