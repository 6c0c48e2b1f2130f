using System.Collections.Immutable;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// Framework values that are personal data by what they are, whoever wrote the code: the client's IP address, the
/// signed-in user's name and claims, what ASP.NET Core Identity's <c>UserManager</c> returns. Data, not code: a new
/// framework source is a row here and a test. docs/framework-sources.md lists them for users (a test keeps the two in step).
/// </summary>
public static class FrameworkSourceTable
{
    /// <summary>Properties whose value is personal data: the type's metadata name, the property, the category.</summary>
    public static ImmutableArray<FrameworkSourceRow> Properties { get; } = ImmutableArray.Create(
        new FrameworkSourceRow("Microsoft.AspNetCore.Http.ConnectionInfo", "RemoteIpAddress", "online.ip-address"),
        new FrameworkSourceRow("Microsoft.AspNetCore.Http.Features.IHttpConnectionFeature", "RemoteIpAddress", "online.ip-address"),
        new FrameworkSourceRow("System.Net.HttpListenerRequest", "RemoteEndPoint", "online.ip-address"),
        new FrameworkSourceRow("System.Net.HttpListenerRequest", "UserHostAddress", "online.ip-address"),
        new FrameworkSourceRow("System.Net.Sockets.Socket", "RemoteEndPoint", "online.ip-address"),
        new FrameworkSourceRow("System.Security.Principal.IIdentity", "Name", "account.username"),
        new FrameworkSourceRow("System.Security.Claims.ClaimsIdentity", "Name", "account.username"),
        new FrameworkSourceRow("System.Security.Principal.GenericIdentity", "Name", "account.username"),
        new FrameworkSourceRow("System.Security.Principal.WindowsIdentity", "Name", "account.username"),

        // Every claim of the signed-in user, whatever its type: names, email addresses, phone numbers from the token.
        new FrameworkSourceRow("System.Security.Claims.ClaimsPrincipal", "Claims", "account"),
        new FrameworkSourceRow("System.Security.Claims.ClaimsIdentity", "Claims", "account"));

    /// <summary>Methods whose result is personal data: the type's metadata name, the method, the category.</summary>
    public static ImmutableArray<FrameworkSourceRow> Methods { get; } = ImmutableArray.Create(
        new FrameworkSourceRow("Microsoft.AspNetCore.Identity.UserManager`1", "GetEmailAsync", "contact.email"),
        new FrameworkSourceRow("Microsoft.AspNetCore.Identity.UserManager`1", "GetPhoneNumberAsync", "contact.phone"),
        new FrameworkSourceRow("Microsoft.AspNetCore.Identity.UserManager`1", "GetUserNameAsync", "account.username"),
        new FrameworkSourceRow("Microsoft.AspNetCore.Identity.UserManager`1", "GetUserName", "account.username"),
        new FrameworkSourceRow("Microsoft.AspNetCore.Identity.UserManager`1", "GetAuthenticatorKeyAsync", "account.credential"),
        new FrameworkSourceRow("Microsoft.AspNetCore.Identity.UserManager`1", "GeneratePasswordResetTokenAsync", "account.credential"),
        new FrameworkSourceRow("Microsoft.AspNetCore.Identity.UserManager`1", "GenerateEmailConfirmationTokenAsync", "account.credential"),
        new FrameworkSourceRow("Microsoft.AspNetCore.Identity.UserManager`1", "GenerateChangePhoneNumberTokenAsync", "account.credential"),
        new FrameworkSourceRow("Microsoft.AspNetCore.Identity.UserManager`1", "GenerateTwoFactorTokenAsync", "account.credential"));

    /// <summary>
    /// Methods that look a claim up by its type (<c>FindFirst(ClaimTypes.Email)</c>, <c>FindFirstValue("email")</c>): the
    /// type's metadata name and the method. The claim's value, or the claim itself for <c>FindFirst</c>, is personal data of
    /// the category <see cref="ClaimTypes"/> gives the claim type.
    /// </summary>
    public static ImmutableArray<FrameworkSourceRow> ClaimLookups { get; } = ImmutableArray.Create(
        new FrameworkSourceRow("System.Security.Claims.ClaimsPrincipal", "FindFirst", null),
        new FrameworkSourceRow("System.Security.Claims.ClaimsPrincipal", "FindFirstValue", null),
        new FrameworkSourceRow("System.Security.Claims.ClaimsIdentity", "FindFirst", null),
        new FrameworkSourceRow("System.Security.Claims.PrincipalExtensions", "FindFirstValue", null),
        new FrameworkSourceRow("System.Security.Claims.ClaimsPrincipalExtensions", "FindFirstValue", null));

    /// <summary>
    /// Claim types, as <c>System.Security.Claims.ClaimTypes</c> and the JWT/OpenID Connect names give them, to categories.
    /// The user id claims (<c>NameIdentifier</c>, <c>sub</c>) are left out: an opaque id is what a log should carry.
    /// </summary>
    public static ImmutableDictionary<string, string> ClaimTypes { get; } = ImmutableDictionary.CreateRange(new[]
    {
        Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", "contact.email"),
        Claim("email", "contact.email"),
        Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name", "account.username"),
        Claim("name", "profile.name"),
        Claim("preferred_username", "account.username"),
        Claim("unique_name", "account.username"),
        Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn", "account.username"),
        Claim("upn", "account.username"),
        Claim("http://schemas.microsoft.com/ws/2008/06/identity/claims/windowsaccountname", "account.username"),
        Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname", "profile.name"),
        Claim("given_name", "profile.name"),
        Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname", "profile.name"),
        Claim("family_name", "profile.name"),
        Claim("nickname", "profile.nickname"),
        Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/mobilephone", "contact.phone"),
        Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/homephone", "contact.phone"),
        Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/otherphone", "contact.phone"),
        Claim("phone_number", "contact.phone"),
        Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/dateofbirth", "profile.birth-date"),
        Claim("birthdate", "profile.birth-date"),
        Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/gender", "profile.gender"),
        Claim("gender", "profile.gender"),
        Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/streetaddress", "contact.address"),
        Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/postalcode", "contact.address"),
        Claim("address", "contact.address"),
        Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/locality", "location.coarse"),
        Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/stateorprovince", "location.coarse"),
        Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/country", "location.coarse"),
    });

    private static System.Collections.Generic.KeyValuePair<string, string> Claim(string type, string category) => new(type, category);
}

/// <summary>One framework source: a type by metadata name, a member of it, and the category its value belongs to.</summary>
public sealed class FrameworkSourceRow
{
    public FrameworkSourceRow(string typeMetadataName, string memberName, string? category)
    {
        TypeMetadataName = typeMetadataName;
        MemberName = memberName;
        Category = category;
    }

    public string TypeMetadataName { get; }

    public string MemberName { get; }

    /// <summary>The category; null for claim lookups, whose category is the claim type's.</summary>
    public string? Category { get; }
}
