using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
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
    // Generic types can grow without end (class Node<T> { Node<Node<T>> Next; }): a type written with more type names than
    // this (Dictionary<string, List<Customer>> has four) counts as holding nothing. The limit is on the type itself, not on
    // how far a walk has come, so the answer for a type does not depend on which type was asked about first.
    private const int MaxTypeSize = 16;

    private static readonly ConditionalWeakTable<Compilation, PersonalDataModel> SharedModels = new();
    private static readonly ConditionalWeakTable<PersonalDataModel, PersonalDataModel> SharedLeakModels = new();

    private readonly Compilation _compilation;
    private readonly AnalyzerOptions? _options;
    private readonly ConcurrentDictionary<ISymbol, PersonalDataMember?> _members = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _typeContainsPersonalData = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _assemblyCanHoldMarkers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, ClassificationMap> _classificationMaps = new();
    private readonly InferredPersonalData? _inference;

    private PersonalDataModel(Compilation compilation, AnalyzerOptions? options, InferredPersonalData? inference = null)
    {
        _compilation = compilation;
        _options = options;
        _inference = inference;
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
    /// The model of a compilation, shared by every analyzer that asks with the same options: each of them would otherwise
    /// read the same members and walk the same types again.
    /// </summary>
    /// <param name="compilation">The compilation whose symbols the model answers for.</param>
    /// <param name="options">The analyzer options, for the <c>.editorconfig</c> classification map; null where there are none.</param>
    public static PersonalDataModel GetOrCreate(Compilation compilation, AnalyzerOptions? options)
    {
        var shared = SharedModels.GetValue(compilation, key => new PersonalDataModel(key, options));

        // The IDE can analyze one compilation with changed .editorconfig options; the model read from other options is not that one.
        return ReferenceEquals(shared._options, options) ? shared : new PersonalDataModel(compilation, options);
    }

    /// <summary>
    /// The model the leak rules (PII0001–PII0005) use: the annotations of <see cref="GetOrCreate"/>, and members nothing marks
    /// that look like personal data with enough confidence (<see cref="PersonalDataOrigin.Inferred"/>), as the file's
    /// <c>pii_inference</c> settings allow. The inventory, the policy check and PII0006/PII0007 use annotations alone.
    /// </summary>
    /// <param name="compilation">The compilation whose symbols the model answers for.</param>
    /// <param name="options">The analyzer options; null where there are none.</param>
    public static PersonalDataModel GetOrCreateForLeaks(Compilation compilation, AnalyzerOptions? options)
    {
        var annotations = GetOrCreate(compilation, options);
        return SharedLeakModels.GetValue(annotations, key => new PersonalDataModel(
            compilation,
            options,
            new InferredPersonalData(Discovery.PersonalDataDiscovery.GetOrCreate(compilation, key, options), key, options)));
    }

    /// <summary>The inference settings in force for a file; the defaults for a model without inference.</summary>
    public InferenceOptions InferenceSettingsFor(SyntaxTree tree) => _inference?.SettingsFor(tree) ?? InferenceOptions.Default;

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

        // A walk over the types a value of this type reaches (instance members, array elements, type arguments), each type
        // visited once: cycles and shared types cost nothing, and no recursion means no stack to overflow. It remembers where
        // it came from, so on a "yes" the types on the way there are a "yes" too; on a "no", every type it visited is a "no".
        var cameFrom = new Dictionary<ITypeSymbol, ITypeSymbol?>(SymbolEqualityComparer.Default) { [type] = null };
        var pending = new Queue<ITypeSymbol>();
        pending.Enqueue(type);
        while (pending.Count > 0)
        {
            var current = pending.Dequeue();
            if (!HoldsMarkedMember(current, out var reached))
            {
                foreach (var next in reached)
                {
                    if (!cameFrom.ContainsKey(next))
                    {
                        cameFrom.Add(next, current);
                        pending.Enqueue(next);
                    }
                }

                continue;
            }

            for (ITypeSymbol? onTheWay = current; onTheWay is not null; onTheWay = cameFrom[onTheWay])
            {
                _typeContainsPersonalData.TryAdd(onTheWay, true);
            }

            return true;
        }

        foreach (var visited in cameFrom.Keys)
        {
            _typeContainsPersonalData.TryAdd(visited, false);
        }

        return false;
    }

    /// <summary>The marked instance fields and properties of a type, its own and those it inherits, most derived first.</summary>
    public ImmutableArray<PersonalDataMember> GetPersonalMembers(ITypeSymbol type)
    {
        var members = ImmutableArray.CreateBuilder<PersonalDataMember>();

        // An override and the properties it overrides are one value: only the most derived is listed. A member that hides
        // another with 'new' (or a private field of the same name) is a second value, and the hidden one is listed too.
        var overridden = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (!CanHoldMarkers(current.ContainingAssembly))
            {
                continue;
            }

            foreach (var candidate in current.GetMembers())
            {
                if (!IsInstanceData(candidate) || overridden.Contains(candidate))
                {
                    continue;
                }

                for (var property = (candidate as IPropertySymbol)?.OverriddenProperty; property is not null; property = property.OverriddenProperty)
                {
                    overridden.Add(property);
                }

                if (GetMember(candidate) is { } member)
                {
                    members.Add(member);
                }
            }
        }

        return members.ToImmutable();
    }

    // Whether a value of this type holds a marked member itself; when not, the types its members, elements and type
    // arguments could hold personal data through.
    private bool HoldsMarkedMember(ITypeSymbol type, out List<ITypeSymbol> reached)
    {
        reached = new List<ITypeSymbol>();
        if (_typeContainsPersonalData.TryGetValue(type, out var known))
        {
            return known;
        }

        if (type is IArrayTypeSymbol array)
        {
            if (!IsTooLarge(array))
            {
                reached.Add(array.ElementType);
            }

            return false;
        }

        if (type is not INamedTypeSymbol named
            || named.SpecialType != SpecialType.None
            || named.TypeKind is TypeKind.Enum or TypeKind.Delegate or TypeKind.Error
            || IsTooLarge(named))
        {
            return false;
        }

        for (ITypeSymbol? current = named; current is not null; current = current.BaseType)
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

                reached.Add(member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type);
            }

            foreach (var parameter in PrimaryConstructorParameters(current))
            {
                if (GetMember(parameter) is not null)
                {
                    return true;
                }

                reached.Add(parameter.Type);
            }
        }

        reached.AddRange(named.TypeArguments);
        return false;
    }

    /// <summary>
    /// The parameters of a class's or struct's primary constructor, empty when it has none. The compiler keeps those the
    /// type's code uses in fields that <c>GetMembers</c> does not list, so a value of the type holds them. A record's
    /// parameters are not included: they are its properties, which <c>GetMembers</c> lists.
    /// </summary>
    public static ImmutableArray<IParameterSymbol> PrimaryConstructorParameters(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsRecord: false, TypeKind: TypeKind.Class or TypeKind.Struct } named)
        {
            foreach (var constructor in named.InstanceConstructors)
            {
                if (constructor.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax() is TypeDeclarationSyntax))
                {
                    return constructor.Parameters;
                }
            }
        }

        return ImmutableArray<IParameterSymbol>.Empty;
    }

    private static bool IsTooLarge(ITypeSymbol type)
    {
        var budget = MaxTypeSize;
        return !FitsIn(type, ref budget);
    }

    // Counts the type names in a type (List<Customer> has two; an array counts as one more), giving up when the budget runs out.
    private static bool FitsIn(ITypeSymbol type, ref int budget)
    {
        if (--budget < 0)
        {
            return false;
        }

        if (type is IArrayTypeSymbol array)
        {
            return FitsIn(array.ElementType, ref budget);
        }

        for (var current = type as INamedTypeSymbol; current is not null; current = current.ContainingType)
        {
            foreach (var argument in current.TypeArguments)
            {
                if (!FitsIn(argument, ref budget))
                {
                    return false;
                }
            }
        }

        return true;
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
        // The reading is shared with the inventory generator (MemberMarkerReader), so that both see the same markers.
        if (MemberMarkerReader.Read(symbol, Markers) is not { } markers)
        {
            return _inference?.Infer(symbol);
        }

        var category = markers.Category is null && markers.ClassificationFullName is not null
            ? markers.ResolveCategory(ClassificationMapFor(symbol))
            : markers.ResolveCategory(ClassificationMap.Empty);
        var isSensitive = markers.ResolveSensitivity(category, Taxonomy);

        RetentionRule? retention = null;
        if (markers.RetentionText is not null)
        {
            RetentionRule.TryParse(markers.RetentionText, out retention);
        }

        return new PersonalDataMember(
            symbol,
            markers.Kinds,
            category,
            isSensitive,
            markers.RetentionText,
            retention,
            markers.Purpose,
            markers.Recipients,
            markers.EncryptedAtRest,
            markers.ClassificationName)
        {
            IsOptional = markers.Optional,
        };
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
}
