using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.ThirdParties;

/// <summary>
/// A company that receives data through a client library of the catalog (<see cref="ThirdPartyCatalog"/>): one
/// <c>recipient:</c> row of <c>third-parties.txt</c> or of a user's <c>pii.third-parties.txt</c>.
/// </summary>
public sealed class ThirdParty
{
    /// <summary>In <see cref="Country"/>: the provider is chosen at run time (an abstraction such as <c>IChatClient</c>).</summary>
    public const string ChosenAtRunTime = "-";

    // Between the names of one service or company: "Alipay / 支付宝".
    private const string NameSeparator = " / ";

    public ThirdParty(string id, string service, string company, string country, string kind, ImmutableArray<string> packages)
    {
        Id = id;
        Service = service;
        Company = company;
        Country = country;
        Kind = kind;
        Packages = packages;
    }

    /// <summary>The recipient's id, unique in the catalog: <c>twilio</c>, <c>aliyun-sms</c>.</summary>
    public string Id { get; }

    /// <summary>The service or product: <c>Twilio SMS</c>; several names separated by <c> / </c> (<c>Alipay / 支付宝</c>).</summary>
    public string Service { get; }

    /// <summary>The company that runs it: <c>Twilio Inc.</c>; several names separated by <c> / </c>, as <see cref="Service"/>.</summary>
    public string Company { get; }

    /// <summary>ISO 3166-1 alpha-2 code of the company's country (<c>US</c>, <c>CN</c>), or <see cref="ChosenAtRunTime"/>.</summary>
    public string Country { get; }

    /// <summary>The kind of service: <c>sms</c>, <c>email</c>, <c>payment</c>, <c>ai</c>, ….</summary>
    public string Kind { get; }

    /// <summary>The NuGet package ids that bring the client library.</summary>
    public ImmutableArray<string> Packages { get; }

    /// <summary>Whether the code cannot say who receives the data: any <c>[SharedWith]</c> then declares it.</summary>
    public bool IsChosenAtRunTime => Country == ChosenAtRunTime;

    /// <summary><c>Twilio SMS (Twilio Inc., US)</c>: how PII0005 names the recipient, by the first name of its service and company.</summary>
    public string DisplayName =>
        IsChosenAtRunTime ? $"{FirstName(Service)} ({FirstName(Company)})" : $"{FirstName(Service)} ({FirstName(Company)}, {Country})";

    /// <summary>
    /// Whether a <c>[SharedWith]</c> recipient names this one: its id, or a name of its service or company
    /// (<c>支付宝</c> and <c>Alipay</c> both name <c>Alipay / 支付宝</c>), compared without case. A recipient chosen at run
    /// time is named by any.
    /// </summary>
    public bool IsNamedBy(string declared)
    {
        var name = declared.Trim();
        return IsChosenAtRunTime
            || string.Equals(name, Id, StringComparison.OrdinalIgnoreCase)
            || Names(Service).Concat(Names(Company)).Any(known => string.Equals(name, known, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The first name of its service: how the policy check names it.</summary>
    public string ServiceName => FirstName(Service);

    /// <summary>The other names a policy may give it: its service's other names, its company's, its id.</summary>
    public IEnumerable<string> OtherNames => Names(Service).Skip(1).Concat(Names(Company)).Concat(new[] { Id });

    private static string FirstName(string names) => Names(names).First();

    private static IEnumerable<string> Names(string names) =>
        names.Split(new[] { NameSeparator }, StringSplitOptions.RemoveEmptyEntries).Select(name => name.Trim());

    public override string ToString() => DisplayName;
}
