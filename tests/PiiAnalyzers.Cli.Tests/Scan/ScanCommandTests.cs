using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Cli.Loading;
using PiiAnalyzers.Cli.Output;
using PiiAnalyzers.Cli.Scanning;

namespace PiiAnalyzers.Cli.Tests.Scan;

/// <summary><c>pii scan</c> (issue 9) over a folder whose packages (logging, Json.NET) were never restored.</summary>
public class ScanCommandTests
{
    private const string InfoFinding = "Customer.cs(10,19): info PII0006: 'Customer.Email' looks like personal data ('contact.email') but has no [PersonalData] annotation\n";

    // PII0001 on calls into Microsoft.Extensions.Logging and Serilog, which do not resolve: the scan stands in for them.
    private const string WarningFindings =
        "Customer.cs(12,42): warning PII0004: ToString of Customer includes Customer.Phone (contact.phone)\n"
        + "Services/AuditService.cs(7,88): warning PII0001: Customer.Phone (contact.phone) is written to a log by Information\n"
        + "Services/CustomerService.cs(18,55): warning PII0001: Customer.Phone (contact.phone) is written to a log by LogInformation\n"
        + "Services/CustomerService.cs(21,41): warning PII0003: Customer.Phone (contact.phone) is placed in the message of ArgumentException\n";

    private static string Fixture => Path.Combine(TestFiles.Root, "tests", "PiiAnalyzers.Cli.Tests", "Fixtures", "Scan", "Legacy");

    [Fact]
    public void Folder_WithUnresolvedPackages_FindsTheExpectedDiagnostics_AndSkipsGeneratedBinObjAndMigrations()
    {
        var folder = CopyFixture();

        var result = CliResult.Run("scan", folder, "--severity", "info");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(InfoFinding + WarningFindings, result.Output);
        Assert.Contains("Parsing 3 C# file(s)", result.Error);
        Assert.Contains("Unresolved package APIs stood in for by PiiStandIns.Microsoft.Extensions.Logging, PiiStandIns.Serilog.", result.Error);
        Assert.Contains("Analyzed 1 of 1", result.Error);
    }

    [Fact]
    public void Folder_EditorConfigFiles_SetSeveritiesAndOptions_AsInABuild()
    {
        var folder = CopyFixture();
        File.WriteAllText(
            Path.Combine(folder, ".editorconfig"),
            "root = true\n\n[*.cs]\ndotnet_diagnostic.PII0004.severity = error\ndotnet_diagnostic.PII0003.severity = none\n\n[Customer.cs]\npii_discovery = false\n");
        File.WriteAllText(Path.Combine(folder, "Services", ".editorconfig"), "[AuditService.cs]\ndotnet_diagnostic.PII0001.severity = suggestion\n");
        File.WriteAllText(Path.Combine(folder, "obj", ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.PII0001.severity = none\n");

        var result = CliResult.Run("scan", folder, "--severity", "info");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            "Customer.cs(12,42): error PII0004: ToString of Customer includes Customer.Phone (contact.phone)\n"
            + "Services/AuditService.cs(7,88): info PII0001: Customer.Phone (contact.phone) is written to a log by Information\n"
            + "Services/CustomerService.cs(18,55): warning PII0001: Customer.Phone (contact.phone) is written to a log by LogInformation\n",
            result.Output);
        Assert.Contains("Applying 2 .editorconfig file(s).", result.Error);
    }

    [Fact]
    public void DefaultSeverity_IsWarning()
    {
        var result = CliResult.Run("scan", Fixture);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(WarningFindings, result.Output);
    }

    [Fact]
    public void NothingAtOrAboveTheSeverity_ExitsWith0()
    {
        var result = CliResult.Run("scan", Fixture, "--severity", "error");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Exclude_SkipsMatchingFiles()
    {
        var result = CliResult.Run("scan", Fixture, "--exclude", "Services/**");

        Assert.Equal("Customer.cs(12,42): warning PII0004: ToString of Customer includes Customer.Phone (contact.phone)\n", result.Output);
    }

    [Fact]
    public void Json_HasEveryFindingWithItsFingerprint()
    {
        var result = CliResult.Run("scan", Fixture, "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(["PII0004", "PII0001", "PII0001", "PII0003"], findings.Select(finding => finding.GetProperty("ruleId").GetString()));
        var leak = findings[3];
        Assert.Equal("Services/CustomerService.cs", leak.GetProperty("path").GetString());
        Assert.Equal(21, leak.GetProperty("line").GetInt32());
        Assert.Equal(41, leak.GetProperty("column").GetInt32());
        Assert.Equal("warning", leak.GetProperty("severity").GetString());
        Assert.Equal("Legacy.Services.CustomerService.Register(Legacy.Customer)", leak.GetProperty("symbol").GetString());
        Assert.Matches("^[0-9a-f]{32}$", leak.GetProperty("fingerprint").GetString());
        Assert.StartsWith("https://", leak.GetProperty("helpUri").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("baselined").GetInt32());
    }

    [Fact]
    public void Sarif_HasTheRequiredProperties_AndEveryRuleOfThePackage()
    {
        var result = CliResult.Run("scan", Fixture, "--format", "sarif");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var sarif = JsonDocument.Parse(result.Output);
        SarifAssert.HasRequiredProperties(sarif.RootElement);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(rule => rule.GetProperty("id").GetString()).ToList();
        Assert.Contains("PII0001", rules);
        Assert.Contains("PII0006", rules);
        Assert.Contains("PII0101", rules);
        Assert.Equal(4, run.GetProperty("results").GetArrayLength());
        Assert.StartsWith("file:///", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
    }

    [Fact]
    public void Baseline_RoundTrip_EditsAboveAFindingDoNotResurrectIt_ANewLeakIsOneNewFinding()
    {
        var folder = CopyFixture();
        var baseline = Path.Combine(folder, "pii-baseline.json");

        var written = CliResult.Run("scan", folder, "--write-baseline", baseline);
        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Equal(string.Empty, written.Output);
        Assert.Contains("0 new finding(s) at or above warning; 4 in the baseline.", written.Error);

        // Lines added above both findings move them; re-indenting the leak changes only white space.
        var service = Path.Combine(folder, "Services", "CustomerService.cs");
        var customer = Path.Combine(folder, "Customer.cs");
        File.WriteAllText(customer, "// Legacy code, scanned with a baseline.\n\n" + File.ReadAllText(customer));
        File.WriteAllText(service, "// A comment\n// and another\n" + File.ReadAllText(service).Replace("throw new ArgumentException(", "throw   new ArgumentException(", StringComparison.Ordinal));
        var edited = CliResult.Run("scan", folder, "--baseline", baseline);
        Assert.True(edited.ExitCode == 0, edited.ToString());
        Assert.Equal(string.Empty, edited.Output);

        File.WriteAllText(service, File.ReadAllText(service).Replace(
            "        return JsonConvert.SerializeObject(customer);",
            "        if (customer.Phone.StartsWith('0'))\n        {\n            throw new InvalidOperationException(\"Bad prefix: \" + customer.Phone);\n        }\n\n        return JsonConvert.SerializeObject(customer);",
            StringComparison.Ordinal));
        var leaked = CliResult.Run("scan", folder, "--baseline", baseline);
        Assert.True(leaked.ExitCode == 1, leaked.ToString());
        Assert.Equal(
            "Services/CustomerService.cs(28,49): warning PII0003: Customer.Phone (contact.phone) is placed in the message of InvalidOperationException\n",
            leaked.Output);
    }

    [Fact]
    public void Fingerprint_IgnoresTheLineNumberAndWhiteSpace_ButNotTheCode()
    {
        var fingerprint = Fingerprints.Compute("PII0003", "A.cs", "A.M()", "  throw new X(phone);");

        Assert.Equal(fingerprint, Fingerprints.Compute("PII0003", "A.cs", "A.M()", "throw   new X(phone);\t"));
        Assert.NotEqual(fingerprint, Fingerprints.Compute("PII0003", "A.cs", "A.M()", "throw new X(email);"));
        Assert.NotEqual(fingerprint, Fingerprints.Compute("PII0003", "A.cs", "A.N()", "throw new X(phone);"));
        Assert.NotEqual(fingerprint, Fingerprints.Compute("PII0003", "B.cs", "A.M()", "throw new X(phone);"));
    }

    [Theory]
    [InlineData("Services/**", "Services/CustomerService.cs", false)]
    [InlineData("Services/**", "Customer.cs", true)]
    [InlineData("*.Tests.cs", "src/Deep/Foo.Tests.cs", false)]
    [InlineData("Legacy", "Legacy/Old.cs", false)]
    [InlineData("src/*.cs", "src/Deep/Foo.cs", true)]
    [InlineData("src/**/*.cs", "src/Deep/Foo.cs", false)]
    [InlineData(null, "obj/Debug/Foo.cs", false)]
    [InlineData(null, "Data/Migrations/20240101_Init.cs", false)]
    [InlineData(null, "Views/Form1.Designer.cs", false)]
    [InlineData(null, "Api/Client.g.cs", false)]
    [InlineData(null, "Api/Client.cs", true)]
    public void PathFilter_SkipsDefaultsAndGlobs(string? glob, string path, bool included)
    {
        var filter = new PathFilter(glob is null ? [] : [glob]);

        Assert.Equal(included, filter.Includes(path));
    }

    [Fact]
    public async Task AnalyzerException_IsAFindingWithTheFile_NotACrash()
    {
        var folder = CopyFixture();
        var console = new CommandConsole(new StringWriter(), new StringWriter());
        var code = new LoadedCode(folder, [CompilationLoader.LoadFolder(folder, PathFilter.Default, console, CancellationToken.None)]);

        var findings = await AnalysisEngine.RunAsync(
            code,
            [new ThrowingAnalyzer(), .. AnalysisEngine.AllAnalyzers()],
            ImmutableArray<AdditionalText>.Empty,
            inner => inner,
            PathFilter.Default,
            ScanBudgets.Default,
            console,
            CancellationToken.None);

        var failure = Assert.Single(findings, finding => finding.RuleId == "AD0001");
        Assert.Equal("Customer.cs", failure.Path);
        Assert.Contains("ThrowingAnalyzer", failure.Message);
        Assert.Contains(findings, finding => finding.RuleId == "PII0003");
    }

    [Theory]
    [InlineData(new[] { "scan", "/no/such/folder" }, "error: /no/such/folder does not exist.")]
    [InlineData(new[] { "scan", ".", "--severity", "fatal" }, "error: Unknown severity 'fatal': use info, warning or error.")]
    [InlineData(new[] { "scan", ".", "--format", "xml" }, "error: Unknown format 'xml': use text, json or sarif.")]
    [InlineData(new[] { "scan", ".", "--baseline", "/no/such/baseline.json" }, "error: The baseline /no/such/baseline.json does not exist (write one with --write-baseline).")]
    public void BadInput_ExitsWith2(string[] args, string message)
    {
        var result = CliResult.Run(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains(message, result.Error);
    }

    [Theory]
    [InlineData("[1, 2]", "it has no \"findings\" array")]
    [InlineData("{\"foo\":1}", "it has no \"findings\" array")]
    [InlineData("{\"findings\":[{\"fingerprint\":\"a\"},{\"ruleId\":\"PII0001\"}]}", "finding 2 has no \"fingerprint\" string")]
    [InlineData("{\"findings\":", "it is not JSON (")]
    public void BaselineThatIsNotOne_ExitsWith2_AndSaysWhatIsWrong(string content, string reason)
    {
        var file = Path.Combine(TestFiles.TempFolder(), "baseline.json");
        File.WriteAllText(file, content);

        var result = CliResult.Run("scan", Fixture, "--baseline", file);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"error: {file} is not a pii baseline: {reason}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FolderGivenAsBaseline_ExitsWith2_AndSaysSo()
    {
        var folder = TestFiles.TempFolder();

        var result = CliResult.Run("scan", Fixture, "--baseline", folder);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"error: The baseline {folder} is a folder; --baseline takes the file --write-baseline wrote.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteBaselineUnderAFile_ExitsWith2_NamingTheFile()
    {
        var file = Path.Combine(TestFiles.TempFolder(), "not-a-folder");
        File.WriteAllText(file, "x");
        var baseline = Path.Combine(file, "baseline.json");

        var result = CliResult.Run("scan", Fixture, "--write-baseline", baseline);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"error: Cannot write {baseline}: {file} is a file, not a folder.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scan")]
    [InlineData("inventory")]
    public void FolderWithoutCSharpFiles_ExitsWith2_AndSaysSo(string command)
    {
        var folder = TestFiles.TempFolder();
        File.WriteAllText(Path.Combine(folder, "README.md"), "# not code");

        var result = CliResult.Run(command, folder);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains($"error: {folder} holds no C# files (*.cs), in it or below it.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectThatMSBuildCannotLoad_WithFolderFallback_ScansTheFolder_WithANote()
    {
        var folder = CopyFixture();
        var project = Path.Combine(folder, "Legacy.csproj");
        File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");

        var result = CliResult.Run("scan", project, "--folder-fallback");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(WarningFindings, result.Output);
        Assert.Contains("could not be loaded with MSBuild", result.Error);
    }

    [Fact]
    public async Task BuiltCli_OutOfProcess_WritesOnlyResultsToStandardOutput()
    {
        var (exitCode, stdout, stderr) = await OutOfProcess.RunAsync("scan", Fixture);

        Assert.Equal(1, exitCode);
        Assert.Equal(WarningFindings, stdout);
        Assert.Contains("Analyzing ", stderr);
    }

    private static string CopyFixture()
    {
        var folder = TestFiles.TempFolder();
        TestFiles.CopyFolder(Fixture, folder);

        // bin/ and obj/ are not kept in the repository; what they hold must be skipped all the same.
        foreach (var skipped in new[] { "obj", "bin" })
        {
            Directory.CreateDirectory(Path.Combine(folder, skipped));
            File.WriteAllText(Path.Combine(folder, skipped, "Generated.cs"), "namespace Legacy;\n\npublic sealed class Generated\n{\n    public override string ToString() => new Customer().Phone;\n}\n");
        }

        return folder;
    }

    // Not marked [DiagnosticAnalyzer]: CompilationWithAnalyzers runs it all the same, and no build loads it.
#pragma warning disable RS1001 // See above.
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
#pragma warning disable RS2008 // A test rule, never shipped.
        private static readonly DiagnosticDescriptor Rule = new("TEST0001", "Test", "Test", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxTreeAction(tree =>
            {
                if (tree.Tree.FilePath.EndsWith("Customer.cs", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("boom");
                }
            });
        }
    }
#pragma warning restore RS1001
}
