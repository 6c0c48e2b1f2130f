namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>
/// Test sources for the storage and sharing rules (PII0002, PII0005): a personal type, and minimal stubs of EF Core,
/// ASP.NET Core cookies and session, the distributed and memory caches, StackExchange.Redis, Microsoft.Data.SqlClient and
/// Dapper, in their real namespaces and with their real signatures (the packages are not referenced: the analyzers match
/// them by metadata name). System.IO, System.Text.Json, System.Data and System.Net.Http come from the framework.
/// </summary>
internal static class StorageTestSources
{
    public const string Account = """
        using PiiAnalyzers;

        public class Account
        {
            public int Id { get; set; }

            public string Notes { get; set; } = "";

            [PersonalData(DataCategories.Contact.Email)]
            public string Email { get; set; } = "";

            [PersonalData(DataCategories.Identity.NationalId)]
            public string IdCardNumber { get; set; } = "";

            [PersonalData(DataCategories.Health.Medical)]
            [EncryptedAtRest]
            public string MedicalNotes { get; set; } = "";

            [PersonalData(DataCategories.Contact.Phone)]
            [SharedWith("SF Express", Purpose = "Parcel delivery")]
            public string Phone { get; set; } = "";

            [PersonalData(DataCategories.Financial.BankAccount)]
            [SharedWith("PayCo")]
            public string BankCard { get; set; } = "";
        }
        """;

    public const string EntityFrameworkCore = """
        #nullable enable
        namespace Microsoft.EntityFrameworkCore
        {
            using System;
            using Microsoft.EntityFrameworkCore.Metadata.Builders;

            public class DbContext : IDisposable
            {
                public DbContext() { }
                public virtual DbSet<TEntity> Set<TEntity>() where TEntity : class => null!;
                // protected internal in EF Core; protected here, as a user's override in another assembly sees it.
                protected virtual void OnModelCreating(ModelBuilder modelBuilder) { }
                public virtual int SaveChanges() => 0;
                public virtual void Dispose() { }
            }

            public abstract class DbSet<TEntity> where TEntity : class
            {
            }

            public class ModelBuilder
            {
                public virtual EntityTypeBuilder<TEntity> Entity<TEntity>() where TEntity : class => null!;
                public virtual ModelBuilder Entity<TEntity>(Action<EntityTypeBuilder<TEntity>> buildAction) where TEntity : class => this;
                public virtual ModelBuilder ApplyConfiguration<TEntity>(IEntityTypeConfiguration<TEntity> configuration) where TEntity : class => this;
                public virtual ModelBuilder ApplyConfigurationsFromAssembly(System.Reflection.Assembly assembly, Func<Type, bool>? predicate = null) => this;
            }

            public interface IEntityTypeConfiguration<TEntity> where TEntity : class
            {
                void Configure(EntityTypeBuilder<TEntity> builder);
            }
        }

        namespace Microsoft.EntityFrameworkCore.Metadata.Builders
        {
            using System;
            using System.Linq.Expressions;
            using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

            public class EntityTypeBuilder
            {
                public virtual PropertyBuilder Property(string propertyName) => null!;
                public virtual EntityTypeBuilder Ignore(string propertyName) => this;
            }

            public class EntityTypeBuilder<TEntity> : EntityTypeBuilder where TEntity : class
            {
                public virtual PropertyBuilder<TProperty> Property<TProperty>(Expression<Func<TEntity, TProperty>> propertyExpression) => null!;
                public virtual PropertyBuilder<TProperty> Property<TProperty>(string propertyName) => null!;
                public virtual EntityTypeBuilder<TEntity> Ignore(Expression<Func<TEntity, object?>> propertyExpression) => this;
                public new virtual EntityTypeBuilder<TEntity> Ignore(string propertyName) => this;
                public virtual EntityTypeBuilder<TEntity> HasKey(Expression<Func<TEntity, object?>> keyExpression) => this;
                public virtual EntityTypeBuilder<TEntity> OwnsOne<TDependent>(Expression<Func<TEntity, TDependent?>> navigationExpression, Action<OwnedNavigationBuilder<TEntity, TDependent>> buildAction) where TDependent : class => this;
            }

            public class OwnedNavigationBuilder
            {
                public virtual PropertyBuilder Property(string propertyName) => null!;
                public virtual OwnedNavigationBuilder Ignore(string propertyName) => this;
            }

            public class OwnedNavigationBuilder<TOwnerEntity, TDependentEntity> : OwnedNavigationBuilder where TOwnerEntity : class where TDependentEntity : class
            {
                public virtual PropertyBuilder<TProperty> Property<TProperty>(Expression<Func<TDependentEntity, TProperty>> propertyExpression) => null!;
                public virtual PropertyBuilder<TProperty> Property<TProperty>(string propertyName) => null!;
                public virtual OwnedNavigationBuilder<TOwnerEntity, TDependentEntity> Ignore(Expression<Func<TDependentEntity, object?>> propertyExpression) => this;
            }

            public class PropertyBuilder
            {
                public virtual PropertyBuilder IsRequired(bool required = true) => this;
                public virtual PropertyBuilder HasMaxLength(int maxLength) => this;
                public virtual PropertyBuilder HasConversion<TConversion>() => this;
                public virtual PropertyBuilder HasConversion(Type? conversionType) => this;
                public virtual PropertyBuilder HasConversion(ValueConverter? converter) => this;
            }

            public class PropertyBuilder<TProperty> : PropertyBuilder
            {
                public new virtual PropertyBuilder<TProperty> IsRequired(bool required = true) => this;
                public new virtual PropertyBuilder<TProperty> HasMaxLength(int maxLength) => this;
                public new virtual PropertyBuilder<TProperty> HasConversion<TConversion>() => this;
                public new virtual PropertyBuilder<TProperty> HasConversion(Type? conversionType) => this;
                public new virtual PropertyBuilder<TProperty> HasConversion(ValueConverter? converter) => this;
                public virtual PropertyBuilder<TProperty> HasConversion<TProvider>(
                    Expression<Func<TProperty, TProvider>> convertToProviderExpression,
                    Expression<Func<TProvider, TProperty>> convertFromProviderExpression) => this;
            }
        }

        namespace Microsoft.EntityFrameworkCore.Storage.ValueConversion
        {
            using System;
            using System.Linq.Expressions;

            public abstract class ValueConverter
            {
            }

            public class ValueConverter<TModel, TProvider> : ValueConverter
            {
                public ValueConverter(Expression<Func<TModel, TProvider>> convertToProviderExpression, Expression<Func<TProvider, TModel>> convertFromProviderExpression) { }
            }
        }
        """;

    public const string AspNetCoreHttp = """
        #nullable enable
        namespace Microsoft.AspNetCore.Http
        {
            using System;

            public class CookieOptions
            {
                public bool HttpOnly { get; set; }
                public bool Secure { get; set; }
            }

            public interface IResponseCookies
            {
                void Append(string key, string value);
                void Append(string key, string value, CookieOptions options);
                void Delete(string key);
            }

            public interface ISession
            {
                bool IsAvailable { get; }
                string Id { get; }
                void Set(string key, byte[] value);
                bool TryGetValue(string key, out byte[]? value);
                void Remove(string key);
            }

            public static class SessionExtensions
            {
                public static void SetInt32(this ISession session, string key, int value) { }
                public static void SetString(this ISession session, string key, string value) { }
                public static string? GetString(this ISession session, string key) => null;
            }

            public abstract class HttpResponse
            {
                public abstract IResponseCookies Cookies { get; }
            }

            public abstract class HttpContext
            {
                public abstract HttpResponse Response { get; }
                public abstract ISession Session { get; set; }
            }
        }
        """;

    public const string Caching = """
        #nullable enable
        namespace Microsoft.Extensions.Caching.Distributed
        {
            using System.Threading;
            using System.Threading.Tasks;

            public class DistributedCacheEntryOptions
            {
            }

            public interface IDistributedCache
            {
                byte[]? Get(string key);
                void Set(string key, byte[] value, DistributedCacheEntryOptions options);
                Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default);
                void Remove(string key);
            }

            public static class DistributedCacheExtensions
            {
                public static void Set(this IDistributedCache cache, string key, byte[] value) { }
                public static void SetString(this IDistributedCache cache, string key, string value) { }
                public static void SetString(this IDistributedCache cache, string key, string value, DistributedCacheEntryOptions options) { }
                public static Task SetStringAsync(this IDistributedCache cache, string key, string value, CancellationToken token = default) => Task.CompletedTask;
                public static string? GetString(this IDistributedCache cache, string key) => null;
            }
        }

        namespace Microsoft.Extensions.Caching.Memory
        {
            public interface IMemoryCache
            {
                bool TryGetValue(object key, out object? value);
                void Remove(object key);
            }

            public static class CacheExtensions
            {
                public static TItem Set<TItem>(this IMemoryCache cache, object key, TItem value) => value;
            }
        }
        """;

    public const string Redis = """
        namespace StackExchange.Redis
        {
            using System;
            using System.Threading.Tasks;

            public enum When { Always, Exists, NotExists }

            [Flags]
            public enum CommandFlags { None = 0 }

            public readonly struct RedisKey
            {
                public static implicit operator RedisKey(string key) => default;
            }

            public readonly struct RedisValue
            {
                public static implicit operator RedisValue(string value) => default;
                public static implicit operator RedisValue(byte[] value) => default;
                public static implicit operator RedisValue(int value) => default;
            }

            public readonly struct HashEntry
            {
                public HashEntry(RedisValue name, RedisValue value) { }
            }

            public interface IDatabaseAsync
            {
                Task<bool> StringSetAsync(RedisKey key, RedisValue value, TimeSpan? expiry = null, When when = When.Always, CommandFlags flags = CommandFlags.None);
                Task HashSetAsync(RedisKey key, HashEntry[] hashFields, CommandFlags flags = CommandFlags.None);
            }

            public interface IDatabase : IDatabaseAsync
            {
                bool StringSet(RedisKey key, RedisValue value, TimeSpan? expiry = null, When when = When.Always, CommandFlags flags = CommandFlags.None);
                RedisValue StringGet(RedisKey key, CommandFlags flags = CommandFlags.None);
                bool HashSet(RedisKey key, RedisValue hashField, RedisValue value, When when = When.Always, CommandFlags flags = CommandFlags.None);
                void HashSet(RedisKey key, HashEntry[] hashFields, CommandFlags flags = CommandFlags.None);
                long ListLeftPush(RedisKey key, RedisValue value, When when = When.Always, CommandFlags flags = CommandFlags.None);
                long ListRightPush(RedisKey key, RedisValue[] values, CommandFlags flags = CommandFlags.None);
            }
        }
        """;

    public const string SqlClientAndDapper = """
        #nullable enable
        namespace Microsoft.Data.SqlClient
        {
            using System.Data;
            using System.Data.Common;
            using System.Diagnostics.CodeAnalysis;

            public sealed class SqlParameter : DbParameter
            {
                public SqlParameter() { }
                public SqlParameter(string parameterName, object value) { ParameterName = parameterName; Value = value; }
                public SqlParameter(string parameterName, SqlDbType dbType) { ParameterName = parameterName; }
                public override DbType DbType { get; set; }
                public override ParameterDirection Direction { get; set; }
                public override bool IsNullable { get; set; }
                [AllowNull]
                public override string ParameterName { get; set; } = "";
                public override int Size { get; set; }
                [AllowNull]
                public override string SourceColumn { get; set; } = "";
                public override bool SourceColumnNullMapping { get; set; }
                public override object? Value { get; set; }
                public override void ResetDbType() { }
            }

            public abstract class SqlParameterCollection : DbParameterCollection
            {
                public SqlParameter AddWithValue(string parameterName, object value) => new SqlParameter(parameterName, value);
            }
        }

        namespace Dapper
        {
            using System.Collections.Generic;
            using System.Data;
            using System.Threading.Tasks;

            public static class SqlMapper
            {
                public static int Execute(this IDbConnection cnn, string sql, object? param = null, IDbTransaction? transaction = null, int? commandTimeout = null, CommandType? commandType = null) => 0;
                public static Task<int> ExecuteAsync(this IDbConnection cnn, string sql, object? param = null, IDbTransaction? transaction = null, int? commandTimeout = null, CommandType? commandType = null) => Task.FromResult(0);
                public static IEnumerable<T> Query<T>(this IDbConnection cnn, string sql, object? param = null, IDbTransaction? transaction = null, bool buffered = true, int? commandTimeout = null, CommandType? commandType = null) => new List<T>();
            }
        }
        """;
}
