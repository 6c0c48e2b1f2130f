using PiiAnalyzers.EndToEnd.Tests.Infrastructure;

namespace PiiAnalyzers.EndToEnd.Tests;

/// <summary>
/// &lt;PiiInventoryReport&gt; in a project that uses the packed package writes the inventory reports after the build, from
/// the inventory the generator embedded in the built assembly (the package's MSBuild task, no CLI installed). The
/// embedded inventory has no lines (a line in generated code changes with every edit above a member), so the reports
/// locate each element by file; <c>pii inventory</c> on the project gives the lines too.
/// </summary>
[Collection(PackageCollection.Name)]
public class InventoryReportTests
{
    private const string Customer = """
        using PiiAnalyzers;

        namespace Consumer;

        public sealed class Customer
        {
            [PersonalData(DataCategories.Contact.Phone, Purpose = "Order delivery")]
            [RetainUntil("account-deleted+P3D")]
            [SharedWith("SF Express", Purpose = "Parcel delivery")]
            public string? Phone { get; set; }

            [PersonalData(DataCategories.Identity.NationalId)]
            [EncryptedAtRest]
            public string? IdCardNumber { get; set; }
        }
        """;

    private const string ExpectedJson = """
        {
          "schemaVersion": 1,
          "elements": [
            {
              "id": "Consumer.Customer.Phone",
              "type": "Consumer.Customer",
              "member": "Phone",
              "category": "contact.phone",
              "sensitive": false,
              "retention": "account-deleted+P3D",
              "purpose": "Order delivery",
              "encryptedAtRest": false,
              "sharedWith": [{ "name": "SF Express", "purpose": "Parcel delivery" }],
              "location": { "file": "Customer.cs" }
            },
            {
              "id": "Consumer.Customer.IdCardNumber",
              "type": "Consumer.Customer",
              "member": "IdCardNumber",
              "category": "identity.national-id",
              "sensitive": true,
              "retention": null,
              "purpose": null,
              "encryptedAtRest": true,
              "sharedWith": [],
              "location": { "file": "Customer.cs" }
            }
          ],
          "customCategories": [],
          "thirdParties": [
            { "name": "SF Express", "company": null, "country": null, "purposes": ["Parcel delivery"], "categories": ["contact.phone"], "locations": ["Consumer.Customer.Phone (Customer.cs)"], "sources": ["sharedWith"] }
          ]
        }

        """;

    private const string ExpectedMarkdown = """
        # 个人信息清单

        由 PiiAnalyzers 根据代码中的标注生成。

        ## 个人信息收集清单

        | 信息名称/类别 | 使用目的 | 是否敏感 | 保存期限 | 是否加密存储 | 代码位置 |
        |---|---|---|---|---|---|
        | 手机号码、电话号码（contact.phone） | Order delivery | 否 | 账号注销后 3 天 | 否 | `Consumer.Customer.Phone` (Customer.cs) |
        | 身份证号（identity.national-id） | 未声明 | 是 | 未声明 | 是 | `Consumer.Customer.IdCardNumber` (Customer.cs) |

        ## 第三方信息共享清单

        | 第三方 | 共享的信息 | 目的 |
        |---|---|---|
        | SF Express | Consumer.Customer.Phone（手机号码、电话号码） | Parcel delivery |

        ## 第三方SDK目录

        | 第三方/SDK名称 | 公司名称 | 所在国家或地区 | 使用目的 | 共享的个人信息类型 | 代码位置 | 来源 |
        |---|---|---|---|---|---|---|
        | SF Express | 未声明 | 未声明 | Parcel delivery | 手机号码、电话号码（contact.phone） | Consumer.Customer.Phone (Customer.cs) | [SharedWith] |

        """;

    private readonly PackageFixture _package;

    public InventoryReportTests(PackageFixture package)
    {
        _package = package;
    }

    [Fact]
    public async Task PiiInventoryReport_WritesTheReportsAfterTheBuild_FromTheBuiltAssembly()
    {
        var consumer = _package.CreateConsumer("inventory-report");
        consumer.WriteFile("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <PiiInventoryReport>md;json</PiiInventoryReport>
                <PiiInventoryReportPath>reports</PiiInventoryReportPath>
              </PropertyGroup>
            </Project>
            """);
        consumer.WriteFile("Customer.cs", Customer);

        var build = await consumer.BuildAsync();

        Assert.True(build.ExitCode == 0, build.ToString());
        var reports = Path.Combine(consumer.Directory, "reports");
        Assert.True(Directory.Exists(reports), $"No reports folder.{Environment.NewLine}{build}");
        Assert.Equal(
            ["Consumer.pii-inventory.json", "Consumer.pii-inventory.md"],
            Directory.GetFiles(reports).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(ExpectedJson.ReplaceLineEndings("\n"), File.ReadAllText(Path.Combine(reports, "Consumer.pii-inventory.json")));
        Assert.Equal(ExpectedMarkdown.ReplaceLineEndings("\n"), File.ReadAllText(Path.Combine(reports, "Consumer.pii-inventory.md")));
        Assert.Contains("wrote the personal data inventory to", build.Output);
    }
}
