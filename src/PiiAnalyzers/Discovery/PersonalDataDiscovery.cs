using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Model;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.Discovery;

/// <summary>
/// Says whether an unannotated field, property or parameter looks like personal data, by its name
/// (<see cref="PersonalDataNameMatcher"/>) and its type (<see cref="PersonalTypes"/>), with the file's discovery settings and
/// what the code says is not personal (<c>[NotPersonalData]</c>, <c>[NoDataClassification]</c>, <c>pii_not_personal</c>).
/// One per compilation, shared by PII0006, which suggests annotations, and the leak rules, which infer personal data from
/// what it finds (see DataFlow/InferredPersonalData). Thread-safe.
/// </summary>
public sealed class PersonalDataDiscovery
{
    // Framework types that hold data as it is typed in, besides strings, numbers and source types.
    private static readonly ImmutableHashSet<string> DataTypeNames = ImmutableHashSet.Create(
        "System.DateTimeOffset",
        "System.DateOnly",
        "System.Guid",
        "System.Numerics.BigInteger",
        "System.Security.SecureString",
        "System.IO.Stream",
        "System.Memory`1",
        "System.ReadOnlyMemory`1");

    private static readonly ConditionalWeakTable<PersonalDataModel, PersonalDataDiscovery> Shared = new();

    private readonly PersonalDataModel _model;
    private readonly AnalyzerOptions? _options;
    private readonly Dictionary<INamedTypeSymbol, string> _personalTypes = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, string> _partyTypes = new(SymbolEqualityComparer.Default);
    private readonly INamedTypeSymbol? _attributeType;
    private readonly ImmutableArray<string> _categoryIds;
    private readonly ConcurrentDictionary<SyntaxTree, TreeSettings> _settings = new();
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _candidateContainers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<string, PersonalDataNameMatcher> _matchers = new();
    private readonly ConcurrentDictionary<ISymbol, DiscoveredPersonalData?> _found = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableHashSet<string>> _memberWords = new(SymbolEqualityComparer.Default);

    private PersonalDataDiscovery(Compilation compilation, PersonalDataModel model, AnalyzerOptions? options)
    {
        _model = model;
        _options = options;
        _attributeType = compilation.GetTypeByMetadataName("System.Attribute");
        _categoryIds = model.Taxonomy.Categories.Select(category => category.Id).ToImmutableArray();
        foreach (var pair in PersonalTypes.Categories)
        {
            if (compilation.GetTypeByMetadataName(pair.Key) is { } type)
            {
                _personalTypes[type] = pair.Value;
            }
        }

        foreach (var pair in PersonalTypes.PartyCategories)
        {
            if (compilation.GetTypeByMetadataName(pair.Key) is { } type)
            {
                _partyTypes[type] = pair.Value;
            }
        }
    }

    /// <summary>The discovery of the compilation whose annotation model this is, shared by every analyzer that asks.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="model">Its annotation model (<see cref="PersonalDataModel.GetOrCreate"/>): annotated members are not discovered.</param>
    /// <param name="options">The analyzer options, for the <c>.editorconfig</c> settings; null where there are none.</param>
    public static PersonalDataDiscovery GetOrCreate(Compilation compilation, PersonalDataModel model, AnalyzerOptions? options) =>
        Shared.GetValue(model, key => new PersonalDataDiscovery(compilation, key, options));

    /// <summary>
    /// What an unannotated field, property or method parameter declared in source looks like, or null when it does not look
    /// like personal data, is annotated, is declared not personal, or discovery is off or excludes it.
    /// </summary>
    public DiscoveredPersonalData? Discover(ISymbol member) =>
        member switch
        {
            IFieldSymbol or IPropertySymbol or IParameterSymbol => _found.GetOrAdd(member, Find),
            _ => null,
        };

    /// <summary>Whether discovery runs for a file (<c>pii_discovery</c>).</summary>
    public bool IsEnabled(SyntaxTree tree) => SettingsFor(tree).Options.Enabled;

    /// <summary>
    /// Whether the code says this member holds no personal data: <c>[NotPersonalData]</c> on it or its type,
    /// M.E.Compliance's <c>[NoDataClassification]</c> on it, or an entry of <c>pii_not_personal</c>.
    /// </summary>
    public bool IsDeclaredNotPersonal(ISymbol member, SyntaxTree tree)
    {
        var positional = PositionalCounterpart(member);
        if (HasNotPersonalAttribute(member)
            || (member.ContainingType is { } type && HasNotPersonalAttribute(type))
            || (positional is not null && HasNotPersonalAttribute(positional)))
        {
            return true;
        }

        var notPersonal = SettingsFor(tree).NotPersonal;
        return !notPersonal.IsEmpty && (notPersonal.Contains(member) || (positional is IPropertySymbol && notPersonal.Contains(positional)));
    }

    private DiscoveredPersonalData? Find(ISymbol member)
    {
        var owner = member is IParameterSymbol { ContainingSymbol: IMethodSymbol method } ? method.ContainingType : member.ContainingType;
        if (owner is null || !IsCandidate(member) || !IsCandidateContainer(owner))
        {
            return null;
        }

        var location = member.Locations.FirstOrDefault(candidate => candidate.IsInSource);
        if (location?.SourceTree is not { } tree)
        {
            return null;
        }

        var settings = SettingsFor(tree);
        if (!settings.Options.Enabled
            || (!settings.Options.ExcludedNamespaces.IsEmpty && settings.Options.IsExcluded(NamespaceOf(owner)))
            || _model.GetMember(member) is not null
            || IsDeclaredNotPersonal(member, tree))
        {
            return null;
        }

        // A parameter's method says nothing of whose the value is: EmailSender.Send(string email) gets a customer's email.
        var containerName = member is IParameterSymbol ? null : owner.Name;
        if (ValueTypes.Of(member) is not { } memberType)
        {
            return null;
        }

        var element = ElementType(memberType);
        if (element is INamedTypeSymbol named)
        {
            if (_personalTypes.TryGetValue(named, out var byType))
            {
                var typeConfidence = PersonalDataNameMatcher.AssessPersonalType(byType, member.Name, containerName);
                if (typeConfidence is null)
                {
                    return null;
                }

                // IPAddress ipAddress: a name that says the same as the type is as sure as the name alone.
                var byName = settings.Matcher.Assess(member.Name, containerName);
                var surest = byName is not null && byName.Term.CategoryId == byType && byName.Confidence > typeConfidence.Value
                    ? byName.Confidence
                    : typeConfidence.Value;
                return new DiscoveredPersonalData(byType, surest, DiscoveryEvidence.Type, named.Name);
            }

            if (_partyTypes.TryGetValue(named, out var byParty))
            {
                var partyConfidence = PersonalDataNameMatcher.AssessPartyType(byParty, member.Name, containerName);
                return partyConfidence is null ? null : new DiscoveredPersonalData(byParty, partyConfidence.Value, DiscoveryEvidence.Type, named.Name);
            }
        }

        // The other members of the type, or of a record for its positional parameters, say what the type is about.
        var siblingWords = member is IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: not MethodKind.Constructor } }
            ? ImmutableHashSet<string>.Empty
            : MemberWords(owner);
        var match = settings.Matcher.Assess(member.Name, containerName, siblingWords);
        if (match is null || !CanHold(memberType, element, match.Term.CategoryId))
        {
            return null;
        }

        var confidence = match.Confidence;
        if (IsKeyLike(match.Term, element))
        {
            // int DeviceId points at a row of a devices table; a Guid one may be an installation's id, or a key.
            if (element.SpecialType != SpecialType.None)
            {
                return null;
            }

            confidence = Cap(confidence, DiscoveryConfidence.Medium);
        }
        else if (element is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsGenericType: false } && element.Locations.Any(candidate => candidate.IsInSource))
        {
            // Order.ShippingAddress of the app's own Address type: the data is in that type's members, reported there. Not a
            // wrapper of the value (ValidatableObject<string> Password).
            confidence = Cap(confidence, DiscoveryConfidence.Medium);
        }

        return new DiscoveredPersonalData(match.Term.CategoryId, confidence, DiscoveryEvidence.Name, member.Name);
    }

    // The words of the names of the fields and properties a type declares: what its members are about (CardNumber: card).
    private ImmutableHashSet<string> MemberWords(INamedTypeSymbol type) =>
        _memberWords.GetOrAdd(type, t => t.GetMembers()
            .Where(candidate => candidate is IFieldSymbol or IPropertySymbol && candidate.CanBeReferencedByName)
            .SelectMany(candidate => NameSplitter.Split(candidate.Name))
            .ToImmutableHashSet());

    // An identifier category's …Id term (DeviceId, VisitorId) held in a number or a Guid.
    private static bool IsKeyLike(VocabularyTerm term, ITypeSymbol element) =>
        DiscoveryVocabulary.KeyLikeCategories.Contains(term.CategoryId)
        && term.Words.Length > 0
        && term.Words[term.Words.Length - 1] == "id"
        && (IsNumber(element.SpecialType) || (element is INamedTypeSymbol named && MetadataName(named) == "System.Guid"));

    private static bool IsNumber(SpecialType type) => type is >= SpecialType.System_SByte and <= SpecialType.System_Double;

    private static DiscoveryConfidence Cap(DiscoveryConfidence confidence, DiscoveryConfidence most) => confidence > most ? most : confidence;

    // A positional record's property and the parameter that declares it, each for the other: [NotPersonalData] on either,
    // or a P: entry for the property, holds for both.
    private static ISymbol? PositionalCounterpart(ISymbol member) =>
        member switch
        {
            IPropertySymbol { ContainingType.IsRecord: true } property when property.Locations.Length > 0 =>
                property.ContainingType.InstanceConstructors
                    .SelectMany(constructor => constructor.Parameters)
                    .FirstOrDefault(parameter => parameter.Name == property.Name && parameter.Locations.SequenceEqual(property.Locations)),
            IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType.IsRecord: true } constructor } parameter
                when parameter.Locations.Length > 0 =>
                constructor.ContainingType.GetMembers(parameter.Name)
                    .OfType<IPropertySymbol>()
                    .FirstOrDefault(property => property.Locations.SequenceEqual(parameter.Locations)),
            _ => null,
        };

    private bool HasNotPersonalAttribute(ISymbol symbol) =>
        symbol.GetAttributes().Any(attribute =>
            attribute.AttributeClass is { } type
            && ((_model.Markers.NotPersonalData is not null && SymbolEqualityComparer.Default.Equals(type, _model.Markers.NotPersonalData))
                || (_model.Markers.NoDataClassification is not null && SymbolEqualityComparer.Default.Equals(type, _model.Markers.NoDataClassification))));

    // Data a developer declared: not constants, configuration-like statics, compiler-generated members, indexers, overrides
    // (the member they override is reported) or explicit interface implementations (the interface member is). A parameter
    // of a method written in source that is not an override or an interface implementation (the base method's parameter is).
    private static bool IsCandidate(ISymbol symbol) =>
        symbol switch
        {
            IFieldSymbol field => !field.IsImplicitlyDeclared
                && field.CanBeReferencedByName
                && field.AssociatedSymbol is null
                && !field.IsConst
                && !(field.IsStatic && field.IsReadOnly),
            IPropertySymbol property => !property.IsImplicitlyDeclared
                && property.CanBeReferencedByName
                && !property.IsIndexer
                && !property.IsOverride
                && property.ExplicitInterfaceImplementations.IsEmpty
                && !(property.IsStatic && property.SetMethod is null),
            IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter => !parameter.IsImplicitlyDeclared
                && !parameter.IsThis
                && method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.LocalFunction
                && !method.IsOverride
                && method.ExplicitInterfaceImplementations.IsEmpty,
            _ => false,
        };

    // An anonymous type's or a tuple's member holds what it was given, which is followed where it was read.
    // Asked for every member; the name is split into words and the base types walked once per type.
    private bool IsCandidateContainer(INamedTypeSymbol type) =>
        _candidateContainers.GetOrAdd(type, owner =>
            !owner.IsImplicitlyDeclared
            && !owner.IsAnonymousType
            && !owner.IsTupleType
            && owner.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface
            && !PersonalDataNameMatcher.IsConfigurationType(owner.Name)
            && !WellKnownTypes.IsOrDerives(owner.BaseType, _attributeType));

    // Whether a value of this type can be the data the name suggests: text, numbers, dates, bytes, the developer's own
    // types. Not a bool (IsEmailConfirmed), a framework object (Uri, TimeSpan, a control) or a framework enum.
    private bool CanHold(ITypeSymbol declared, ITypeSymbol element, string categoryId)
    {
        if (declared is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte })
        {
            return true;
        }

        switch (element.SpecialType)
        {
            case SpecialType.System_Boolean:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
                return false;
            case SpecialType.System_String:
            case SpecialType.System_Char:
            case SpecialType.System_Object:
            case SpecialType.System_DateTime:
                return true;
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
                return !DiscoveryVocabulary.NonNumericCategories.Contains(categoryId);
        }

        if (element.TypeKind is TypeKind.Error or TypeKind.TypeParameter)
        {
            // Code that does not bind yet (or a folder compiled without its references): the name is all there is.
            return true;
        }

        if (element.TypeKind is TypeKind.Delegate or TypeKind.Pointer or TypeKind.FunctionPointer || element is not INamedTypeSymbol named)
        {
            return false;
        }

        var inSource = named.Locations.Any(location => location.IsInSource);
        if (named.TypeKind == TypeKind.Enum)
        {
            return inSource;
        }

        if (inSource)
        {
            // A type of the developer's own whose members are already marked: the data is annotated where it lives.
            return !_model.ContainsPersonalData(named);
        }

        return DataTypeNames.Contains(MetadataName(named));
    }

    private TreeSettings SettingsFor(SyntaxTree tree) =>
        _settings.GetOrAdd(tree, t =>
        {
            var options = PiiOptions.ReadDiscoveryOptions(_options, t, _categoryIds);
            var matcher = options.AddedTerms.IsEmpty
                ? PersonalDataNameMatcher.Default
                : _matchers.GetOrAdd(
                    string.Join("\n", options.AddedTerms.Select(term => term.CategoryId + "=" + term.Key)),
                    _ => PersonalDataNameMatcher.Default.WithTerms(options.AddedTerms));
            return new TreeSettings(options, matcher, PiiOptions.ReadNotPersonal(_options, t));
        });

    /// <summary>The type of a field, property or parameter.</summary>
    // string[] → string, int? → int, List<string> → string: the value the member holds one or many of.
    private static ITypeSymbol ElementType(ITypeSymbol type)
    {
        for (var depth = 0; depth < 4; depth++)
        {
            if (type is IArrayTypeSymbol array)
            {
                type = array.ElementType;
            }
            else if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
                && (generic.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T || WellKnownTypes.EnumerableElement(generic) is not null))
            {
                type = generic.TypeArguments[0];
            }
            else
            {
                break;
            }
        }

        return type;
    }

    private static string NamespaceOf(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty;

    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;

    private sealed class TreeSettings
    {
        public TreeSettings(DiscoveryOptions options, PersonalDataNameMatcher matcher, NotPersonalList notPersonal)
        {
            Options = options;
            Matcher = matcher;
            NotPersonal = notPersonal;
        }

        public DiscoveryOptions Options { get; }

        public PersonalDataNameMatcher Matcher { get; }

        public NotPersonalList NotPersonal { get; }
    }
}
