using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// PII0002, in an EF Core model: a property of an entity type (a <c>DbSet&lt;T&gt;</c> property of a <c>DbContext</c>,
/// or <c>modelBuilder.Entity&lt;T&gt;()</c> in it) that holds personal data that must be encrypted, unless the property
/// is <c>[EncryptedAtRest]</c> or <c>[ProtectedPersonalData]</c>, converted with an encrypting value converter
/// (<c>HasConversion</c>), ignored (<c>Ignore</c>, <c>[NotMapped]</c>) or has no setter. Reported on the property,
/// naming the DbContext, once per DbContext that maps it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EntityStorageAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.EntityPropertyStoredUnencrypted);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var model = PersonalDataModel.GetOrCreate(start.Compilation, start.Options);
            if (!model.Markers.AnyMarkerVisible)
            {
                return;
            }

            var sanitizers = Sanitizers.Create(start.Compilation, start.Options);
            var entityFramework = EntityFrameworkTypes.Resolve(start.Compilation, start.Options, sanitizers, model.Markers.EncryptedAtRest);
            if (entityFramework is null)
            {
                return;
            }

            var tracker = PersonalDataTracker.Create(start.Compilation, model, sanitizers);
            var requirements = new EncryptionRequirements(start.Options);
            start.RegisterSymbolStartAction(
                symbolStart =>
                {
                    var type = (INamedTypeSymbol)symbolStart.Symbol;
                    if (!entityFramework.IsDbContext(type))
                    {
                        return;
                    }

                    var dbContext = new DbContextModel(type, entityFramework, tracker, requirements);
                    symbolStart.RegisterOperationAction(dbContext.AnalyzeInvocation, OperationKind.Invocation);
                    symbolStart.RegisterSymbolEndAction(dbContext.Report);
                },
                SymbolKind.NamedType);
        });
    }

    /// <summary>What one DbContext maps: its entity types, the properties it ignores and those it converts with an encrypting converter.</summary>
    private sealed class DbContextModel
    {
        private readonly INamedTypeSymbol _dbContext;
        private readonly EntityFrameworkTypes _entityFramework;
        private readonly PersonalDataTracker _tracker;
        private readonly EncryptionRequirements _requirements;
        private readonly ConcurrentDictionary<ITypeSymbol, bool> _entities = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, bool> _excluded = new(SymbolEqualityComparer.Default);

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
            if (_entityFramework.ConfiguredEntity(invocation) is { } entity)
            {
                _entities.TryAdd(entity, true);
            }
            else if ((_entityFramework.EncryptedByConversion(invocation) ?? _entityFramework.IgnoredProperty(invocation)) is { } property)
            {
                _excluded.TryAdd(property, true);
            }
        }

        public void Report(SymbolAnalysisContext context)
        {
            foreach (var entity in _entities.Keys.OfType<INamedTypeSymbol>().Where(entity => entity.TypeKind is TypeKind.Class or TypeKind.Struct))
            {
                foreach (var member in _tracker.Model.GetPersonalMembers(entity))
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    if (member.Symbol is not IPropertySymbol { SetMethod: not null } property
                        || _excluded.ContainsKey(property.OriginalDefinition)
                        || _entityFramework.IsNotMapped(property)
                        || property.Locations.FirstOrDefault(location => location.IsInSource) is not { SourceTree: { } tree } location
                        || !_requirements.MustBeEncrypted(member, tree)
                        || _tracker.GetSource(property) is not { } source)
                    {
                        continue;
                    }

                    context.ReportDiagnostic(LeakDiagnostics.Create(
                        DiagnosticDescriptors.EntityPropertyStoredUnencrypted, location, member.IsSensitive, properties: null, source.ToString(), _dbContext.Name));
                }
            }
        }
    }
}
