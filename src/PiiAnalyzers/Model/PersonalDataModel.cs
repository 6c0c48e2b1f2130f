using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Options;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Model;

/// <summary>
/// Says what personal data a compilation's symbols hold. Built once per compilation and shared by every analyzer and
/// the generator, so diagnostics and the inventory always agree. Thread-safe: analyzers call it concurrently.
/// </summary>
public sealed class PersonalDataModel
{
    // Generic types can nest without end (class Node<T> { Node<Node<T>> Next; }): past this depth a type counts as holding nothing.
    private const int MaxTypeDepth = 12;

    private readonly Compilation _compilation;
    private readonly AnalyzerOptions? _options;
    private readonly ConcurrentDictionary<ISymbol, PersonalDataMember?> _members = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _typeContainsPersonalData = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _assemblyCanHoldMarkers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, ClassificationMap> _classificationMaps = new();

    private PersonalDataModel(Compilation compilation, AnalyzerOptions? options)
    {
        _compilation = compilation;
        _options = options;
        Markers = MarkerTypes.Resolve(compilation);
        CustomCategories = CustomCategoryDeclaration.Read(compilation.Assembly, Markers.PersonalDataCategory);

        var custom = CustomCategoryDeclaration.ValidCategories(CustomCategories).ToList();
        foreach (var referenced in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (ReferencesAssembly(referenced, MarkerTypes.AttributesAssemblyName))
            {
                custom.AddRange(CustomCategoryDeclaration.ValidCategories(CustomCategoryDeclaration.Read(referenced, Markers.PersonalDataCategory)));
            }
        }

        Taxonomy = CategoryTaxonomy.BuiltIn.WithCustomCategories(custom);
    }

    public MarkerTypes Markers { get; }

    /// <summary>The built-in categories and the custom ones this assembly and its references declare.</summary>
    public CategoryTaxonomy Taxonomy { get; }

    /// <summary>This assembly's own <c>[assembly: PersonalDataCategory]</c> declarations, valid or not.</summary>
    public ImmutableArray<CustomCategoryDeclaration> CustomCategories { get; }

    /// <param name="compilation">The compilation whose symbols the model answers for.</param>
    /// <param name="options">The analyzer options, for the <c>.editorconfig</c> classification map; null where there are none.</param>
    public static PersonalDataModel Create(Compilation compilation, AnalyzerOptions? options) => new(compilation, options);

    /// <summary>
    /// The personal data a field, property or parameter holds because it is marked, or null when it is not marked.
    /// A positional record property takes the markers of its parameter; an override, those of the member it overrides.
    /// </summary>
    public PersonalDataMember? GetMember(ISymbol symbol) =>
        symbol switch
        {
            IFieldSymbol { IsConst: false } or IPropertySymbol or IParameterSymbol => _members.GetOrAdd(symbol, ReadMember),
            _ => null,
        };

    /// <summary>Whether a symbol holds personal data: it is marked, or its type contains marked members.</summary>
    public bool HoldsPersonalData(ISymbol symbol)
    {
        if (GetMember(symbol) is not null)
        {
            return true;
        }

        var type = symbol switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            IParameterSymbol parameter => parameter.Type,
            ILocalSymbol local => local.Type,
            ITypeSymbol typeSymbol => typeSymbol,
            _ => null,
        };
        return type is not null && ContainsPersonalData(type);
    }

    /// <summary>
    /// Whether a value of this type carries personal data: an instance member (declared or inherited) is marked, or holds a
    /// type that does; arrays and generic types (<c>List&lt;Customer&gt;</c>) carry what their elements do.
    /// </summary>
    public bool ContainsPersonalData(ITypeSymbol type)
    {
        if (_typeContainsPersonalData.TryGetValue(type, out var known))
        {
            return known;
        }

        var inProgress = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var negatives = new List<ITypeSymbol>();
        var contains = Contains(type, inProgress, negatives, depth: 0);

        // A "no" reached while a cycle was cut short holds only if the type at the top of the cycle is a "no" too.
        if (!contains)
        {
            foreach (var negative in negatives)
            {
                _typeContainsPersonalData.TryAdd(negative, false);
            }
        }

        return contains;
    }

    /// <summary>The marked instance fields and properties of a type, its own and those it inherits, most derived first.</summary>
    public ImmutableArray<PersonalDataMember> GetPersonalMembers(ITypeSymbol type)
    {
        var members = ImmutableArray.CreateBuilder<PersonalDataMember>();
        var seenNames = new HashSet<string>();
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (!CanHoldMarkers(current.ContainingAssembly))
            {
                continue;
            }

            foreach (var candidate in current.GetMembers())
            {
                if (IsInstanceData(candidate) && seenNames.Add(candidate.Name) && GetMember(candidate) is { } member)
                {
                    members.Add(member);
                }
            }
        }

        return members.ToImmutable();
    }

    private bool Contains(ITypeSymbol type, HashSet<ITypeSymbol> inProgress, List<ITypeSymbol> negatives, int depth)
    {
        if (_typeContainsPersonalData.TryGetValue(type, out var known))
        {
            return known;
        }

        if (type is IArrayTypeSymbol array)
        {
            return Contains(array.ElementType, inProgress, negatives, depth + 1);
        }

        if (type is not INamedTypeSymbol named
            || named.SpecialType != SpecialType.None
            || named.TypeKind is TypeKind.Enum or TypeKind.Delegate or TypeKind.Error
            || depth > MaxTypeDepth
            || !inProgress.Add(named))
        {
            return false;
        }

        var contains = MembersContain(named, inProgress, negatives, depth)
            || named.TypeArguments.Any(argument => Contains(argument, inProgress, negatives, depth + 1));

        inProgress.Remove(named);
        if (contains)
        {
            _typeContainsPersonalData.TryAdd(named, true);
        }
        else
        {
            negatives.Add(named);
        }

        return contains;
    }

    private bool MembersContain(INamedTypeSymbol type, HashSet<ITypeSymbol> inProgress, List<ITypeSymbol> negatives, int depth)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (!CanHoldMarkers(current.ContainingAssembly))
            {
                continue;
            }

            foreach (var member in current.GetMembers())
            {
                if (!IsInstanceData(member))
                {
                    continue;
                }

                if (GetMember(member) is not null)
                {
                    return true;
                }

                var memberType = member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type;
                if (Contains(memberType, inProgress, negatives, depth + 1))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Instance state a value carries: fields the user declared and non-indexer properties.
    private static bool IsInstanceData(ISymbol member) =>
        !member.IsStatic
        && member switch
        {
            IFieldSymbol field => !field.IsConst && !field.IsImplicitlyDeclared,
            IPropertySymbol property => !property.IsIndexer,
            _ => false,
        };

    // Only the compilation's own code and assemblies that see a marker can carry a marker: the framework never does.
    private bool CanHoldMarkers(IAssemblySymbol? assembly)
    {
        if (assembly is null)
        {
            return false;
        }

        return _assemblyCanHoldMarkers.GetOrAdd(
            assembly,
            candidate => SymbolEqualityComparer.Default.Equals(candidate, _compilation.Assembly)
                || Markers.MarkerAssemblyNames.Contains(candidate.Identity.Name)
                || Markers.MarkerAssemblyNames.Any(name => ReferencesAssembly(candidate, name)));
    }

    private static bool ReferencesAssembly(IAssemblySymbol assembly, string name) =>
        assembly.Modules.Any(module => module.ReferencedAssemblies.Any(identity => identity.Name == name));

    private PersonalDataMember? ReadMember(ISymbol symbol)
    {
        var reader = new MarkerReader(Markers);
        foreach (var attribute in MarkerCandidates(symbol))
        {
            reader.Read(attribute);
        }

        if (reader.Kinds == PersonalDataMarkerKinds.None)
        {
            return null;
        }

        var category = reader.Category
            ?? (reader.Classification is { } classification && ClassificationMapFor(symbol).TryGetCategory(classification.ToDisplayString(), classification.Name, out var mapped)
                ? mapped
                : CategoryTaxonomy.UnspecifiedId);

        var isSensitive = reader.SensitiveAttribute
            || (reader.SensitiveArgument ?? (Taxonomy.TryGetCategory(category, out var known) && known.IsSensitive));

        RetentionRule? retention = null;
        if (reader.RetentionText is not null)
        {
            RetentionRule.TryParse(reader.RetentionText, out retention);
        }

        return new PersonalDataMember(
            symbol,
            reader.Kinds,
            category,
            isSensitive,
            reader.RetentionText,
            retention,
            reader.Purpose,
            reader.Recipients.ToImmutable(),
            reader.EncryptedAtRest,
            reader.Classification?.Name);
    }

    // The member's own attributes come first so that they win over inherited ones, as reflection's inherit: true does.
    private static IEnumerable<AttributeData> MarkerCandidates(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            yield return attribute;
        }

        if (symbol is not IPropertySymbol property)
        {
            yield break;
        }

        if (FindPositionalParameter(property) is { } parameter)
        {
            foreach (var attribute in parameter.GetAttributes())
            {
                yield return attribute;
            }
        }

        for (var overridden = property.OverriddenProperty; overridden is not null; overridden = overridden.OverriddenProperty)
        {
            foreach (var attribute in overridden.GetAttributes())
            {
                yield return attribute;
            }
        }
    }

    private ClassificationMap ClassificationMapFor(ISymbol symbol)
    {
        var tree = symbol.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree;
        if (tree is null)
        {
            return PiiOptions.ReadClassificationMap(_options, tree: null);
        }

        return _classificationMaps.GetOrAdd(tree, t => PiiOptions.ReadClassificationMap(_options, t));
    }

    // record Customer([PersonalData(...)] string Email): the attribute stays on the parameter, the property is synthesized from it.
    private static IParameterSymbol? FindPositionalParameter(IPropertySymbol property)
    {
        if (property.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var reference = property.DeclaringSyntaxReferences[0];
        if (reference.GetSyntax(CancellationToken.None) is not ParameterSyntax)
        {
            return null;
        }

        foreach (var constructor in property.ContainingType.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == property.Name
                    && parameter.DeclaringSyntaxReferences.Any(p => p.SyntaxTree == reference.SyntaxTree && p.Span == reference.Span))
                {
                    return parameter;
                }
            }
        }

        return null;
    }

    /// <summary>Collects what a member's attributes say, one attribute at a time.</summary>
    private sealed class MarkerReader
    {
        private readonly MarkerTypes _markers;

        public MarkerReader(MarkerTypes markers)
        {
            _markers = markers;
        }

        public PersonalDataMarkerKinds Kinds { get; private set; }

        public string? Category { get; private set; }

        public string? Purpose { get; private set; }

        public bool? SensitiveArgument { get; private set; }

        public bool SensitiveAttribute { get; private set; }

        public string? RetentionText { get; private set; }

        public bool EncryptedAtRest { get; private set; }

        public INamedTypeSymbol? Classification { get; private set; }

        public ImmutableArray<DataRecipient>.Builder Recipients { get; } = ImmutableArray.CreateBuilder<DataRecipient>();

        public void Read(AttributeData attribute)
        {
            var type = attribute.AttributeClass;
            if (type is null || type.TypeKind == TypeKind.Error)
            {
                return;
            }

            if (Is(type, _markers.PersonalData))
            {
                if ((Kinds & PersonalDataMarkerKinds.PersonalData) != 0)
                {
                    return;
                }

                Kinds |= PersonalDataMarkerKinds.PersonalData;
                Category = AttributeArguments.TryGetString(attribute, out var category) ? category ?? string.Empty : CategoryTaxonomy.UnspecifiedId;
                Purpose = AttributeArguments.GetNamedString(attribute, "Purpose");
                SensitiveArgument = AttributeArguments.GetNamedBool(attribute, "Sensitive");
            }
            else if (InheritsFrom(type, _markers.IdentityProtectedPersonalData))
            {
                Kinds |= PersonalDataMarkerKinds.IdentityProtectedPersonalData;
                EncryptedAtRest = true;
            }
            else if (InheritsFrom(type, _markers.IdentityPersonalData))
            {
                Kinds |= PersonalDataMarkerKinds.IdentityPersonalData;
            }
            else if (_markers.IsPersonalClassification(type))
            {
                Kinds |= PersonalDataMarkerKinds.DataClassification;
                Classification ??= type;
            }
            else if (Is(type, _markers.Sensitive))
            {
                SensitiveAttribute = true;
            }
            else if (Is(type, _markers.RetainUntil))
            {
                RetentionText ??= AttributeArguments.TryGetString(attribute, out var rule) ? rule ?? string.Empty : null;
            }
            else if (Is(type, _markers.SharedWith))
            {
                if (AttributeArguments.TryGetString(attribute, out var recipient)
                    && !string.IsNullOrWhiteSpace(recipient)
                    && !Recipients.Any(known => known.Name == recipient))
                {
                    Recipients.Add(new DataRecipient(recipient!, AttributeArguments.GetNamedString(attribute, "Purpose")));
                }
            }
            else if (Is(type, _markers.EncryptedAtRest))
            {
                EncryptedAtRest = true;
            }
        }

        private static bool Is(INamedTypeSymbol type, INamedTypeSymbol? marker) =>
            marker is not null && SymbolEqualityComparer.Default.Equals(type, marker);

        private static bool InheritsFrom(INamedTypeSymbol type, INamedTypeSymbol? marker)
        {
            if (marker is null)
            {
                return false;
            }

            for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, marker))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
