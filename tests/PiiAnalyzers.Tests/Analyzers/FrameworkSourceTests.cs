using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PiiAnalyzers.DataFlow;
using ExceptionVerify = PiiAnalyzers.Tests.Analyzers.LeakVerifier<PiiAnalyzers.Analyzers.ExceptionMessageAnalyzer>;
using LogVerify = PiiAnalyzers.Tests.Analyzers.LeakVerifier<PiiAnalyzers.Analyzers.PersonalDataLogAnalyzer>;
using SharingVerify = PiiAnalyzers.Tests.Analyzers.LeakVerifier<PiiAnalyzers.Analyzers.PersonalDataSharingAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>
/// Framework values that are personal data by what they are (<see cref="FrameworkSourceTable"/>), reported by the leak
/// rules without any annotation, at the rules' usual severity. ASP.NET Core and Identity are stand-ins with the real
/// metadata names; <c>System.Security.Claims</c> is the real framework's.
/// </summary>
public class FrameworkSourceTests
{
    private const string AspNetCore = """
        #nullable enable
        namespace Microsoft.AspNetCore.Http
        {
            public abstract class ConnectionInfo
            {
                public abstract System.Net.IPAddress? RemoteIpAddress { get; set; }
                public abstract System.Net.IPAddress? LocalIpAddress { get; set; }
            }

            public abstract class HttpContext
            {
                public abstract ConnectionInfo Connection { get; }
                public abstract System.Security.Claims.ClaimsPrincipal User { get; set; }
            }
        }

        namespace Microsoft.AspNetCore.Identity
        {
            using System.Threading.Tasks;

            public class UserManager<TUser> where TUser : class
            {
                public virtual Task<string?> GetEmailAsync(TUser user) => Task.FromResult<string?>(null);
                public virtual Task<string?> GetPhoneNumberAsync(TUser user) => Task.FromResult<string?>(null);
                public virtual Task<string?> GetUserNameAsync(TUser user) => Task.FromResult<string?>(null);
                public virtual Task<string> GetUserIdAsync(TUser user) => Task.FromResult("");
            }
        }

        namespace System.Security.Claims
        {
            public static class PrincipalExtensions
            {
                public static string? FindFirstValue(this ClaimsPrincipal principal, string claimType) => null;
            }
        }
        """;

    private static DiagnosticResult Logged(int location, string data, string sink) =>
        LogVerify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, location, false, data, sink);

    [Fact]
    public async Task ClientIpAddress_IsPersonalData()
    {
        await LogVerify.VerifyAsync(AspNetCore + """

            public class RequestLogging
            {
                public void Log(Microsoft.Extensions.Logging.ILogger logger, Microsoft.AspNetCore.Http.HttpContext context)
                {
                    Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, "Request from {Ip}", {|#0:context.Connection.RemoteIpAddress|});
                    Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, "Request from {Ip}", {|#1:context.Connection.RemoteIpAddress?.ToString()|});
                    Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, "Served on {Ip}", context.Connection.LocalIpAddress);
                }
            }
            """,
            Logged(0, "ConnectionInfo.RemoteIpAddress (online.ip-address)", "LogInformation"),
            Logged(1, "ConnectionInfo.RemoteIpAddress (online.ip-address)", "LogInformation"));
    }

    [Fact]
    public async Task SignedInUser_NameAndClaims_ArePersonalData()
    {
        await LogVerify.VerifyAsync(AspNetCore + """

            namespace App
            {
                using System.Security.Claims;
                using Microsoft.Extensions.Logging;

                public class SignIn
                {
                    public void Log(ILogger logger, ClaimsPrincipal user)
                    {
                        logger.LogInformation("{User} signed in", {|#0:user.Identity?.Name|});
                        logger.LogInformation("{Email}", {|#1:user.FindFirst(ClaimTypes.Email)?.Value|});
                        logger.LogInformation("{Phone}", {|#2:user.FindFirstValue("phone_number")|});
                        logger.LogInformation("{Birth}", {|#3:user.FindFirst(ClaimTypes.DateOfBirth)!.Value|});
                        logger.LogInformation("{Id}", user.FindFirst(ClaimTypes.NameIdentifier)?.Value);
                        logger.LogInformation("{Role}", user.FindFirstValue(ClaimTypes.Role));
                        logger.LogInformation("{Both}", {|#4:user.FindFirstValue(ClaimTypes.Email) + user.FindFirstValue(ClaimTypes.MobilePhone)|});
                    }
                }
            }
            """,
            Logged(0, "IIdentity.Name (account.username)", "LogInformation"),
            Logged(1, "FindFirst(ClaimTypes.Email) (contact.email)", "LogInformation"),
            Logged(2, "FindFirstValue(\"phone_number\") (contact.phone)", "LogInformation"),
            Logged(3, "FindFirst(ClaimTypes.DateOfBirth) (profile.birth-date)", "LogInformation"),
            Logged(4, "FindFirstValue(ClaimTypes.Email) (contact.email), FindFirstValue(ClaimTypes.MobilePhone) (contact.phone)", "LogInformation"));
    }

    [Fact]
    public async Task EveryClaimOfTheUser_IsPersonalData_AlsoThroughAQuery()
    {
        await LogVerify.VerifyAsync(AspNetCore + """

            namespace App
            {
                using System.Linq;
                using System.Security.Claims;
                using Microsoft.Extensions.Logging;

                public class ExternalSignIn
                {
                    public void Log(ILogger logger, ClaimsPrincipal user)
                    {
                        logger.LogInformation("{@Claims}", {|#0:user.Claims|});
                        var external = user.Claims.Select(c => $"{c.Type}: {c.Value}");
                        logger.LogDebug("External claims: {@Claims}", {|#1:external|});
                        logger.LogDebug("Identity claims: {Claims}", {|#2:string.Join(", ", user.Identities.First().Claims.Select(c => c.Value))|});
                        logger.LogInformation("{Count} claims", user.Claims.Count());
                        logger.LogInformation("{Lengths}", user.Claims.Select(c => c.Value.Length));
                        logger.LogInformation("{Names}", new[] { "a", "b" }.Select(name => name.ToUpperInvariant()));
                    }
                }
            }
            """,
            Logged(0, "ClaimsPrincipal.Claims (account)", "LogInformation"),
            LogVerify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 1, false, "ClaimsPrincipal.Claims (account)", "LogDebug"),
            LogVerify.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 2, false, "ClaimsIdentity.Claims (account)", "LogDebug"));
    }

    [Fact]
    public async Task UserManagerLookups_ArePersonalData_ButTheUserIdIsNot()
    {
        await LogVerify.VerifyAsync(AspNetCore + """

            namespace App
            {
                using System.Threading.Tasks;
                using Microsoft.AspNetCore.Identity;
                using Microsoft.Extensions.Logging;

                public class AppUser { }

                public class Registration
                {
                    public async Task Log(ILogger logger, UserManager<AppUser> users, AppUser user)
                    {
                        var email = await users.GetEmailAsync(user);
                        logger.LogInformation("Confirmed {Email}", {|#0:email|});
                        logger.LogInformation("Phone {Phone}", {|#1:await users.GetPhoneNumberAsync(user)|});
                        logger.LogInformation("User {Id}", await users.GetUserIdAsync(user));
                    }
                }
            }
            """,
            Logged(0, "UserManager.GetEmailAsync (contact.email)", "LogInformation"),
            Logged(1, "UserManager.GetPhoneNumberAsync (contact.phone)", "LogInformation"));
    }

    [Fact]
    public async Task FrameworkSources_ReachEveryLeakRule()
    {
        await ExceptionVerify.VerifyAsync(AspNetCore + """

            public class Guard
            {
                public void Check(System.Security.Claims.ClaimsPrincipal user) =>
                    throw new System.InvalidOperationException({|#0:$"{user.Identity!.Name} may not do this"|});
            }
            """,
            ExceptionVerify.Diagnostic(DiagnosticDescriptors.PersonalDataInExceptionMessage, 0, false, "IIdentity.Name (account.username)", "InvalidOperationException"));
    }

    [Fact]
    public async Task FrameworkSources_SentOut_AreSharing()
    {
        await SharingVerify.VerifyAsync(AspNetCore + """

            public class Geo
            {
                public System.Threading.Tasks.Task Locate(System.Net.Http.HttpClient client, Microsoft.AspNetCore.Http.HttpContext context) =>
                    client.GetAsync({|#0:$"https://geo.example/lookup?ip={context.Connection.RemoteIpAddress}"|});
            }
            """,
            new DiagnosticResult(DiagnosticDescriptors.PersonalDataSharedUndeclared).WithLocation(0)
                .WithArguments("ConnectionInfo.RemoteIpAddress (online.ip-address)", "$\"https://geo.example/lookup?ip={context.Connection.RemoteIp…"));
    }

    [Fact]
    public void EveryClaimTypeCategory_IsATaxonomyId()
    {
        foreach (var category in FrameworkSourceTable.ClaimTypes.Values
            .Concat(FrameworkSourceTable.Properties.Select(row => row.Category!))
            .Concat(FrameworkSourceTable.Methods.Select(row => row.Category!)))
        {
            Assert.True(PiiAnalyzers.Taxonomy.CategoryTaxonomy.BuiltIn.IsKnown(category), category);
        }
    }

    [Fact]
    public void DocsPage_ListsEveryFrameworkSource()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "framework-sources.md"));
        foreach (var row in FrameworkSourceTable.Properties.Concat(FrameworkSourceTable.Methods).Concat(FrameworkSourceTable.ClaimLookups))
        {
            var typeName = row.TypeMetadataName.Split('`')[0];
            Assert.Contains($"`{typeName.Substring(typeName.LastIndexOf('.') + 1)}.{row.MemberName}`", page);
        }

        foreach (var claim in FrameworkSourceTable.ClaimTypes)
        {
            Assert.Contains($"`{claim.Key}` | {claim.Value}", page);
        }
    }
}
