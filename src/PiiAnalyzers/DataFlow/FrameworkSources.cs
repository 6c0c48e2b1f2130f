using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Model;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// The rows of <see cref="FrameworkSourceTable"/> a compilation can use, resolved once: which property reads and calls give
/// personal data whatever the code around them is annotated with. Thread-safe.
/// </summary>
internal sealed class FrameworkSources
{
    // How much of a claim lookup's argument a diagnostic quotes.
    private const int MaxArgumentText = 60;

    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, string>> _properties = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, string>> _methods = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, HashSet<string>> _claimLookups = new(SymbolEqualityComparer.Default);
    private readonly CategoryTaxonomy _taxonomy;
    private readonly ConcurrentDictionary<string, PersonalDataMember> _claims = new();
    private readonly ConcurrentDictionary<IPropertySymbol, PersonalDataMember?> _propertyReads = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, PersonalDataMember?> _calls = new(SymbolEqualityComparer.Default);

    public FrameworkSources(Compilation compilation, CategoryTaxonomy taxonomy)
    {
        _taxonomy = taxonomy;
        foreach (var row in FrameworkSourceTable.Properties)
        {
            Add(compilation, _properties, row);
        }

        foreach (var row in FrameworkSourceTable.Methods)
        {
            Add(compilation, _methods, row);
        }

        foreach (var row in FrameworkSourceTable.ClaimLookups)
        {
            if (compilation.GetTypeByMetadataName(row.TypeMetadataName) is { } type)
            {
                if (!_claimLookups.TryGetValue(type, out var names))
                {
                    _claimLookups[type] = names = new HashSet<string>();
                }

                names.Add(row.MemberName);
            }
        }
    }

    /// <summary>The framework property read as personal data (<c>ConnectionInfo.RemoteIpAddress</c>), or null.</summary>
    public PersonalDataMember? ForProperty(IPropertySymbol property) =>
        _properties.Count == 0 ? null : _propertyReads.GetOrAdd(property, FindProperty);

    private PersonalDataMember? FindProperty(IPropertySymbol property)
    {
        // An override or an implementation of the listed property gives the same value (ClaimsIdentity.Name is IIdentity.Name).
        for (var current = property; current is not null; current = current.OverriddenProperty)
        {
            if (Lookup(_properties, current.ContainingType, current.Name) is { } category)
            {
                return FromFramework(current, category, $"{current.ContainingType.Name}.{current.Name}");
            }
        }

        foreach (var implemented in ImplementedInterfaceProperties(property))
        {
            if (Lookup(_properties, implemented.ContainingType, implemented.Name) is { } category)
            {
                return FromFramework(implemented, category, $"{implemented.ContainingType.Name}.{implemented.Name}");
            }
        }

        return null;
    }

    /// <summary>The call whose result is personal data (<c>UserManager.GetEmailAsync</c>, <c>FindFirst(ClaimTypes.Email)</c>), or null.</summary>
    public PersonalDataMember? ForInvocation(IInvocationOperation invocation) =>
        ForMethod(invocation.TargetMethod) ?? (IsClaimLookup(invocation.TargetMethod) ? ForClaimLookup(invocation) : null);

    /// <summary>The method whose result is personal data whatever its arguments (<c>UserManager.GetEmailAsync</c>), or null.</summary>
    public PersonalDataMember? ForMethod(IMethodSymbol method) =>
        _methods.Count > 0 ? _calls.GetOrAdd(method.OriginalDefinition, FindMethod) : null;

    private PersonalDataMember? FindMethod(IMethodSymbol method)
    {
        for (var current = method; current is not null; current = current.OverriddenMethod)
        {
            if (Lookup(_methods, current.ContainingType, current.Name) is { } category)
            {
                return FromFramework(current.OriginalDefinition, category, $"{current.ContainingType.Name}.{current.Name}");
            }
        }

        return null;
    }

    private bool IsClaimLookup(IMethodSymbol method) =>
        _claimLookups.Count > 0
        && method.ContainingType is { } type
        && _claimLookups.TryGetValue(type.OriginalDefinition, out var names)
        && names.Contains(method.Name);

    // FindFirst(ClaimTypes.Email), FindFirstValue("email"): the claim type is the first string argument, a constant.
    private PersonalDataMember? ForClaimLookup(IInvocationOperation invocation)
    {
        var claimType = invocation.Arguments
            .Where(argument => argument.Parameter?.Type.SpecialType == SpecialType.System_String)
            .Select(argument => argument.Value)
            .FirstOrDefault();
        if (claimType?.ConstantValue is not { HasValue: true, Value: string value }
            || !FrameworkSourceTable.ClaimTypes.TryGetValue(value, out var category))
        {
            return null;
        }

        var text = claimType.Syntax.ToString();
        if (text.Length > MaxArgumentText)
        {
            text = text.Substring(0, MaxArgumentText) + "…";
        }

        var displayName = $"{invocation.TargetMethod.Name}({text})";
        return _claims.GetOrAdd(displayName + "\n" + category, _ => FromFramework(invocation.TargetMethod.OriginalDefinition, category, displayName));
    }

    private PersonalDataMember FromFramework(ISymbol symbol, string category, string displayName) =>
        PersonalDataMember.FromFramework(symbol, category, _taxonomy.TryGetCategory(category, out var known) && known.IsSensitive, displayName);

    private static IEnumerable<IPropertySymbol> ImplementedInterfaceProperties(IPropertySymbol property)
    {
        var type = property.ContainingType;
        if (type is null)
        {
            yield break;
        }

        foreach (var candidate in type.AllInterfaces.SelectMany(face => face.GetMembers(property.Name)).OfType<IPropertySymbol>())
        {
            if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), property))
            {
                yield return candidate;
            }
        }
    }

    private static string? Lookup(Dictionary<INamedTypeSymbol, Dictionary<string, string>> table, INamedTypeSymbol? type, string name) =>
        type is not null && table.TryGetValue(type.OriginalDefinition, out var members) && members.TryGetValue(name, out var category) ? category : null;

    private static void Add(Compilation compilation, Dictionary<INamedTypeSymbol, Dictionary<string, string>> table, FrameworkSourceRow row)
    {
        if (row.Category is null || compilation.GetTypeByMetadataName(row.TypeMetadataName) is not { } type)
        {
            return;
        }

        if (!table.TryGetValue(type, out var members))
        {
            table[type] = members = new Dictionary<string, string>();
        }

        members[row.MemberName] = row.Category;
    }
}
