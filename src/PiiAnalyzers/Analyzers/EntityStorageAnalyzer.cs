using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// PII0002, in an EF Core model: a property of an entity type (a <c>DbSet&lt;T&gt;</c> property of a <c>DbContext</c>,
/// <c>modelBuilder.Entity&lt;T&gt;()</c> in it, or an <c>IEntityTypeConfiguration&lt;T&gt;</c> it applies, and the related
/// and owned types their navigations reach) that holds
/// personal data that must be encrypted, unless the property is <c>[EncryptedAtRest]</c> or <c>[ProtectedPersonalData]</c>,
/// converted with an encrypting value converter (<c>HasConversion</c>), ignored (<c>Ignore</c>, <c>[NotMapped]</c>), in
/// the DbContext or in a configuration class, or has no setter. Reported on the property, naming the DbContext, once per
/// DbContext that maps it.
/// </summary>
/// <remarks>
/// The DbContexts and the configuration classes are different symbols, analyzed in any order, so the model is complete
/// only at the end of the compilation, where the findings are reported.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EntityStorageAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.EntityPropertyStoredUnencrypted, DiagnosticDescriptors.EntityPropertyStoredUnencryptedInferred);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var tracker = LeakTracking.For(start.Compilation, start.Options).Tracker;
            var entityFramework = EntityFrameworkTypes.Resolve(start.Compilation, start.Options, tracker.Sanitizers, tracker.Model.Markers.EncryptedAtRest);
            if (entityFramework is null)
            {
                return;
            }

            var requirements = new EncryptionRequirements(start.Options);
            var dbContexts = new ConcurrentBag<DbContextModel>();
            var configurations = new ConfigurationClasses(entityFramework);
            start.RegisterSymbolStartAction(
                symbolStart =>
                {
                    var type = (INamedTypeSymbol)symbolStart.Symbol;
                    if (entityFramework.IsDbContext(type))
                    {
                        var dbContext = new DbContextModel(type, entityFramework, tracker, requirements);
                        dbContexts.Add(dbContext);
                        symbolStart.RegisterOperationAction(dbContext.AnalyzeInvocation, OperationKind.Invocation);
                    }
                    else if (entityFramework.ConfigurationEntity(type) is { } entity)
                    {
                        configurations.Add(entity);
                        symbolStart.RegisterOperationAction(configurations.AnalyzeInvocation, OperationKind.Invocation);
                    }
                },
                SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var dbContext in dbContexts)
                {
                    dbContext.Report(end, configurations);
                }
            });
        });
    }

    /// <summary>What the <c>IEntityTypeConfiguration&lt;T&gt;</c> classes of the compilation configure: their entity types, and the properties they ignore or convert with an encrypting converter.</summary>
    private sealed class ConfigurationClasses
    {
        private readonly EntityFrameworkTypes _entityFramework;

        public ConfigurationClasses(EntityFrameworkTypes entityFramework) => _entityFramework = entityFramework;

        public ConcurrentDictionary<ITypeSymbol, bool> Entities { get; } = new(SymbolEqualityComparer.Default);

        public ConcurrentDictionary<ISymbol, bool> Excluded { get; } = new(SymbolEqualityComparer.Default);

        public void Add(ITypeSymbol entity) => Entities.TryAdd(entity, true);

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            if (_entityFramework.ExcludedProperty((IInvocationOperation)context.Operation) is { } property)
            {
                Excluded.TryAdd(property, true);
            }
        }
    }

    /// <summary>
    /// What one DbContext maps: its entity types (also those of the configuration classes it applies), the properties it
    /// ignores and those it converts with an encrypting converter.
    /// </summary>
    private sealed class DbContextModel
    {
        private readonly INamedTypeSymbol _dbContext;
        private readonly EntityFrameworkTypes _entityFramework;
        private readonly PersonalDataTracker _tracker;
        private readonly EncryptionRequirements _requirements;
        private readonly ConcurrentDictionary<ITypeSymbol, bool> _entities = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, bool> _excluded = new(SymbolEqualityComparer.Default);
        private volatile bool _appliesEveryConfiguration;

        public DbContextModel(INamedTypeSymbol dbContext, EntityFrameworkTypes entityFramework, PersonalDataTracker tracker, EncryptionRequirements requirements)
        {
            _dbContext = dbContext;
            _entityFramework = entityFramework;
            _tracker = tracker;
            _requirements = requirements;

            for (var current = dbContext; current is not null && entityFramework.IsDbContext(current); current = current.BaseType)
            {
                foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
                {
                    if (entityFramework.DbSetEntity(property.Type) is { } entity)
                    {
                        _entities.TryAdd(entity, true);
                    }
                }
            }
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if ((_entityFramework.ConfiguredEntity(invocation) ?? _entityFramework.AppliedConfigurationEntity(invocation)) is { } entity)
            {
                _entities.TryAdd(entity, true);
            }
            else if (_entityFramework.AppliesConfigurationsFromAssembly(invocation))
            {
                _appliesEveryConfiguration = true;
            }
            else if (_entityFramework.ExcludedProperty(invocation) is { } property)
            {
                _excluded.TryAdd(property, true);
            }
        }

        public void Report(CompilationAnalysisContext context, ConfigurationClasses configurations)
        {
            bool IsExcluded(IPropertySymbol property) =>
                _excluded.ContainsKey(property.OriginalDefinition) || configurations.Excluded.ContainsKey(property.OriginalDefinition);

            var entities = _appliesEveryConfiguration ? _entities.Keys.Union(configurations.Entities.Keys, SymbolEqualityComparer.Default) : _entities.Keys;
            foreach (var entity in WithRelatedTypes(entities.OfType<INamedTypeSymbol>(), IsExcluded).Where(entity => entity.TypeKind is TypeKind.Class or TypeKind.Struct))
            {
                foreach (var member in _tracker.Model.GetPersonalMembers(entity))
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    if (member.Symbol is not IPropertySymbol { SetMethod: not null } property
                        || IsExcluded(property)
                        || _entityFramework.IsNotMapped(property)
                        || property.Locations.FirstOrDefault(location => location.IsInSource) is not { SourceTree: { } tree } location
                        || !_requirements.MustBeEncrypted(member, tree)
                        || _tracker.GetSource(property) is not { } source)
                    {
                        continue;
                    }

                    if (LeakDiagnostics.Create(
                        LeakRule.EntityStorage, location, ImmutableArray.Create(source), _tracker.Model.InferenceSettingsFor(tree), properties: null, _dbContext.Name) is { } diagnostic)
                    {
                        context.ReportDiagnostic(diagnostic);
                    }
                }
            }
        }

        // The entity types and every type their navigations reach, each once: EF Core maps related and owned types too.
        private IEnumerable<INamedTypeSymbol> WithRelatedTypes(IEnumerable<INamedTypeSymbol> entities, Func<IPropertySymbol, bool> isExcluded)
        {
            var mapped = new HashSet<INamedTypeSymbol>(entities, SymbolEqualityComparer.Default);
            var pending = new Queue<INamedTypeSymbol>(mapped);
            while (pending.Count > 0)
            {
                foreach (var related in _entityFramework.NavigationTargets(pending.Dequeue(), isExcluded))
                {
                    if (mapped.Add(related))
                    {
                        pending.Enqueue(related);
                    }
                }
            }

            return mapped;
        }
    }
}
