using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Discovery;
using PiiAnalyzers.Model;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// PII0006: a field, property or positional record parameter that looks like personal data, by its name
/// (<see cref="PersonalDataNameMatcher"/>) or its type (<see cref="PersonalTypes"/>), and that no recognized marker marks.
/// The suggested category travels to the code fix in the diagnostic's <see cref="CategoryProperty"/> property.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnannotatedPersonalDataAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property that holds the suggested category id.</summary>
    public const string CategoryProperty = "Category";

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

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnannotatedPersonalData);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var model = PersonalDataModel.GetOrCreate(start.Compilation, start.Options);

            // Without this package's [PersonalData] there is nothing to annotate with.
            if (model.Markers.PersonalData is null)
            {
                return;
            }

            var analyzer = new AnalyzerContext(start.Compilation, model, start.Options);
            start.RegisterSymbolAction(analyzer.AnalyzeMember, SymbolKind.Field, SymbolKind.Property);
        });
    }

    private sealed class AnalyzerContext
    {
        private readonly PersonalDataModel _model;
        private readonly AnalyzerOptions _options;
        private readonly Dictionary<INamedTypeSymbol, string> _personalTypes = new(SymbolEqualityComparer.Default);
        private readonly INamedTypeSymbol? _attributeType;
        private readonly ImmutableArray<string> _categoryIds;
        private readonly ConcurrentDictionary<SyntaxTree, TreeSettings> _settings = new();
        private readonly ConcurrentDictionary<string, PersonalDataNameMatcher> _matchers = new();

        public AnalyzerContext(Compilation compilation, PersonalDataModel model, AnalyzerOptions options)
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
        }

        public void AnalyzeMember(SymbolAnalysisContext context)
        {
            var symbol = context.Symbol;
            var containingType = symbol.ContainingType;
            if (containingType is null || !IsCandidate(symbol) || !IsCandidateContainer(containingType))
            {
                return;
            }

            var location = symbol.Locations.FirstOrDefault(candidate => candidate.IsInSource);
            if (location?.SourceTree is not { } tree)
            {
                return;
            }

            var settings = SettingsFor(tree);
            if (!settings.Options.Enabled
                || (!settings.Options.ExcludedNamespaces.IsEmpty && settings.Options.IsExcluded(NamespaceOf(containingType))))
            {
                return;
            }

            var memberType = symbol is IFieldSymbol field ? field.Type : ((IPropertySymbol)symbol).Type;
            var category = Suggest(symbol.Name, containingType.Name, memberType, settings.Matcher);
            if (category is null || _model.GetMember(symbol) is not null)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, category);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnannotatedPersonalData, location, properties, $"{containingType.Name}.{symbol.Name}", category));
        }

        // Data a developer declared: not constants, configuration-like statics, compiler-generated members, indexers, overrides
        // (the member they override is reported) or explicit interface implementations (the interface member is).
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
                _ => false,
            };

        private bool IsCandidateContainer(INamedTypeSymbol type) =>
            !type.IsImplicitlyDeclared
            && type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface
            && !PersonalDataNameMatcher.IsConfigurationType(type.Name)
            && !InheritsFrom(type, _attributeType);

        private string? Suggest(string memberName, string containerName, ITypeSymbol type, PersonalDataNameMatcher matcher)
        {
            var element = ElementType(type);
            if (element is INamedTypeSymbol named && _personalTypes.TryGetValue(named, out var byType))
            {
                return PersonalDataNameMatcher.AcceptsPersonalType(byType, memberName, containerName) ? byType : null;
            }

            var term = matcher.Match(memberName, containerName);
            return term is not null && CanHold(type, element, term.CategoryId) ? term.CategoryId : null;
        }

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
                return new TreeSettings(options, matcher);
            });

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

        private static bool InheritsFrom(INamedTypeSymbol type, INamedTypeSymbol? baseType)
        {
            if (baseType is null)
            {
                return false;
            }

            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        private static string NamespaceOf(INamedTypeSymbol type) =>
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty;

        private static string MetadataName(INamedTypeSymbol type) =>
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;
    }

    private sealed class TreeSettings
    {
        public TreeSettings(DiscoveryOptions options, PersonalDataNameMatcher matcher)
        {
            Options = options;
            Matcher = matcher;
        }

        public DiscoveryOptions Options { get; }

        public PersonalDataNameMatcher Matcher { get; }
    }
}
