using System.Collections.Immutable;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PiiAnalyzers.Benchmarks.Workload;

/// <summary>
/// A generated C# project of a shop's kind, deterministic for a seed: entities with annotated members, services that log,
/// throw, store and send them, request records, a DbContext mapping the entities, and ordinary code with no personal data.
/// Two flavours: one the analyzers find nothing in ("clean"), one in which every rule has something to report ("issues").
/// </summary>
public static class SyntheticProject
{
    public const string PolicyPath = "/project/PRIVACY.md";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The framework and the attributes, as a user's project has them.</summary>
    public static ImmutableArray<MetadataReference> References { get; } = Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location))
        .ToImmutableArray();

    /// <summary>About <paramref name="fileCount"/> files: a quarter each of entities, services, records and other code.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(int fileCount, bool withIssues, int seed = 42)
    {
        var random = new Random(seed);
        var files = new List<(string, string)> { ("/project/Stubs.cs", Stubs) };
        var groups = Math.Max(1, (fileCount - 2) / 4);
        for (var i = 0; i < groups; i++)
        {
            files.Add(($"/project/Customers/Customer{i}.cs", Entity(i, withIssues, random)));
            files.Add(($"/project/Customers/Customer{i}Service.cs", Service(i, withIssues)));
            files.Add(($"/project/Api/Contact{i}.cs", Record(i)));
            files.Add(($"/project/Catalog/Product{i}.cs", Product(i, random)));
        }

        files.Add(("/project/ShopContext.cs", DbContext(groups)));
        return files;
    }

    /// <summary>The policy the project is checked against: it declares every category, or, with issues, forgets email.</summary>
    public static string Policy(bool withIssues) => $"""
        # 隐私政策

        ## 一、我们如何收集和使用您的个人信息

        注册时，我们会收集您的姓名、手机号码{(withIssues ? "" : "、电子邮箱")}和收货地址。实名认证时，我们会收集您的身份证号码。绑定银行卡时，我们会收集您的银行卡号。

        身份证号码和银行卡号属于敏感个人信息。

        ## 二、我们如何存储和保护您的个人信息

        我们对身份证号码和银行卡号进行加密存储。

        ## 三、我们如何共享您的个人信息

        我们将手机号码提供给顺丰速运有限公司（SF Express），用于配送；将银行卡号提供给 PayCo 支付有限公司（PayCo），用于支付。
        """;

    public static CSharpCompilation Compile(IEnumerable<(string Path, string Text)> files) =>
        CSharpCompilation.Create(
            "SyntheticShop",
            files.Select(file => CSharpSyntaxTree.ParseText(file.Text, ParseOptions, file.Path, Encoding.UTF8)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static CSharpParseOptions CSharpParseOptions => ParseOptions;

    private static string Entity(int i, bool withIssues, Random random)
    {
        var builder = new StringBuilder();
        builder.Append($$"""
            using PiiAnalyzers;

            namespace Shop.Customers;

            public sealed class Customer{{i}}
            {
                public int Key { get; set; }

                public string Sku { get; set; } = "";

                public System.DateTime CreatedAt { get; set; }

                [PersonalData({{(withIssues && i % 10 == 0 ? "\"profile.nmae\"" : "DataCategories.Profile.Name")}}, Purpose = "Addressing the customer")]
                [RetainUntil(RetentionEvents.AccountDeleted)]
                public string Name { get; set; } = "";

                [PersonalData(DataCategories.Contact.Phone, Purpose = "Delivery")]
                [SharedWith("SF Express", Purpose = "Parcel delivery")]
                public string Phone { get; set; } = "";

                [PersonalData(DataCategories.Contact.Email)]
                public string Email { get; set; } = "";

                [PersonalData(DataCategories.Identity.NationalId)]
            {{(withIssues ? "" : "    [EncryptedAtRest]\n")}}    public string IdCardNumber { get; set; } = "";

                [PersonalData(DataCategories.Contact.Address)]
                [RetainUntil("P{{30 + random.Next(300)}}D")]
                public string Address { get; set; } = "";

                [PersonalData(DataCategories.Financial.BankAccount)]
                [EncryptedAtRest]
                [SharedWith("PayCo", Purpose = "Payment")]
                public string CardNumber { get; set; } = "";

            """);
        if (withIssues)
        {
            builder.AppendLine("    public string MobilePhone { get; set; } = \"\";");
            builder.AppendLine();
        }

        builder.AppendLine($"    public decimal Balance {{ get; set; }} = {random.Next(1000)}m;");
        builder.AppendLine("}");
        return builder.ToString();
    }

    private static string Service(int i, bool withIssues) => $$"""
        using System;
        using System.IO;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using Shop.Api;

        namespace Shop.Customers;

        public sealed class Customer{{i}}Service
        {
            private readonly ILogger _logger;
            private readonly HttpClient _http;

            public Customer{{i}}Service(ILogger logger, HttpClient http)
            {
                _logger = logger;
                _http = http;
            }

            public async Task RegisterAsync(Customer{{i}} customer, Contact{{i}} contact, string folder)
            {
                _logger.LogInformation("Registering customer {Key}", {{(withIssues ? "customer.Phone" : "customer.Key")}});
                if (customer.Sku.Length == 0)
                {
                    throw new InvalidOperationException($"Customer {{{(withIssues ? "customer.Email" : "customer.Key")}}} has no SKU");
                }

                var line = customer.Key + ";" + {{(withIssues ? "customer.IdCardNumber" : "customer.Sku")}};
                File.WriteAllText(Path.Combine(folder, customer.Key + ".txt"), line);
                using var response = await _http.PostAsJsonAsync("https://courier.example/shipments", new { customer.Key, customer.Phone{{(withIssues ? ", customer.Email" : "")}} });
                var summary = {{(withIssues ? "$\"{contact}\"" : "contact.Note")}};
                _logger.LogDebug("Contact note {Summary}", summary);
                for (var attempt = 0; attempt < 3 && !response.IsSuccessStatusCode; attempt++)
                {
                    _logger.LogWarning("Retrying shipment for {Key}, attempt {Attempt}", customer.Key, attempt);
                }
            }

            public decimal Total(Customer{{i}}[] customers)
            {
                decimal total = 0;
                foreach (var customer in customers)
                {
                    total += customer.Balance > 0 ? customer.Balance : 0;
                }

                return total;
            }
        }
        """;

    private static string Record(int i) => $$"""
        using PiiAnalyzers;

        namespace Shop.Api;

        public sealed record Contact{{i}}(
            [PersonalData(DataCategories.Contact.Email)] string Email,
            [PersonalData(DataCategories.Profile.Name)] string Name,
            string Note);
        """;

    private static string Product(int i, Random random) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace Shop.Catalog;

        public sealed class Product{{i}}
        {
            private readonly List<decimal> _prices = new();

            public string Sku { get; init; } = "SKU-{{i}}";

            public string Title { get; set; } = "Product {{i}}";

            public int Stock { get; set; } = {{random.Next(500)}};

            public void AddPrice(decimal price)
            {
                if (price <= 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(price), price, "Prices are positive.");
                }

                _prices.Add(price);
            }

            public decimal Average() => _prices.Count == 0 ? 0 : _prices.Average();

            public string Describe() => Stock switch
            {
                0 => $"{Title} ({Sku}) is sold out",
                < 10 => $"{Title} ({Sku}): only {Stock} left",
                _ => $"{Title} ({Sku})",
            };

            public IEnumerable<decimal> Discounted(decimal rate) => _prices.Select(price => Math.Round(price * (1 - rate), 2)).Where(price => price > 0);
        }
        """;

    private static string DbContext(int groups)
    {
        var builder = new StringBuilder("""
            using Microsoft.EntityFrameworkCore;
            using Shop.Customers;

            namespace Shop;

            public sealed class ShopContext : DbContext
            {

            """);
        for (var i = 0; i < groups; i++)
        {
            builder.AppendLine($"    public DbSet<Customer{i}> Customers{i} => Set<Customer{i}>();");
        }

        builder.AppendLine("}");
        return builder.ToString();
    }

    /// <summary>Minimal Microsoft.Extensions.Logging and EF Core, in their namespaces (the analyzers match by metadata name).</summary>
    public const string Stubs = """
        #nullable enable
        namespace Microsoft.Extensions.Logging
        {
            using System;

            public enum LogLevel { Trace, Debug, Information, Warning, Error, Critical, None }

            public interface ILogger
            {
                void Log<TState>(LogLevel logLevel, int eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter);
            }

            public static class LoggerExtensions
            {
                public static void LogDebug(this ILogger logger, string? message, params object?[] args) { }
                public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
                public static void LogWarning(this ILogger logger, string? message, params object?[] args) { }
                public static void LogError(this ILogger logger, Exception? exception, string? message, params object?[] args) { }
            }
        }

        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext
            {
                public virtual DbSet<TEntity> Set<TEntity>() where TEntity : class => null!;
                public virtual int SaveChanges() => 0;
            }

            public abstract class DbSet<TEntity> where TEntity : class
            {
            }
        }
        """;
}
