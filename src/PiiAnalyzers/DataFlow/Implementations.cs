using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// The overrides and interface implementations that the compilation's own types declare, by the method they override or
/// implement: where a virtual or interface call may land. Built once per compilation, the first time a summary needs it.
/// </summary>
internal sealed class Implementations
{
    private readonly Dictionary<IMethodSymbol, List<IMethodSymbol>> _byMethod;

    private Implementations(Dictionary<IMethodSymbol, List<IMethodSymbol>> byMethod) => _byMethod = byMethod;

    public static Implementations Build(Compilation compilation)
    {
        var byMethod = new Dictionary<IMethodSymbol, List<IMethodSymbol>>(SymbolEqualityComparer.Default);
        foreach (var type in SourceTypes(compilation.Assembly.GlobalNamespace))
        {
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

        return new Implementations(byMethod);
    }

    /// <summary>The compilation's overrides and implementations of the method, in declaration order.</summary>
    public IEnumerable<IMethodSymbol> Of(IMethodSymbol method) =>
        _byMethod.TryGetValue(method.OriginalDefinition, out var list) ? list : Enumerable.Empty<IMethodSymbol>();

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
