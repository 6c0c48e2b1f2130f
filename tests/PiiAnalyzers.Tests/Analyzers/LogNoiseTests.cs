using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PiiAnalyzers.Analyzers;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>
/// Surrogate keys (<c>account.id</c>) and what only Identity's blanket <c>[PersonalData]</c> marks as a flag, a number or
/// the user's <c>Id</c> are left out of logs (PII0001) and exception messages (PII0003) unless
/// <c>pii_log_keys_and_flags = true</c>; a number someone marked with a category or a classification is still reported.
/// </summary>
public class LogNoiseTests
{
    private const string KeysAndFlags = "root = true\n\n[*.cs]\npii_log_keys_and_flags = true\n";

    // Appended to each test's source, after its using directives.
    private const string Account = """

        public class Account
        {
            [PiiAnalyzers.PersonalData(PiiAnalyzers.DataCategories.Account.Id)]
            public System.Guid AccountId { get; set; }

            [PiiAnalyzers.PersonalData(PiiAnalyzers.DataCategories.Profile.Name)]
            public string Holder { get; set; } = "";
        }

        public class ApplicationUser : Microsoft.AspNetCore.Identity.IdentityUser
        {
            [Microsoft.AspNetCore.Identity.PersonalData]
            public string FullName { get; set; } = "";

            [Microsoft.AspNetCore.Identity.PersonalData]
            public int LoginCount { get; set; }

            [PiiAnalyzers.PersonalData(PiiAnalyzers.DataCategories.Profile.Age)]
            public int Age { get; set; }
        }
        """;

    private const string LogSource = """
        using Microsoft.Extensions.Logging;

        public class Service
        {
            public void Run(ILogger logger, Account account, ApplicationUser user)
            {
                logger.LogInformation("Account {AccountId}", {|#0:account.AccountId|});
                logger.LogInformation("Account {@Account}", {|#1:account|});
                logger.LogInformation("User {Id}", {|#2:user.Id|});
                logger.LogInformation("Confirmed {Confirmed}, 2FA {TwoFactor}", {|#3:user.EmailConfirmed|}, {|#4:user.TwoFactorEnabled|});
                logger.LogInformation("Logins {Count}", {|#5:user.LoginCount|});
                logger.LogInformation("Failures {Failures}, lockout {Lockout}", user.AccessFailedCount, user.LockoutEnd);
                logger.LogInformation("Name {Name}", {|#6:user.FullName|});
                logger.LogInformation("Email {Email}", {|#7:user.Email|});
                logger.LogInformation("Age {Age}", {|#8:user.Age|});
            }
        }
        """;

    private static DiagnosticResult Logged(int location, string data, string sink = "LogInformation") =>
        LeakVerifier<PersonalDataLogAnalyzer>.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, location, false, data, sink);

    private static DiagnosticResult InMessage(int location, string data, string exception) =>
        LeakVerifier<ExceptionMessageAnalyzer>.Diagnostic(DiagnosticDescriptors.PersonalDataInExceptionMessage, location, false, data, exception);

    [Fact]
    public async Task SurrogateKeysAndIdentityFlags_AreNotLogged_ByDefault_WhileNamesEmailsAndCategorizedNumbersAre()
    {
        await ComplianceVerifier<PersonalDataLogAnalyzer>.VerifyAsync(
            Unmarked(LogSource, 0, 2, 3, 4, 5) + Account,
            Logged(1, "Account.Holder (profile.name)"),
            Logged(6, "ApplicationUser.FullName (unspecified)"),
            Logged(7, "IdentityUser.Email (unspecified)"),
            Logged(8, "ApplicationUser.Age (profile.age)"));
    }

    [Fact]
    public async Task SurrogateKeysAndIdentityFlags_AreLogged_WhenTheOptionAsksForThem()
    {
        await ComplianceVerifier<PersonalDataLogAnalyzer>.VerifyAsync(
            LogSource + Account,
            KeysAndFlags,
            OutputKind.DynamicallyLinkedLibrary,
            ComplianceVerifier<PersonalDataLogAnalyzer>.AllSources,
            Logged(0, "Account.AccountId (account.id)"),
            Logged(1, "Account.AccountId (account.id), Account.Holder (profile.name)"),
            Logged(2, "IdentityUser.Id (unspecified)"),
            Logged(3, "IdentityUser.EmailConfirmed (unspecified)"),
            Logged(4, "IdentityUser.TwoFactorEnabled (unspecified)"),
            Logged(5, "ApplicationUser.LoginCount (unspecified)"),
            Logged(6, "ApplicationUser.FullName (unspecified)"),
            Logged(7, "IdentityUser.Email (unspecified)"),
            Logged(8, "ApplicationUser.Age (profile.age)"));
    }

    [Fact]
    public async Task ClassifiedNumber_IsStillLogged()
    {
        await ComplianceVerifier<PersonalDataLogAnalyzer>.VerifyAsync("""
            using Microsoft.Extensions.Logging;
            using MyCo.Compliance;

            public class Service
            {
                public void Run(ILogger logger, [PrivateData] int income, [PiiAnalyzers.PersonalData(PiiAnalyzers.DataCategories.Profile.Age)] int age)
                {
                    logger.LogInformation("Income {Income}", {|#0:income|});
                    logger.LogInformation("Age {Age}", {|#1:age|});
                }
            }
            """,
            Logged(0, "income (unspecified)"),
            Logged(1, "age (profile.age)"));
    }

    [Fact]
    public async Task SurrogateKeysAndIdentityFlags_AreNotReportedInExceptionMessages_UnlessTheOptionAsks()
    {
        const string Source = """
            using System;

            public class Service
            {
                public void Run(Account account, ApplicationUser user)
                {
                    throw new InvalidOperationException({|#0:$"Account {account.AccountId} of user {user.Id} (confirmed: {user.EmailConfirmed}) is locked"|});
                }

                public void Rename(ApplicationUser user)
                {
                    throw new InvalidOperationException({|#1:$"User {user.Id} may not be renamed to {user.FullName}"|});
                }
            }
            """;

        await ComplianceVerifier<ExceptionMessageAnalyzer>.VerifyAsync(
            Unmarked(Source, 0) + Account,
            InMessage(1, "ApplicationUser.FullName (unspecified)", "InvalidOperationException"));

        await ComplianceVerifier<ExceptionMessageAnalyzer>.VerifyAsync(
            Source + Account,
            KeysAndFlags,
            OutputKind.DynamicallyLinkedLibrary,
            ComplianceVerifier<ExceptionMessageAnalyzer>.AllSources,
            InMessage(0, "Account.AccountId (account.id), IdentityUser.Id (unspecified), IdentityUser.EmailConfirmed (unspecified)", "InvalidOperationException"),
            InMessage(1, "IdentityUser.Id (unspecified), ApplicationUser.FullName (unspecified)", "InvalidOperationException"));
    }

    // The source without the markup of the given locations: what is not reported there.
    private static string Unmarked(string source, params int[] locations)
    {
        foreach (var location in locations)
        {
            var start = source.IndexOf($"{{|#{location}:", StringComparison.Ordinal);
            var end = source.IndexOf("|}", start, StringComparison.Ordinal);
            source = source[..start] + source[(start + $"{{|#{location}:".Length)..end] + source[(end + 2)..];
        }

        return source;
    }
}
