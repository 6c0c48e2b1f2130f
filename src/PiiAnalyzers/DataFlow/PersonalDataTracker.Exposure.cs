using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.DataFlow;

/// <summary>What an object exposes: every personal member it holds (as a structured logger or serializer writes it), and what its <c>ToString</c> prints.</summary>
public sealed partial class PersonalDataTracker
{
    /// <summary>
    /// The personal members an object of this type holds, its own, those of the objects it holds, and those of a
    /// collection's elements: what a structured logger or serializer could write.
    /// </summary>
    public ImmutableArray<PersonalDataSource> GetWholeObjectSources(ITypeSymbol type) =>
        _wholeObjects.GetOrAdd(type, t =>
        {
            var sources = ImmutableArray.CreateBuilder<PersonalDataSource>();
            CollectWholeObject(t, sources, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), 0);
            return sources.ToImmutable();
        });

    /// <summary>
    /// The personal members the type's <c>ToString</c> prints: every public one for a record's compiler-generated
    /// ToString (and those its members' ToString print), the ones a user-written override or <c>PrintMembers</c> names.
    /// Empty for <c>object.ToString</c>, which prints the type name, and for overrides compiled into other assemblies.
    /// </summary>
    public ImmutableArray<PersonalDataSource> GetToStringExposure(ITypeSymbol type) =>
        _toStringExposures.GetOrAdd(type, t => ToStringExposure(t, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), 0));

    /// <summary>The user-written <c>ToString()</c> override a type uses, or <c>PrintMembers</c> for a record; null when the compiler's or object's is used.</summary>
    public static IMethodSymbol? FindUserWrittenToString(INamedTypeSymbol type)
    {
        var toString = FindToString(type);
        if (toString is not null && !IsGenerated(toString))
        {
            return toString;
        }

        return type.IsRecord ? FindUserWrittenPrintMembers(type) : null;
    }

    /// <summary>A record's own <c>PrintMembers(StringBuilder)</c> when the user wrote it.</summary>
    public static IMethodSymbol? FindUserWrittenPrintMembers(INamedTypeSymbol type) =>
        type.GetMembers("PrintMembers").OfType<IMethodSymbol>().FirstOrDefault(method => method.Parameters.Length == 1 && !IsGenerated(method));

    private void CollectWholeObject(ITypeSymbol type, ImmutableArray<PersonalDataSource>.Builder sources, HashSet<ITypeSymbol> visited, int depth)
    {
        if (depth > MaxTypeDepth || !visited.Add(type))
        {
            return;
        }

        if (type is IArrayTypeSymbol array)
        {
            CollectWholeObject(array.ElementType, sources, visited, depth + 1);
            return;
        }

        // A value of a constrained type parameter is, at run time, one of the types that satisfy the constraint: a
        // pipeline behaviour that logs "{@Command}" of its TRequest logs every request of the compilation, although no
        // call in the compilation passes one (the framework calls it). Only the candidates that hold personal data count.
        if (type is ITypeParameterSymbol parameter)
        {
            foreach (var candidate in _implementations.Value.Satisfying(parameter).Where(Model.ContainsPersonalData).Take(MaxImplementations))
            {
                CollectWholeObject(candidate, sources, visited, depth + 1);
            }

            return;
        }

        if (type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None || !Model.ContainsPersonalData(named))
        {
            return;
        }

        foreach (var member in Model.GetPersonalMembers(named))
        {
            if (GetSource(member.Symbol) is { } source && !sources.Contains(source))
            {
                sources.Add(source);
            }
        }

        foreach (var argument in named.TypeArguments)
        {
            CollectWholeObject(argument, sources, visited, depth + 1);
        }

        foreach (var member in InstanceData(named))
        {
            if (Model.GetMember(member) is null && ValueTypes.Of(member) is { } memberType)
            {
                CollectWholeObject(memberType, sources, visited, depth + 1);
            }
        }
    }

    private ImmutableArray<PersonalDataSource> ToStringExposure(ITypeSymbol type, HashSet<ITypeSymbol> visited, int depth)
    {
        if (depth > MaxTypeDepth
            || type is not INamedTypeSymbol named
            || named.SpecialType != SpecialType.None
            || named.TypeKind is TypeKind.Enum or TypeKind.Delegate or TypeKind.Interface or TypeKind.Error or TypeKind.TypeParameter
            || !Model.ContainsPersonalData(named)
            || !visited.Add(named))
        {
            return ImmutableArray<PersonalDataSource>.Empty;
        }

        var userWritten = FindUserWrittenToString(named);
        if (userWritten is not null)
        {
            return ExposureByNames(named, userWritten, visited, depth);
        }

        if (!named.IsRecord)
        {
            return ImmutableArray<PersonalDataSource>.Empty;
        }

        // The generated PrintMembers prints every public instance field and property, its own and its base records'.
        var sources = ImmutableArray.CreateBuilder<PersonalDataSource>();
        foreach (var member in InstanceData(named).Where(member => member.DeclaredAccessibility == Accessibility.Public))
        {
            if (GetSource(member) is { } source)
            {
                sources.Add(source);
            }
            else if (ValueTypes.Of(member) is { } memberType)
            {
                sources.AddRange(ToStringExposure(memberType, visited, depth + 1).Where(nested => !sources.Contains(nested)));
            }
        }

        return sources.ToImmutable();
    }

    // A user-written ToString or PrintMembers from source: the personal members whose names its body mentions. Reading
    // names, not binding, keeps the analysis free of semantic models for other files.
    private ImmutableArray<PersonalDataSource> ExposureByNames(INamedTypeSymbol type, IMethodSymbol method, HashSet<ITypeSymbol> visited, int depth)
    {
        var names = new HashSet<string>();
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            foreach (var name in reference.GetSyntax().DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (!IsNonIdentifyingRead(name))
                {
                    names.Add(name.Identifier.ValueText);
                }
            }
        }

        // The method's own type's primary-constructor parameters are in scope in its body too.
        var sources = ImmutableArray.CreateBuilder<PersonalDataSource>();
        var inScope = InstanceData(type).Concat(PersonalDataModel.PrimaryConstructorParameters(method.ContainingType));
        foreach (var member in inScope.Where(member => names.Contains(member.Name)))
        {
            if (GetSource(member) is { } source)
            {
                sources.Add(source);
                continue;
            }

            // $"{Customer.Email}" or $"{Customer}" in Order.ToString.
            if (ValueTypes.Of(member) is not { } memberType)
            {
                continue;
            }

            if (memberType is INamedTypeSymbol nested)
            {
                foreach (var personal in Model.GetPersonalMembers(nested))
                {
                    if (names.Contains(personal.Symbol.Name) && GetSource(personal.Symbol) is { } nestedSource && !sources.Contains(nestedSource))
                    {
                        sources.Add(nestedSource);
                    }
                }
            }

            sources.AddRange(ToStringExposure(memberType, visited, depth + 1).Where(nested => !sources.Contains(nested)));
        }

        return sources.ToImmutable();
    }

    // Email.Length, Email.Count, nameof(Email): the name is mentioned, the data is not printed.
    private static bool IsNonIdentifyingRead(IdentifierNameSyntax name)
    {
        if (name.Parent is MemberAccessExpressionSyntax access && access.Expression == name
            && access.Name.Identifier.ValueText is "Length" or "Count" or "HasValue" or "GetHashCode")
        {
            return true;
        }

        return name.Ancestors().OfType<InvocationExpressionSyntax>().Any(invocation =>
            invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" }
            || (invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IsNullOrEmpty" or "IsNullOrWhiteSpace" }));
    }

    private static IMethodSymbol? FindToString(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            foreach (var member in current.GetMembers("ToString"))
            {
                if (member is IMethodSymbol { Parameters.Length: 0, IsStatic: false } method)
                {
                    return method;
                }
            }
        }

        return null;
    }

    private static bool IsGenerated(IMethodSymbol method) =>
        method.IsImplicitlyDeclared
        || method.GetAttributes().Any(attribute => attribute.AttributeClass?.Name == "CompilerGeneratedAttribute");

    // The instance state of a type and its bases, as the model counts it, each name once (most derived first).
    private static IEnumerable<ISymbol> InstanceData(INamedTypeSymbol type)
    {
        var seen = new HashSet<string>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                var isData = !member.IsStatic
                    && member switch
                    {
                        IFieldSymbol field => !field.IsConst && !field.IsImplicitlyDeclared,
                        IPropertySymbol property => !property.IsIndexer && property.Name != "EqualityContract",
                        _ => false,
                    };
                if (isData && seen.Add(member.Name))
                {
                    yield return member;
                }
            }
        }
    }
}
