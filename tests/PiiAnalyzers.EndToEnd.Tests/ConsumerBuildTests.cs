using PiiAnalyzers.EndToEnd.Tests.Infrastructure;

namespace PiiAnalyzers.EndToEnd.Tests;

/// <summary>A project that references the packed package gets the analyzers' diagnostics in its build, at the severity it configures.</summary>
[Collection(PackageCollection.Name)]
public class ConsumerBuildTests
{
    private const string Message = "'contact.phon' is not a known data category; did you mean 'contact.phone'?";

    private const string MisspeltCategory = "[PersonalData(\"contact.phon\")]";

    // Compiles cleanly: the compiler runs no analyzer on a compilation with errors.
    private const string Customer = $$"""
        using PiiAnalyzers;

        namespace Consumer;

        public sealed class Customer
        {
            {{MisspeltCategory}}
            public string? Phone { get; set; }

            [PersonalData(DataCategories.Contact.Email)]
            public string? Email { get; set; }
        }
        """;

    private readonly PackageFixture _package;

    public ConsumerBuildTests(PackageFixture package)
    {
        _package = package;
    }

    [Theory]
    [InlineData("warning", true, "warning")]
    [InlineData("error", false, "error")]
    [InlineData(null, false, "error")] // PII0007 is an error by default
    public async Task Build_ReportsMisspeltCategory_AtTheConfiguredSeverity(string? configuredSeverity, bool succeeds, string reportedSeverity)
    {
        var consumer = _package.CreateConsumer($"severity-{configuredSeverity ?? "default"}");
        consumer.WriteFile("Customer.cs", Customer);
        if (configuredSeverity is not null)
        {
            consumer.WriteEditorConfig($"dotnet_diagnostic.PII0007.severity = {configuredSeverity}");
        }

        var build = await consumer.BuildAsync();

        Assert.True(
            succeeds == (build.ExitCode == 0),
            $"Expected the build to {(succeeds ? "succeed" : "fail")}.{Environment.NewLine}{build}");
        AssertContains(build, $"Customer.cs{MisspeltCategoryLocation()}: {reportedSeverity} PII0007: {Message}");
        // Only the misspelt category is wrong: the valid annotation and the compilation itself report nothing, and the
        // analyzer loads (CS8032, CS9057) and runs (AD0001) in this SDK's compiler.
        AssertDoesNotContain(build, "error CS");
        AssertDoesNotContain(build, "warning CS");
        AssertDoesNotContain(build, "AD0001");
    }

    [Fact]
    public async Task Build_UnderChineseUi_ReportsTheMessageFromTheSatelliteAssembly()
    {
        var consumer = _package.CreateConsumer("zh-Hans");
        consumer.WriteFile("Customer.cs", Customer);
        consumer.WriteEditorConfig("dotnet_diagnostic.PII0007.severity = warning");

        var build = await consumer.BuildAsync(new Dictionary<string, string> { ["DOTNET_CLI_UI_LANGUAGE"] = "zh-Hans" });

        Assert.True(build.ExitCode == 0, build.ToString());
        AssertContains(build, $"Customer.cs{MisspeltCategoryLocation()}: warning PII0007: 'contact.phon' 不是已知的数据类别；是否应为 'contact.phone'？");
    }

    /// <summary>"(line,column)" of the misspelt category argument, as the compiler prints it (both 1-based).</summary>
    private static string MisspeltCategoryLocation()
    {
        var lines = Customer.ReplaceLineEndings("\n").Split('\n');
        var line = Array.FindIndex(lines, text => text.Contains(MisspeltCategory, StringComparison.Ordinal));
        var column = lines[line].IndexOf("\"contact.phon\"", StringComparison.Ordinal);
        return $"({line + 1},{column + 1})";
    }

    private static void AssertContains(ProcessResult result, string expected) =>
        Assert.True(result.Output.Contains(expected, StringComparison.Ordinal), $"Expected the output to contain:{Environment.NewLine}  {expected}{Environment.NewLine}{result}");

    private static void AssertDoesNotContain(ProcessResult result, string unexpected) =>
        Assert.False(result.Output.Contains(unexpected, StringComparison.Ordinal), $"Expected the output not to contain:{Environment.NewLine}  {unexpected}{Environment.NewLine}{result}");
}
