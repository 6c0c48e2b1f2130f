using System.Text.Json;
using PiiAnalyzers.Cli.Tests.Policy;

namespace PiiAnalyzers.Cli.Tests.Check;

/// <summary>
/// <c>pii check</c> (issue 6) on a sample whose policy deliberately misses one category (the national id) and
/// over-promises encryption (the phone number is not encrypted).
/// </summary>
public class CheckCommandTests
{
    private static string Folder => PolicyFixtures.CheckFolder;

    private static string Policy => Path.Combine(Folder, "PRIVACY.md");

    [Fact]
    public void Text_PrintsWhatTheBuildPrints_AndExitsWith1OnErrors()
    {
        var result = CliResult.Run("check", Folder, "--policy", Policy);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            """
            App/Member.cs(8,19): error PII0103: The privacy policy 'PRIVACY.md' promises that 'contact.phone' is stored encrypted (line 9), but 'Member.Phone' is not marked [EncryptedAtRest]
            App/Member.cs(16,20): error PII0101: 'Member.IdCardNumber' collects 'identity.national-id', which the privacy policy 'PRIVACY.md' does not declare

            """.ReplaceLineEndings("\n"),
            result.Output);
        Assert.Contains("2 error(s), 0 warning(s).", result.Error);
    }

    [Fact]
    public void StructuredPolicyThatDeclaresEverything_HasNoErrors_AndExitsWith0()
    {
        var result = CliResult.Run("check", Folder, "--policy", Path.Combine(Folder, "clean-policy.json"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            "App/Member.cs(16,20): warning PII0106: 'Member.IdCardNumber' collects 'identity.national-id', which is sensitive personal information, but the privacy policy 'clean-policy.json' does not call it sensitive\n",
            result.Output);
    }

    [Fact]
    public void FindingsOnThePolicy_PointAtItsLine()
    {
        var folder = TestFiles.TempFolder();
        TestFiles.CopyFolder(Folder, folder);
        var policy = Path.Combine(folder, "PRIVACY.md");
        File.WriteAllText(policy, File.ReadAllText(policy).ReplaceLineEndings("\n").Replace("地址。\n", "地址。\n\n我们还会收集您的银行卡号。\n", StringComparison.Ordinal));

        var result = CliResult.Run("check", folder, "--policy", policy, "--format", "text");

        Assert.Contains("PRIVACY.md(7,", result.Output);
        Assert.Contains(" PII0102: ", result.Output);
    }

    [Fact]
    public void Solution_ReportsADeclaredCategoryAsNeverCollected_OnlyWhenNoProjectCollectsIt()
    {
        var folder = TestFiles.TempFolder();
        foreach (var (name, category, member) in new[] { ("A", "Contact.Phone", "Phone"), ("B", "Contact.Email", "Email") })
        {
            Directory.CreateDirectory(Path.Combine(folder, name));
            File.WriteAllText(Path.Combine(folder, name, name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
                  <ItemGroup><Reference Include="{typeof(PersonalDataAttribute).Assembly.Location}" /></ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, name, name + ".cs"), $"using PiiAnalyzers;\n\nnamespace {name};\n\npublic class C\n{{\n    [PersonalData(DataCategories.{category})]\n    public string {member} {{ get; set; }} = \"\";\n}}\n");
        }

        File.WriteAllText(Path.Combine(folder, "All.slnx"), "<Solution>\n  <Project Path=\"A/A.csproj\" />\n  <Project Path=\"B/B.csproj\" />\n</Solution>\n");
        File.WriteAllText(Path.Combine(folder, "PRIVACY.md"), "# 隐私政策\n\n## 一、我们如何收集和使用您的个人信息\n\n我们会收集您的手机号码、电子邮箱地址和收货地址。\n");

        var result = CliResult.Run("check", Path.Combine(folder, "All.slnx"), "--policy", Path.Combine(folder, "PRIVACY.md"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("PRIVACY.md(5,20): info PII0102: The privacy policy 'PRIVACY.md' declares 'contact.address' (\"收货地址\"), but no code in this project collects it\n", result.Output);
        Assert.Contains("Loading solution", result.Error);
    }

    [Theory]
    [InlineData(new[] { "check", "/no/such/folder", "--policy", "/no/such/policy.md" }, "/no/such/policy.md does not exist.")]
    [InlineData(new[] { "check", "." }, "Run 'pii --help' for usage.")]
    [InlineData(new[] { "check", ".", "--policy", "p.md", "--format", "xml" }, "Unknown format 'xml': use text, json or sarif.")]
    public void BadInput_ExitsWith2(string[] args, string message)
    {
        var result = CliResult.Run(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void MissingCodeFolder_ExitsWith2()
    {
        var result = CliResult.Run("check", "/no/such/folder", "--policy", Policy);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error: /no/such/folder does not exist.", result.Error);
    }

    [Fact]
    public void Sarif_HasTheRulesAndTheResultsWithTheirLocations()
    {
        var file = Path.Combine(TestFiles.TempFolder(), "check.sarif");

        var result = CliResult.Run("check", Folder, "--policy", Policy, "--format", "sarif", "--output", file);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        using var sarif = JsonDocument.Parse(File.ReadAllText(file));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(rule => rule.GetProperty("id").GetString()).ToList();
        Assert.Contains("PII0101", rules);
        Assert.Contains("PII0110", rules);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["PII0103", "PII0101"], results.Select(r => r.GetProperty("ruleId").GetString()));
        var location = results[1].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("App/Member.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(16, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(20, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Scan.SarifAssert.HasRequiredProperties(sarif.RootElement);
    }

    [Fact]
    public async Task BuiltCli_OutOfProcess_PrintsWhatTheInProcessRunPrints()
    {
        var (exitCode, stdout, _) = await Scan.OutOfProcess.RunAsync("check", Folder, "--policy", Policy);

        Assert.Equal(1, exitCode);
        Assert.Equal(CliResult.Run("check", Folder, "--policy", Policy).Output, stdout);
    }
}
