namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// A stand-in for the part of EF Core that PII0002 reads a model from (<c>DbContext</c>, <c>DbSet&lt;T&gt;</c>,
/// <c>ModelBuilder</c>, <c>IEntityTypeConfiguration&lt;T&gt;</c>, the entity, owned-navigation and property builders,
/// <c>ValueConverter&lt;TModel, TProvider&gt;</c>) and the query extensions a DbContext's users call, declared under
/// EF Core's metadata names. Only signatures: enough for the model's configuration to bind as in a build.
/// </summary>
internal static class EntityFrameworkCoreStandIn
{
    /// <summary>The namespace whose mention in a folder's files calls for the stand-in.</summary>
    public const string Namespace = "Microsoft.EntityFrameworkCore";

    /// <summary>The type whose absence calls for it.</summary>
    public const string MetadataName = "Microsoft.EntityFrameworkCore.DbContext";

    public const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Linq.Expressions;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore.Metadata.Builders;
        using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContextOptions { }

            public class DbContextOptions<TContext> : DbContextOptions where TContext : DbContext { }

            public class DbContextOptionsBuilder { }

            public class DbContext : IDisposable, IAsyncDisposable
            {
                protected DbContext() { }
                public DbContext(DbContextOptions options) { }
                public virtual DbSet<TEntity> Set<TEntity>() where TEntity : class => null!;
                protected internal virtual void OnConfiguring(DbContextOptionsBuilder optionsBuilder) { }
                protected internal virtual void OnModelCreating(ModelBuilder modelBuilder) { }
                public virtual int SaveChanges() => 0;
                public virtual Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);
                public virtual void Add(object entity) { }
                public virtual void Update(object entity) { }
                public virtual void Remove(object entity) { }
                public virtual void Dispose() { }
                public virtual ValueTask DisposeAsync() => default;
            }

            public abstract class DbSet<TEntity> : IQueryable<TEntity> where TEntity : class
            {
                public abstract Type ElementType { get; }
                public abstract Expression Expression { get; }
                public abstract IQueryProvider Provider { get; }
                public abstract IEnumerator<TEntity> GetEnumerator();
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
                public virtual void Add(TEntity entity) { }
                public virtual ValueTask AddAsync(TEntity entity, CancellationToken cancellationToken = default) => default;
                public virtual void AddRange(params TEntity[] entities) { }
                public virtual void Update(TEntity entity) { }
                public virtual void Remove(TEntity entity) { }
                public virtual void RemoveRange(params TEntity[] entities) { }
                public virtual TEntity? Find(params object?[]? keyValues) => null;
                public virtual ValueTask<TEntity?> FindAsync(params object?[]? keyValues) => default;
            }

            public interface IEntityTypeConfiguration<TEntity> where TEntity : class
            {
                void Configure(EntityTypeBuilder<TEntity> builder);
            }

            public class ModelBuilder
            {
                public virtual EntityTypeBuilder<TEntity> Entity<TEntity>() where TEntity : class => null!;
                public virtual ModelBuilder Entity<TEntity>(Action<EntityTypeBuilder<TEntity>> buildAction) where TEntity : class => this;
                public virtual ModelBuilder ApplyConfiguration<TEntity>(IEntityTypeConfiguration<TEntity> configuration) where TEntity : class => this;
                public virtual ModelBuilder ApplyConfigurationsFromAssembly(System.Reflection.Assembly assembly, Func<Type, bool>? predicate = null) => this;
                public virtual ModelBuilder HasDefaultSchema(string? schema) => this;
            }

            public static class EntityFrameworkQueryableExtensions
            {
                public static IQueryable<TEntity> AsNoTracking<TEntity>(this IQueryable<TEntity> source) where TEntity : class => source;
                public static IQueryable<TEntity> Include<TEntity, TProperty>(this IQueryable<TEntity> source, Expression<Func<TEntity, TProperty>> navigationPropertyPath) where TEntity : class => source;
                public static Task<List<TSource>> ToListAsync<TSource>(this IQueryable<TSource> source, CancellationToken cancellationToken = default) => null!;
                public static Task<TSource[]> ToArrayAsync<TSource>(this IQueryable<TSource> source, CancellationToken cancellationToken = default) => null!;
                public static Task<TSource?> FirstOrDefaultAsync<TSource>(this IQueryable<TSource> source, CancellationToken cancellationToken = default) => null!;
                public static Task<TSource?> FirstOrDefaultAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate, CancellationToken cancellationToken = default) => null!;
                public static Task<TSource?> SingleOrDefaultAsync<TSource>(this IQueryable<TSource> source, CancellationToken cancellationToken = default) => null!;
                public static Task<TSource?> SingleOrDefaultAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate, CancellationToken cancellationToken = default) => null!;
                public static Task<bool> AnyAsync<TSource>(this IQueryable<TSource> source, Expression<Func<TSource, bool>> predicate, CancellationToken cancellationToken = default) => null!;
                public static Task<int> CountAsync<TSource>(this IQueryable<TSource> source, CancellationToken cancellationToken = default) => null!;
            }

            public static class RelationalQueryableExtensions
            {
                public static Task<int> ExecuteDeleteAsync<TSource>(this IQueryable<TSource> source, CancellationToken cancellationToken = default) => null!;
            }
        }

        namespace Microsoft.EntityFrameworkCore.Metadata.Builders
        {
            public class EntityTypeBuilder { }

            public class EntityTypeBuilder<TEntity> : EntityTypeBuilder where TEntity : class
            {
                public virtual PropertyBuilder<TProperty> Property<TProperty>(Expression<Func<TEntity, TProperty>> propertyExpression) => null!;
                public virtual PropertyBuilder Property(string propertyName) => null!;
                public virtual EntityTypeBuilder<TEntity> Ignore(Expression<Func<TEntity, object?>> propertyExpression) => this;
                public virtual EntityTypeBuilder<TEntity> Ignore(string propertyName) => this;
                public virtual IndexBuilder<TEntity> HasIndex(Expression<Func<TEntity, object?>> indexExpression) => null!;
                public virtual EntityTypeBuilder<TEntity> HasKey(Expression<Func<TEntity, object?>> keyExpression) => this;
                public virtual EntityTypeBuilder<TEntity> ToTable(string? name) => this;
                public virtual EntityTypeBuilder<TEntity> HasData(params object[] data) => this;
                public virtual OwnedNavigationBuilder<TEntity, TDependent> OwnsOne<TDependent>(Expression<Func<TEntity, TDependent?>> navigationExpression) where TDependent : class => null!;
                public virtual EntityTypeBuilder<TEntity> OwnsOne<TDependent>(Expression<Func<TEntity, TDependent?>> navigationExpression, Action<OwnedNavigationBuilder<TEntity, TDependent>> buildAction) where TDependent : class => this;
                public virtual EntityTypeBuilder<TEntity> OwnsMany<TDependent>(Expression<Func<TEntity, IEnumerable<TDependent>?>> navigationExpression, Action<OwnedNavigationBuilder<TEntity, TDependent>> buildAction) where TDependent : class => this;
            }

            public class OwnedNavigationBuilder { }

            public class OwnedNavigationBuilder<TOwnerEntity, TDependentEntity> : OwnedNavigationBuilder where TOwnerEntity : class where TDependentEntity : class
            {
                public virtual PropertyBuilder<TProperty> Property<TProperty>(Expression<Func<TDependentEntity, TProperty>> propertyExpression) => null!;
                public virtual PropertyBuilder Property(string propertyName) => null!;
                public virtual OwnedNavigationBuilder<TOwnerEntity, TDependentEntity> Ignore(Expression<Func<TDependentEntity, object?>> propertyExpression) => this;
                public virtual OwnedNavigationBuilder<TOwnerEntity, TDependentEntity> Ignore(string propertyName) => this;
            }

            public class PropertyBuilder
            {
                public virtual PropertyBuilder HasConversion(ValueConverter? converter) => this;
                public virtual PropertyBuilder HasConversion(Type? conversionType) => this;
                public virtual PropertyBuilder HasConversion<TConversion>() => this;
                public virtual PropertyBuilder IsRequired(bool required = true) => this;
                public virtual PropertyBuilder HasMaxLength(int maxLength) => this;
                public virtual PropertyBuilder HasColumnName(string? name) => this;
            }

            public class PropertyBuilder<TProperty> : PropertyBuilder
            {
                public new virtual PropertyBuilder<TProperty> HasConversion(ValueConverter? converter) => this;
                public new virtual PropertyBuilder<TProperty> HasConversion(Type? conversionType) => this;
                public new virtual PropertyBuilder<TProperty> HasConversion<TConversion>() => this;
                public virtual PropertyBuilder<TProperty> HasConversion<TProvider>(Expression<Func<TProperty, TProvider>> convertToProviderExpression, Expression<Func<TProvider, TProperty>> convertFromProviderExpression) => this;
                public new virtual PropertyBuilder<TProperty> IsRequired(bool required = true) => this;
                public new virtual PropertyBuilder<TProperty> HasMaxLength(int maxLength) => this;
                public new virtual PropertyBuilder<TProperty> HasColumnName(string? name) => this;
            }

            public class IndexBuilder<T>
            {
                public virtual IndexBuilder<T> IsUnique(bool unique = true) => this;
            }
        }

        namespace Microsoft.EntityFrameworkCore.Storage.ValueConversion
        {
            public abstract class ValueConverter { }

            public class ValueConverter<TModel, TProvider> : ValueConverter
            {
                public ValueConverter(Expression<Func<TModel, TProvider>> convertToProviderExpression, Expression<Func<TProvider, TModel>> convertFromProviderExpression, object? mappingHints = null) { }
            }
        }
        """;
}
