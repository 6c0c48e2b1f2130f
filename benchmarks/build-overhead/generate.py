#!/usr/bin/env python3
"""Generates a realistic ASP.NET Core + EF Core project for the build-overhead benchmark (see ../README.md).

About --files C# files, deterministic for --seed: entities whose members carry PiiAnalyzers annotations, services that
log and store them (EF Core, the distributed cache, files) and send them to third parties, request records, minimal-API
endpoint groups, and a larger share of ordinary code with no personal data (catalog, pricing, inventory). The code is
what a team that adopted the analyzers writes: it compiles cleanly and the analyzers find nothing in it, so the build
measures the cost of running them, not of printing diagnostics.

Writes into --out: Shop.Load.csproj's sources (no project file: run.sh writes one per variant), PRIVACY.md, .editorconfig.

--unannotated writes the same code without the PiiAnalyzers markers: a team that adds the package to code nobody
annotated. The analyzers then infer the personal data from the members' names, and report what the code does with it.
"""
import argparse
import os
import random
import re

CATEGORIES = [
    # (constant, name stem, sensitive)
    ("DataCategories.Profile.Name", "Name", False),
    ("DataCategories.Contact.Phone", "Phone", False),
    ("DataCategories.Contact.Email", "Email", False),
    ("DataCategories.Contact.Address", "Address", False),
    ("DataCategories.Identity.NationalId", "IdCardNumber", True),
    ("DataCategories.Financial.BankAccount", "CardNumber", True),
    ("DataCategories.Online.IpAddress", "LastIpAddress", False),
    ("DataCategories.Profile.BirthDate", "BirthDate", False),
    ("DataCategories.Location.Coarse", "City", False),
    ("DataCategories.Profile.Nickname", "Nickname", False),
]

DOMAINS = ["Customer", "Member", "Buyer", "Seller", "Courier", "Employee", "Patient", "Guest", "Tenant", "Student"]


def entity(ns, cls, rnd):
    members = rnd.sample(CATEGORIES, rnd.randint(3, 6))
    lines = [
        "using System;",
        "using PiiAnalyzers;",
        "",
        f"namespace {ns};",
        "",
        f"public sealed class {cls}",
        "{",
        "    public int Id { get; set; }",
        "",
        "    public DateTimeOffset CreatedAt { get; set; }",
        "",
        "    public string Status { get; set; } = \"active\";",
        "",
    ]
    shared = []
    for constant, stem, sensitive in members:
        lines.append(f"    [PersonalData({constant}, Purpose = \"{cls} management\")]")
        if rnd.random() < 0.6:
            lines.append(f"    [RetainUntil(\"account-deleted+P{rnd.randint(1, 30)}D\")]")
        if stem in ("Phone", "Address", "Name") and rnd.random() < 0.3:
            lines.append("    [SharedWith(\"SF Express\", Purpose = \"Parcel delivery\")]")
            shared.append(stem)
        if sensitive:
            lines.append("    [EncryptedAtRest]")
        lines.append(f"    public string {stem} {{ get; set; }} = \"\";")
        lines.append("")
    lines.append("}")
    return "\n".join(lines) + "\n", [m[1] for m in members], shared


def service(ns, cls, shared):
    # Only what the entity declares [SharedWith] goes out: the phone number, to the courier.
    return f"""using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace {ns};

public sealed partial class {cls}Service(ShopDbContext db, IDistributedCache cache, HttpClient http, ILogger<{cls}Service> logger)
{{
    public async Task<int> CreateAsync({cls} item, CancellationToken cancellationToken)
    {{
        item.CreatedAt = DateTimeOffset.UtcNow;
        db.Set<{cls}>().Add(item);
        await db.SaveChangesAsync(cancellationToken);
        await cache.SetStringAsync("{cls.lower()}:" + item.Id, item.Status, cancellationToken);
        LogCreated(logger, item.Id, item.Status);
        return item.Id;
    }}

    public async Task<{cls}?> FindAsync(int id, CancellationToken cancellationToken)
    {{
        var status = await cache.GetStringAsync("{cls.lower()}:" + id, cancellationToken);
        if (status == "deleted")
        {{
            logger.LogWarning("{cls} {{Id}} was deleted", id);
            return null;
        }}

        return await db.Set<{cls}>().SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
    }}

    public async Task ExportAsync(string folder, CancellationToken cancellationToken)
    {{
        var ids = await db.Set<{cls}>().Where(candidate => candidate.Status == "active").Select(candidate => candidate.Id).ToListAsync(cancellationToken);
        await File.WriteAllLinesAsync(Path.Combine(folder, "{cls.lower()}-ids.txt"), ids.Select(id => id.ToString()), cancellationToken);
        if (ids.Count == 0)
        {{
            throw new InvalidOperationException("No active {cls.lower()} to export");
        }}
    }}

    public async Task NotifyAsync({cls} item, CancellationToken cancellationToken)
    {{
        using var response = await http.PostAsJsonAsync("notifications", new {{ item.Id{", item.Phone" if "Phone" in shared else ""} }}, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {{
            logger.LogError("Notification for {cls} {{Id}} failed with {{Status}}", item.Id, (int)response.StatusCode);
        }}
    }}

    [LoggerMessage(Level = LogLevel.Information, Message = "{cls} {{Id}} created with status {{Status}}")]
    private static partial void LogCreated(ILogger logger, int id, string status);
}}
"""


def request(ns, cls, members):
    params = []
    for constant, stem, _ in CATEGORIES:
        if stem in members:
            params.append(f"    [PersonalData({constant})][RetainUntil(RetentionEvents.NotStored)] string {stem}")
    params.append("    string? Note")
    return f"""using PiiAnalyzers;

namespace {ns};

public sealed record Create{cls}Request(
{(","+chr(10)).join(params)});
"""


def endpoints(ns, cls, members):
    assigns = ", ".join(f"{m} = request.{m}" for m in members)
    return f"""using System.Threading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace {ns};

public static class {cls}Endpoints
{{
    public static RouteGroupBuilder Map{cls}(this IEndpointRouteBuilder routes)
    {{
        var group = routes.MapGroup("/{cls.lower()}s");
        group.MapPost("/", async (Create{cls}Request request, {cls}Service service, CancellationToken cancellationToken) =>
        {{
            var id = await service.CreateAsync(new {cls} {{ {assigns} }}, cancellationToken);
            return Results.Created("/{cls.lower()}s/" + id, new {{ id }});
        }});
        group.MapGet("/{{id:int}}", async (int id, {cls}Service service, CancellationToken cancellationToken) =>
            await service.FindAsync(id, cancellationToken) is {{ }} item ? Results.Ok(new {{ item.Id, item.Status }}) : Results.NotFound());
        return group;
    }}
}}
"""


def plain(ns, index, rnd):
    cls = rnd.choice(["PriceCalculator", "StockLevel", "CatalogPage", "Promotion", "ShippingRate", "TaxRule", "Warehouse", "Bundle"]) + str(index)
    threshold = rnd.randint(2, 50)
    rate = rnd.randint(1, 30)
    return f"""using System;
using System.Collections.Generic;
using System.Linq;

namespace {ns};

public sealed class {cls}
{{
    private readonly Dictionary<string, decimal> _prices = new(StringComparer.Ordinal);
    private readonly List<(string Sku, int Quantity)> _lines = new();

    public string Title {{ get; set; }} = "{cls}";

    public void SetPrice(string sku, decimal price)
    {{
        ArgumentException.ThrowIfNullOrEmpty(sku);
        if (price < 0)
        {{
            throw new ArgumentOutOfRangeException(nameof(price), price, "A price is not negative.");
        }}

        _prices[sku] = price;
    }}

    public void Add(string sku, int quantity) => _lines.Add((sku, quantity));

    public decimal Total()
    {{
        decimal total = 0;
        foreach (var (sku, quantity) in _lines)
        {{
            if (_prices.TryGetValue(sku, out var price))
            {{
                total += quantity >= {threshold} ? price * quantity * {100 - rate}m / 100m : price * quantity;
            }}
        }}

        return Math.Round(total, 2, MidpointRounding.ToEven);
    }}

    public IReadOnlyList<string> Missing() => _lines.Where(line => !_prices.ContainsKey(line.Sku)).Select(line => line.Sku).Distinct().Order().ToList();

    public string Describe() => _lines.Count switch
    {{
        0 => $"{{Title}}: empty",
        1 => $"{{Title}}: one line, {{Total():F2}}",
        _ => $"{{Title}}: {{_lines.Count}} lines, {{Total():F2}}",
    }};
}}
"""


POLICY = """# 隐私政策

## 一、我们如何收集和使用您的个人信息

为提供服务，我们会收集您的姓名、昵称、出生日期、手机号码、电子邮箱、收货地址、所在城市、IP地址、身份证号码和银行卡号。

上述信息中，身份证号码和银行卡号属于敏感个人信息。

## 二、我们如何存储和保护您的个人信息

我们对身份证号码和银行卡号进行加密存储。您申请注销后，我们将在30日内删除您的个人信息。

## 三、我们如何共享您的个人信息

我们将收件人姓名、手机号码和收货地址提供给顺丰速运有限公司（SF Express），用于配送。
"""

EDITORCONFIG = """root = true

# The generated code is clean; should a change to the analyzers find something in it, report it without failing the build.
[*.cs]
dotnet_diagnostic.PII0002.severity = warning
dotnet_diagnostic.PII0007.severity = warning
dotnet_diagnostic.PII0101.severity = warning
dotnet_diagnostic.PII0103.severity = warning
dotnet_diagnostic.PII0105.severity = warning
"""


MARKER = re.compile(r"\[(?:PersonalData|RetainUntil|SharedWith|EncryptedAtRest|Sensitive)(?:\([^)]*\))?\]")


def without_markers(text):
    """The code as it was before anyone annotated it: every marker attribute removed, and the lines left empty by it."""
    lines = []
    for line in text.split("\n"):
        stripped = MARKER.sub("", line)
        if stripped.strip() or not line.strip():
            lines.append(stripped)
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--unannotated", action="store_true", help="the same code without PiiAnalyzers markers")
    args = parser.parse_args()

    rnd = random.Random(args.seed)
    count = 0
    entities = []

    def write(relative, text):
        nonlocal count
        path = os.path.join(args.out, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(without_markers(text) if args.unannotated else text)
        count += 1

    # Each domain group is 5 files (entity, service, request, endpoints) + 1 plain; about 40% of the files are plain code.
    group = 0
    while count < args.files - 3:
        domain = DOMAINS[group % len(DOMAINS)]
        cls = f"{domain}{group}"
        ns = f"Shop.Load.{domain}s"
        text, members, shared = entity(ns, cls, rnd)
        write(f"{domain}s/{cls}.cs", text)
        write(f"{domain}s/{cls}Service.cs", service(ns, cls, shared))
        write(f"{domain}s/Create{cls}Request.cs", request(ns, cls, members))
        write(f"{domain}s/{cls}Endpoints.cs", endpoints(ns, cls, members))
        for extra in range(3):
            if count < args.files - 3:
                write(f"Catalog/Part{group % 20}/Plain{group}_{extra}.cs", plain(f"Shop.Load.Catalog.Part{group % 20}", group * 3 + extra, rnd))
        entities.append((ns, cls))
        group += 1

    usings = sorted({ns for ns, _ in entities})
    context = ["using Microsoft.EntityFrameworkCore;"] + [f"using {ns};" for ns in usings] + [
        "", "namespace Shop.Load;", "",
        "public sealed class ShopDbContext(DbContextOptions<ShopDbContext> options) : DbContext(options)", "{"]
    for ns, cls in entities:
        context.append(f"    public DbSet<{cls}> {cls}s => Set<{cls}>();")
        context.append("")
    context[-1] = "}"
    write("ShopDbContext.cs", "\n".join(context) + "\n")

    program = ["using System;", "using Microsoft.AspNetCore.Builder;", "using Microsoft.EntityFrameworkCore;",
               "using Microsoft.Extensions.DependencyInjection;", "using Shop.Load;"] + [f"using {ns};" for ns in usings] + [
        "", "var builder = WebApplication.CreateBuilder(args);",
        "builder.Services.AddDbContext<ShopDbContext>(options => options.UseSqlite(\"Data Source=load.db\"));",
        "builder.Services.AddDistributedMemoryCache();"]
    for ns, cls in entities:
        program.append(f"builder.Services.AddHttpClient<{cls}Service>(client => client.BaseAddress = new Uri(\"https://notify.example/\"));")
    program.append("var app = builder.Build();")
    for ns, cls in entities:
        program.append(f"app.Map{cls}();")
    program.append("app.Run();")
    write("Program.cs", "\n".join(program) + "\n")

    with open(os.path.join(args.out, "PRIVACY.md"), "w", encoding="utf-8") as handle:
        handle.write(POLICY)
    with open(os.path.join(args.out, ".editorconfig"), "w", encoding="utf-8") as handle:
        handle.write(EDITORCONFIG)
    print(f"{count} C# files, {len(entities)} entities, in {args.out}")


if __name__ == "__main__":
    main()
