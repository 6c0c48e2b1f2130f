using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = PiiAnalyzers.Tests.Analyzers.StorageVerifier<PiiAnalyzers.Analyzers.PersonalDataStorageAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

public class PersonalDataStorageAnalyzerTests
{
    private const string IdCard = "Account.IdCardNumber (identity.national-id)";
    private const string BankCard = "Account.BankCard (financial.bank-account)";
    private const string Email = "Account.Email (contact.email)";
    private const string WholeAccount = IdCard + ", " + BankCard;

    private static DiagnosticResult Stored(int location, string data, string sink, bool sensitive = true) =>
        Verify.Diagnostic(DiagnosticDescriptors.PersonalDataStoredUnencrypted, location, sensitive, data, sink);

    [Fact]
    public async Task Files_SensitiveValue_IsReportedAtTheValue_NamingMemberCategoryAndSink()
    {
        await Verify.VerifyAsync("""
            using System.IO;
            using System.Text;
            using System.Text.Json;
            using System.Threading.Tasks;

            public class Exporter
            {
                public async Task Run(Account account, string path)
                {
                    File.WriteAllText(path, {|#0:account.IdCardNumber|});
                    File.AppendAllLines(path, {|#1:new[] { "id: " + account.IdCardNumber }|});
                    File.WriteAllBytes(path, {|#2:Encoding.UTF8.GetBytes(account.IdCardNumber)|});
                    var json = JsonSerializer.Serialize(account);
                    await File.WriteAllTextAsync(path, {|#3:json|});

                    using var writer = new StreamWriter(path);
                    writer.WriteLine({|#4:account.IdCardNumber|});
                    writer.Write("{0}", {|#5:account.BankCard|});

                    using var stream = File.Create(path);
                    stream.Write({|#6:Encoding.UTF8.GetBytes(account.IdCardNumber)|});
                    JsonSerializer.Serialize(stream, {|#7:account|});
                }
            }
            """,
            Stored(0, IdCard, "File.WriteAllText"),
            Stored(1, IdCard, "File.AppendAllLines"),
            Stored(2, IdCard, "File.WriteAllBytes"),
            Stored(3, WholeAccount, "File.WriteAllTextAsync"),
            Stored(4, IdCard, "StreamWriter.WriteLine"),
            Stored(5, BankCard, "StreamWriter.Write"),
            Stored(6, IdCard, "FileStream.Write"),
            Stored(7, WholeAccount, "JsonSerializer.Serialize"));
    }

    [Fact]
    public async Task WritersAndStreamsThatAreNotFiles_AreNotReported()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.IO;
            using System.Text.Json;

            public class Exporter
            {
                public string Run(Account account)
                {
                    Console.Out.WriteLine(account.Email);
                    using var memory = new MemoryStream();
                    JsonSerializer.Serialize(memory, account);
                    using var text = new StringWriter();
                    text.Write(account.IdCardNumber);
                    return text.ToString();
                }
            }
            """);
    }

    [Fact]
    public async Task CookiesSessionAndDistributedCache_AreReported()
    {
        await Verify.VerifyAsync("""
            using System.Text;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Caching.Distributed;

            public class Controller
            {
                public async Task Run(HttpContext context, IDistributedCache cache, Account account)
                {
                    context.Response.Cookies.Append("id", {|#0:account.IdCardNumber|});
                    context.Response.Cookies.Append("id", {|#1:account.IdCardNumber|}, new CookieOptions { HttpOnly = true });
                    context.Session.SetString("id", {|#2:account.IdCardNumber|});
                    context.Session.Set("card", {|#3:Encoding.UTF8.GetBytes(account.BankCard)|});
                    cache.SetString("id", {|#4:account.IdCardNumber|});
                    await cache.SetStringAsync("id", {|#5:account.IdCardNumber|});
                    cache.Set("card", {|#6:Encoding.UTF8.GetBytes(account.BankCard)|}, new DistributedCacheEntryOptions());
                }
            }
            """,
            Stored(0, IdCard, "IResponseCookies.Append"),
            Stored(1, IdCard, "IResponseCookies.Append"),
            Stored(2, IdCard, "ISession.SetString"),
            Stored(3, BankCard, "ISession.Set"),
            Stored(4, IdCard, "IDistributedCache.SetString"),
            Stored(5, IdCard, "IDistributedCache.SetStringAsync"),
            Stored(6, BankCard, "IDistributedCache.Set"));
    }

    [Fact]
    public async Task MemoryCache_IsNotStorageAtRest()
    {
        await Verify.VerifyAsync("""
            using Microsoft.Extensions.Caching.Memory;

            public class Service
            {
                public void Run(IMemoryCache cache, Account account)
                {
                    cache.Set("id", account.IdCardNumber);
                    cache.Set(account.Id, account);
                }
            }
            """);
    }

    [Fact]
    public async Task Redis_Values_AreReported()
    {
        await Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using StackExchange.Redis;

            public class Service
            {
                public async Task Run(IDatabase db, Account account)
                {
                    db.StringSet("account:1", {|#0:account.IdCardNumber|});
                    db.HashSet("account:1", "id", {|#1:account.IdCardNumber|});
                    db.HashSet("account:1", {|#2:new[] { new HashEntry("card", account.BankCard), new HashEntry("id", account.Id) }|});
                    db.ListLeftPush("ids", {|#3:account.IdCardNumber|});
                    db.ListRightPush("ids", {|#4:new RedisValue[] { account.IdCardNumber }|});
                    await db.StringSetAsync("account:1", {|#5:account.IdCardNumber|});
                    db.StringSet("account:1:id", account.Id);
                }
            }
            """,
            Stored(0, IdCard, "IDatabase.StringSet"),
            Stored(1, IdCard, "IDatabase.HashSet"),
            Stored(2, BankCard, "IDatabase.HashSet"),
            Stored(3, IdCard, "IDatabase.ListLeftPush"),
            Stored(4, IdCard, "IDatabase.ListRightPush"),
            Stored(5, IdCard, "IDatabase.StringSetAsync"));
    }

    [Fact]
    public async Task AdoNetParameters_AreReported()
    {
        await Verify.VerifyAsync("""
            using System.Data;
            using System.Data.Common;
            using Microsoft.Data.SqlClient;

            public class Repository
            {
                public void Run(SqlParameterCollection parameters, DbParameter parameter, IDbDataParameter dataParameter, Account account)
                {
                    parameters.AddWithValue("@id", {|#0:account.IdCardNumber|});
                    parameters.Add(new SqlParameter("@id", {|#1:account.IdCardNumber|}));
                    parameters.Add(new SqlParameter("@card", SqlDbType.NVarChar) { Value = {|#2:account.BankCard|} });
                    parameter.Value = {|#3:account.IdCardNumber|};
                    dataParameter.Value = {|#4:account.IdCardNumber|};
                    parameters.AddWithValue("@accountId", account.Id);
                    parameters.AddWithValue("@notes", account.Notes);
                }
            }
            """,
            Stored(0, IdCard, "SqlParameterCollection.AddWithValue"),
            Stored(1, IdCard, "SqlParameter"),
            Stored(2, BankCard, "SqlParameter.Value"),
            Stored(3, IdCard, "DbParameter.Value"),
            Stored(4, IdCard, "IDbDataParameter.Value"));
    }

    [Fact]
    public async Task DapperParameterObjects_CarryingPersonalMembers_AreReported()
    {
        await Verify.VerifyAsync("""
            using System.Data;
            using System.Threading.Tasks;
            using Dapper;

            public class Repository
            {
                public async Task Run(IDbConnection connection, Account account)
                {
                    connection.Execute("insert into accounts values (@Id, @IdCardNumber)", {|#0:account|});
                    await connection.ExecuteAsync("update accounts set id_card = @Id", {|#1:new { Id = account.IdCardNumber, account.Notes }|});
                    connection.Query<Account>("select * from accounts where id = @Id", new { account.Id });
                    connection.Execute("update accounts set notes = @Notes", new { account.Notes, account.MedicalNotes });
                }
            }
            """,
            Stored(0, WholeAccount, "SqlMapper.Execute"),
            Stored(1, IdCard, "SqlMapper.ExecuteAsync"));
    }

    [Fact]
    public async Task SafePatterns_AreNotReported()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.AspNetCore.DataProtection;
            using Microsoft.AspNetCore.Http;

            public class Service
            {
                private readonly IDataProtector _protector = null!;

                public void Run(HttpContext context, Account account, string path)
                {
                    // Encrypted member, protected and hashed values, non-personal and non-sensitive members.
                    File.WriteAllText(path, account.MedicalNotes);
                    File.WriteAllText(path, _protector.Protect(account.IdCardNumber));
                    context.Session.Set("id", _protector.Protect(Encoding.UTF8.GetBytes(account.IdCardNumber)));
                    context.Response.Cookies.Append("id", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(account.IdCardNumber))));
                    context.Response.Cookies.Append("account", account.Id.ToString());
                    context.Session.SetString("notes", account.Notes);
                    context.Session.SetString("email", account.Email);
                    context.Session.SetInt32("length", account.IdCardNumber.Length);

                    // A local reassigned before it is stored.
                    var value = account.IdCardNumber;
                    value = "redacted";
                    File.WriteAllText(path, value);

                    var protectedValue = _protector.Protect(account.BankCard);
                    context.Response.Cookies.Append("card", protectedValue);
                }
            }
            """);
    }

    [Fact]
    public async Task RequireEncryptionAll_ReportsNonSensitiveData_AsWarnings()
    {
        await Verify.VerifyAsync(
            """
            using System.IO;

            public class Service
            {
                public void Run(Account account, string path)
                {
                    File.WriteAllText(path, {|#0:account.Email|});
                    File.WriteAllText(path, {|#1:account.Email + account.IdCardNumber|});
                    File.WriteAllText(path, account.MedicalNotes);
                }
            }
            """,
            "root = true\n\n[*.cs]\npii_require_encryption = all\n",
            Stored(0, Email, "File.WriteAllText", sensitive: false),
            Stored(1, Email + ", " + IdCard, "File.WriteAllText"));
    }

    [Fact]
    public async Task ConfiguredSinksAndEncryptors_AreUsed()
    {
        await Verify.VerifyAsync(
            """
            namespace MyCo
            {
                public static class Archive
                {
                    public static void Save(string key, string value) { }
                }

                public static class Vault
                {
                    public static string Encrypt(string value) => value;
                }
            }

            public class Service
            {
                public void Run(Account account)
                {
                    MyCo.Archive.Save("id", {|#0:account.IdCardNumber|});
                    MyCo.Archive.Save("id", MyCo.Vault.Encrypt(account.IdCardNumber));
                }
            }
            """,
            "root = true\n\n[*.cs]\npii_storage_sinks = M:MyCo.Archive.Save\npii_encryptors = M:MyCo.Vault.Encrypt(System.String)\n",
            Stored(0, IdCard, "Archive.Save"));
    }

    [Fact]
    public async Task EditorConfigSeverity_OverridesBothDefaults()
    {
        await Verify.VerifyAsync(
            """
            using System.IO;

            public class Service
            {
                public void Run(Account account, string path)
                {
                    File.WriteAllText(path, {|#0:account.IdCardNumber|});
                }
            }
            """,
            "root = true\n\n[*.cs]\ndotnet_diagnostic.PII0002.severity = warning\n",
            Stored(0, IdCard, "File.WriteAllText").WithSeverity(DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("class C { void M(Account a) { System.IO.File.WriteAllText(, a.IdCardNumber); } }")]
    [InlineData("class C { void M(Account a, Microsoft.AspNetCore.Http.ISession s) { s.SetString(\"k\", a.); } }")]
    [InlineData("class C { void M(Account a, System.Data.Common.DbParameter p) { p.Value = ; p.Value = a.IdCardNumber } }")]
    [InlineData("class C { void M(Account a, System.Data.IDbConnection c) { Dapper.SqlMapper.Execute(c, \"\", new { a. }); } }")]
    [InlineData("class C { void M(Account a, StackExchange.Redis.IDatabase db) { db.StringSet(\"k\", a.IdCardNumber, ); } }")]
    public async Task IncompleteCode_DoesNotThrow(string source)
    {
        await Verify.VerifyDoesNotThrowAsync(source);
    }
}
