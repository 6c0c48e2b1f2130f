using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// The overrides and interface implementations that the compilation's own types declare, by the method they override or
/// implement: where a virtual or interface call may land; and the types that implement each interface or derive from each
/// class: what a constrained type parameter may stand for. Built once per compilation, the first time a summary or a
/// value of a type parameter needs it.
/// </summary>
internal sealed class Implementations
{
    private readonly Dictionary<IMethodSymbol, List<IMethodSymbol>> _byMethod;
    private readonly Dictionary<string, List<INamedTypeSymbol>> _bySupertype;

    private Implementations(Dictionary<IMethodSymbol, List<IMethodSymbol>> byMethod, Dictionary<string, List<INamedTypeSymbol>> bySupertype)
    {
        _byMethod = byMethod;
        _bySupertype = bySupertype;
    }

    public static Implementations Build(Compilation compilation)
    {
        var byMethod = new Dictionary<IMethodSymbol, List<IMethodSymbol>>(SymbolEqualityComparer.Default);
        var bySupertype = new Dictionary<string, List<INamedTypeSymbol>>(StringComparer.Ordinal);
        foreach (var type in SourceTypes(compilation.Assembly.GlobalNamespace))
        {
            if (type.TypeKind is TypeKind.Class or TypeKind.Struct && !type.IsStatic)
            {
                foreach (var supertype in Supertypes(type))
                {
                    AddType(bySupertype, Key(supertype), type);
                }
            }

            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
                {
                    Add(byMethod, overridden.OriginalDefinition, method);
                }
            }

            foreach (var @interface in type.AllInterfaces)
            {
                foreach (var member in @interface.GetMembers().OfType<IMethodSymbol>())
                {
                    if (type.FindImplementationForInterfaceMember(member) is IMethodSymbol implementation
                        && SymbolEqualityComparer.Default.Equals(implementation.ContainingType.OriginalDefinition, type))
                    {
                        Add(byMethod, member.OriginalDefinition, implementation);
                    }
                }
            }
        }

        return new Implementations(byMethod, bySupertype);
    }

    /// <summary>The compilation's overrides and implementations of the method, in declaration order.</summary>
    public IEnumerable<IMethodSymbol> Of(IMethodSymbol method) =>
        _byMethod.TryGetValue(method.OriginalDefinition, out var list) ? list : Enumerable.Empty<IMethodSymbol>();

    /// <summary>
    /// The compilation's classes and structs a type parameter may stand for: those that satisfy every class or interface
    /// constraint it has, in declaration order (<c>TRequest : IRequest&lt;TResponse&gt;</c> is every request type of the
    /// compilation). None for a parameter without such a constraint, which could be anything.
    /// </summary>
    public IEnumerable<INamedTypeSymbol> Satisfying(ITypeParameterSymbol parameter)
    {
        var constraints = parameter.ConstraintTypes
            .OfType<INamedTypeSymbol>()
            .Where(constraint => constraint.SpecialType == SpecialType.None && constraint.TypeKind is TypeKind.Interface or TypeKind.Class or TypeKind.Error)
            .Select(Key)
            .ToList();
        if (constraints.Count == 0 || !_bySupertype.TryGetValue(constraints[0], out var candidates))
        {
            return Enumerable.Empty<INamedTypeSymbol>();
        }

        return candidates.Where(candidate => constraints.Skip(1).All(constraint => Supertypes(candidate).Any(supertype => Key(supertype) == constraint)));
    }

    // A supertype by its definition's name. A type the compilation cannot resolve (a package a folder scan has no
    // reference to: MediatR's IRequest<T>) is an error type, a new symbol at every use; its name still identifies it.
    private static string Key(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Error ? "?" + type.MetadataName : type.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    private static IEnumerable<INamedTypeSymbol> Supertypes(INamedTypeSymbol type)
    {
        for (var baseType = type.BaseType; baseType is { SpecialType: SpecialType.None }; baseType = baseType.BaseType)
        {
            yield return baseType;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            yield return @interface;
        }
    }

    private static void AddType(Dictionary<string, List<INamedTypeSymbol>> bySupertype, string key, INamedTypeSymbol type)
    {
        if (!bySupertype.TryGetValue(key, out var list))
        {
            bySupertype[key] = list = new List<INamedTypeSymbol>();
        }

        list.Add(type);
    }

    private static void Add(Dictionary<IMethodSymbol, List<IMethodSymbol>> byMethod, IMethodSymbol key, IMethodSymbol implementation)
    {
        if (!byMethod.TryGetValue(key, out var list))
        {
            byMethod[key] = list = new List<IMethodSymbol>();
        }

        if (!list.Contains(implementation.OriginalDefinition, SymbolEqualityComparer.Default))
        {
            list.Add(implementation.OriginalDefinition);
        }
    }

    private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceSymbol root)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    pending.Push(ns);
                }
                else if (member is INamedTypeSymbol type)
                {
                    yield return type;
                    pending.Push(type);
                }
            }
        }
    }
}
