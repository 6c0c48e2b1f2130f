using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// The EF Core types PII0002 reads a model from, matched by metadata name so that EF Core is not referenced:
/// <c>DbContext</c>, <c>DbSet&lt;T&gt;</c>, <c>ModelBuilder.Entity&lt;T&gt;()</c>, <c>IEntityTypeConfiguration&lt;T&gt;</c>
/// and the <c>ModelBuilder.ApplyConfiguration…</c> methods that apply it, <c>EntityTypeBuilder.Property/Ignore</c>,
/// <c>PropertyBuilder.HasConversion</c>, and the value converters that encrypt (a type marked <c>[EncryptedAtRest]</c>,
/// one listed in <c>pii_encryptors</c>, or conversion expressions that call an encryptor). Resolved once per compilation.
/// </summary>
internal sealed class EntityFrameworkTypes
{
    private readonly INamedTypeSymbol _dbContext;
    private readonly INamedTypeSymbol? _dbSet;
    private readonly INamedTypeSymbol? _modelBuilder;
    private readonly INamedTypeSymbol? _entityTypeConfiguration;
    private readonly INamedTypeSymbol? _entityTypeBuilder;
    private readonly INamedTypeSymbol? _genericEntityTypeBuilder;
    private readonly INamedTypeSymbol? _ownedNavigationBuilder;
    private readonly INamedTypeSymbol? _genericOwnedNavigationBuilder;
    private readonly INamedTypeSymbol? _propertyBuilder;
    private readonly INamedTypeSymbol? _genericPropertyBuilder;
    private readonly INamedTypeSymbol? _notMapped;
    private readonly INamedTypeSymbol? _encryptedAtRest;
    private readonly Sanitizers _sanitizers;
    private readonly ConfiguredMethods _encryptors;

    private EntityFrameworkTypes(Compilation compilation, AnalyzerOptions options, INamedTypeSymbol dbContext, Sanitizers sanitizers, INamedTypeSymbol? encryptedAtRest)
    {
        _dbContext = dbContext;
        _dbSet = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbSet`1");
        _modelBuilder = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.ModelBuilder");
        _entityTypeConfiguration = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.IEntityTypeConfiguration`1");
        _entityTypeBuilder = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder");
        _genericEntityTypeBuilder = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder`1");
        _ownedNavigationBuilder = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.Metadata.Builders.OwnedNavigationBuilder");
        _genericOwnedNavigationBuilder = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.Metadata.Builders.OwnedNavigationBuilder`2");
        _propertyBuilder = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder");
        _genericPropertyBuilder = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder`1");
        _notMapped = compilation.GetTypeByMetadataName("System.ComponentModel.DataAnnotations.Schema.NotMappedAttribute");
        _encryptedAtRest = encryptedAtRest;
        _sanitizers = sanitizers;
        _encryptors = new ConfiguredMethods(compilation, options, PiiOptions.ReadEncryptors);
    }

    /// <summary>The types, or null when the compilation cannot see <c>Microsoft.EntityFrameworkCore.DbContext</c>.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="options">The analyzer options, for <c>pii_encryptors</c>.</param>
    /// <param name="sanitizers">The compilation's sanitizers: a conversion expression that calls one encrypts.</param>
    /// <param name="encryptedAtRest">The <c>[EncryptedAtRest]</c> attribute type, when visible.</param>
    public static EntityFrameworkTypes? Resolve(Compilation compilation, AnalyzerOptions options, Sanitizers sanitizers, INamedTypeSymbol? encryptedAtRest) =>
        compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext") is { } dbContext
            ? new EntityFrameworkTypes(compilation, options, dbContext, sanitizers, encryptedAtRest)
            : null;

    /// <summary>Whether the type is a user's DbContext: a class deriving from <c>DbContext</c>.</summary>
    public bool IsDbContext(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Class && !WellKnownTypes.Is(type, _dbContext) && WellKnownTypes.IsOrDerives(type, _dbContext);

    /// <summary>The <c>T</c> of a <c>DbSet&lt;T&gt;</c> property type, or null.</summary>
    public ITypeSymbol? DbSetEntity(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeArguments.Length: 1 } named && WellKnownTypes.Is(named, _dbSet) ? named.TypeArguments[0] : null;

    /// <summary>The <c>T</c> of <c>modelBuilder.Entity&lt;T&gt;()</c>, or null.</summary>
    public ITypeSymbol? ConfiguredEntity(IInvocationOperation invocation) =>
        invocation.TargetMethod is { Name: "Entity", TypeArguments.Length: 1 } method && WellKnownTypes.IsOrDerives(method.ContainingType, _modelBuilder)
            ? method.TypeArguments[0]
            : null;

    /// <summary>The <c>T</c> of <c>modelBuilder.ApplyConfiguration(new PatientConfiguration())</c> (an <c>IEntityTypeConfiguration&lt;T&gt;</c>), or null.</summary>
    public ITypeSymbol? AppliedConfigurationEntity(IInvocationOperation invocation) =>
        invocation.TargetMethod is { Name: "ApplyConfiguration", TypeArguments.Length: 1 } method && WellKnownTypes.IsOrDerives(method.ContainingType, _modelBuilder)
            ? method.TypeArguments[0]
            : null;

    /// <summary>
    /// Whether the invocation is <c>modelBuilder.ApplyConfigurationsFromAssembly(…)</c>, taken to apply every
    /// <c>IEntityTypeConfiguration&lt;T&gt;</c> of the compilation.
    /// </summary>
    public bool AppliesConfigurationsFromAssembly(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name == "ApplyConfigurationsFromAssembly" && WellKnownTypes.IsOrDerives(invocation.TargetMethod.ContainingType, _modelBuilder);

    /// <summary>The <c>T</c> a class configures by implementing <c>IEntityTypeConfiguration&lt;T&gt;</c>, or null.</summary>
    public ITypeSymbol? ConfigurationEntity(INamedTypeSymbol type)
    {
        if (_entityTypeConfiguration is null || type.TypeKind != TypeKind.Class)
        {
            return null;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (WellKnownTypes.Is(implemented, _entityTypeConfiguration) && implemented.TypeArguments.Length == 1)
            {
                return implemented.TypeArguments[0];
            }
        }

        return null;
    }

    /// <summary>
    /// The property an invocation keeps from being stored in clear: one it converts with an encrypting converter
    /// (<see cref="EncryptedByConversion"/>) or ignores (<see cref="IgnoredProperty"/>); null for any other invocation.
    /// </summary>
    public ISymbol? ExcludedProperty(IInvocationOperation invocation) => EncryptedByConversion(invocation) ?? IgnoredProperty(invocation);

    /// <summary>
    /// The types EF Core maps through an entity's navigations: by convention the class a public property refers to, or that
    /// a collection property holds, is mapped too (as an entity or an owned type), unless the property is
    /// <c>[NotMapped]</c> or <paramref name="isIgnored"/>. Only classes declared in source are followed: framework and
    /// package types are not the application's entities.
    /// </summary>
    public IEnumerable<INamedTypeSymbol> NavigationTargets(INamedTypeSymbol entity, Func<IPropertySymbol, bool> isIgnored)
    {
        for (var current = entity; current is not null; current = current.BaseType)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                if (property is { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null }
                    && !IsNotMapped(property)
                    && !isIgnored(property)
                    && (SourceClass(property.Type) ?? SourceClass(CollectionElement(property.Type))) is { } target)
                {
                    yield return target;
                }
            }
        }
    }

    /// <summary>Whether the property is kept out of the model with <c>[NotMapped]</c>.</summary>
    public bool IsNotMapped(IPropertySymbol property) =>
        _notMapped is not null && property.GetAttributes().Any(attribute => WellKnownTypes.Is(attribute.AttributeClass, _notMapped));

    /// <summary>The property <c>builder.Ignore(e =&gt; e.Email)</c> (or <c>Ignore("Email")</c>) keeps out of the model, or null.</summary>
    private ISymbol? IgnoredProperty(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name == "Ignore" && IsEntityTypeBuilder(invocation.TargetMethod.ContainingType)
            ? SelectedProperty(invocation)
            : null;

    /// <summary>
    /// The property that <c>builder.Property(e =&gt; e.IdCard)…HasConversion(converter)</c> converts with an encrypting
    /// converter, or null when the invocation is not such a call.
    /// </summary>
    private ISymbol? EncryptedByConversion(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.Name != "HasConversion" || !IsPropertyBuilder(method.ContainingType) || !IsEncryptingConversion(invocation))
        {
            return null;
        }

        // Walk back over the other PropertyBuilder calls of the chain to Property(…).
        for (var receiver = invocation.Instance; receiver is IInvocationOperation call; receiver = call.Instance)
        {
            if (call.TargetMethod.Name == "Property" && IsEntityTypeBuilder(call.TargetMethod.ContainingType))
            {
                return SelectedProperty(call);
            }

            if (!IsPropertyBuilder(call.TargetMethod.ContainingType))
            {
                return null;
            }
        }

        return null;
    }

    private bool IsEncryptingConversion(IInvocationOperation invocation)
    {
        var tree = invocation.Syntax.SyntaxTree;

        // HasConversion<EncryptingConverter>()
        if (invocation.TargetMethod.TypeArguments.Any(argument => IsEncryptingConverter(argument, tree)))
        {
            return true;
        }

        foreach (var argument in invocation.Arguments)
        {
            var value = argument.Value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : argument.Value;
            switch (value)
            {
                // HasConversion(typeof(EncryptingConverter))
                case ITypeOfOperation typeOf when IsEncryptingConverter(typeOf.TypeOperand, tree):
                    return true;

                // HasConversion(v => protector.Protect(v), v => protector.Unprotect(v)): the conversion to the store encrypts.
                case IDelegateCreationOperation or IAnonymousFunctionOperation when argument.Parameter?.Ordinal == 0:
                    if (value.DescendantsAndSelf().OfType<IInvocationOperation>().Any(call => _sanitizers.IsSanitizer(call.TargetMethod, tree)))
                    {
                        return true;
                    }

                    break;

                // HasConversion(new EncryptingConverter(…)), HasConversion(_converter)
                case { Type: { } type } when IsEncryptingConverter(type, tree):
                    return true;
            }
        }

        return false;
    }

    private bool IsEncryptingConverter(ITypeSymbol type, SyntaxTree tree)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (_encryptedAtRest is not null && current.GetAttributes().Any(attribute => WellKnownTypes.Is(attribute.AttributeClass, _encryptedAtRest)))
            {
                return true;
            }
        }

        var configured = _encryptors.For(tree);
        return !configured.IsEmpty && type.GetMembers().OfType<IMethodSymbol>().Any(configured.Contains);
    }

    // Property(e => e.Email), Property("Email"), Ignore(e => e.Email), Ignore("Email").
    private static ISymbol? SelectedProperty(IInvocationOperation invocation)
    {
        if (invocation.Arguments.FirstOrDefault()?.Value is not { } selector)
        {
            return null;
        }

        if (selector.ConstantValue is { HasValue: true, Value: string name })
        {
            // The type the builder builds: EntityTypeBuilder<TEntity>'s, OwnedNavigationBuilder<TOwner, TDependent>'s last.
            var entity = (invocation.Instance?.Type as INamedTypeSymbol)?.TypeArguments.LastOrDefault();
            for (var current = entity; current is not null; current = current.BaseType)
            {
                if (current.GetMembers(name).FirstOrDefault(member => member is IPropertySymbol or IFieldSymbol) is { } member)
                {
                    return member;
                }
            }

            return null;
        }

        return selector.DescendantsAndSelf().FirstOrDefault(operation => operation is IPropertyReferenceOperation or IFieldReferenceOperation) switch
        {
            IPropertyReferenceOperation property => property.Property.OriginalDefinition,
            IFieldReferenceOperation field => field.Field.OriginalDefinition,
            _ => null,
        };
    }

    private static INamedTypeSymbol? SourceClass(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class, SpecialType: SpecialType.None } named && named.Locations.Any(location => location.IsInSource)
            ? named
            : null;

    // The element of a generic collection type (List<T>, ICollection<T>, HashSet<T>...).
    private static ITypeSymbol? CollectionElement(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true } named ? WellKnownTypes.EnumerableElement(named) : null;

    // The builder of an entity type, or of an owned type (OwnsOne(c => c.Card, card => card.Property(...))).
    private bool IsEntityTypeBuilder(INamedTypeSymbol? type) =>
        WellKnownTypes.IsOrDerives(type, _entityTypeBuilder) || WellKnownTypes.IsOrDerives(type, _genericEntityTypeBuilder)
        || WellKnownTypes.IsOrDerives(type, _ownedNavigationBuilder) || WellKnownTypes.IsOrDerives(type, _genericOwnedNavigationBuilder);

    private bool IsPropertyBuilder(INamedTypeSymbol? type) =>
        WellKnownTypes.IsOrDerives(type, _propertyBuilder) || WellKnownTypes.IsOrDerives(type, _genericPropertyBuilder);
}
