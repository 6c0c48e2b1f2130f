using System.Text.Json;
using PiiAnalyzers.EndToEnd.Tests.Infrastructure;

namespace PiiAnalyzers.EndToEnd.Tests;

/// <summary>The package's build/ files turn a PiiPolicy item into an AdditionalFiles item the analyzers can tell apart.</summary>
[Collection(PackageCollection.Name)]
public class PolicyItemTests
{
    private readonly PackageFixture _package;

    public PolicyItemTests(PackageFixture package)
    {
        _package = package;
    }

    [Fact]
    public async Task PiiPolicy_BecomesAnAdditionalFileWithPiiKindPolicy_VisibleToTheCompiler()
    {
        var consumer = _package.CreateConsumer("policy");
        consumer.WriteProject("""
                <PiiPolicy Include="PRIVACY.md" />
                <AdditionalFiles Include="notes.txt" />
            """);
        consumer.WriteFile("PRIVACY.md", "# 隐私政策\n\n我们收集您的手机号码，用于订单配送。\n");
        consumer.WriteFile("notes.txt", "not a policy\n");
        consumer.WriteFile("Customer.cs", """
            using PiiAnalyzers;

            namespace Consumer;

            public sealed class Customer
            {
                [PersonalData(DataCategories.Contact.Phone)]
                public string? Phone { get; set; }
            }
            """);

        var restore = await consumer.RunAsync(["restore", ConsumerProject.ProjectFileName, "-tl:off"]);
        Assert.True(restore.ExitCode == 0, restore.ToString());

        // The items after evaluation, and the .editorconfig the compiler is given, which is how an analyzer reads the metadata.
        var query = await consumer.RunAsync(
        [
            "msbuild", ConsumerProject.ProjectFileName,
            "-t:GenerateMSBuildEditorConfigFile",
            "-getItem:AdditionalFiles",
            "-getProperty:GeneratedMSBuildEditorConfigFile",
        ]);
        Assert.True(query.ExitCode == 0, query.ToString());

        using var json = JsonDocument.Parse(query.StandardOutput);
        var additionalFiles = json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .ToDictionary(item => item.GetProperty("Identity").GetString()!, item => item.TryGetProperty("PiiKind", out var kind) ? kind.GetString() : null);
        Assert.True(additionalFiles.Count == 2, $"Expected PRIVACY.md and notes.txt as AdditionalFiles, each once.{Environment.NewLine}{query}");
        Assert.True(additionalFiles.GetValueOrDefault("PRIVACY.md") == "Policy", $"PRIVACY.md should be an AdditionalFile with PiiKind=Policy.{Environment.NewLine}{query}");
        Assert.True(string.IsNullOrEmpty(additionalFiles.GetValueOrDefault("notes.txt", "missing")), $"notes.txt should be an AdditionalFile without PiiKind.{Environment.NewLine}{query}");

        var editorConfigPath = Path.Combine(consumer.Directory, json.RootElement.GetProperty("Properties").GetProperty("GeneratedMSBuildEditorConfigFile").GetString()!);
        var editorConfig = File.ReadAllText(editorConfigPath);
        Assert.True(
            SectionOf(editorConfig, "PRIVACY.md").Contains("build_metadata.AdditionalFiles.PiiKind = Policy"),
            $"{editorConfigPath} should give PRIVACY.md the PiiKind metadata:{Environment.NewLine}{editorConfig}");
        Assert.True(
            !SectionOf(editorConfig, "notes.txt").Contains("PiiKind = Policy"),
            $"{editorConfigPath} should not mark notes.txt as a policy:{Environment.NewLine}{editorConfig}");
    }

    /// <summary>The lines of the generated .editorconfig's section for a file ("[/full/path/PRIVACY.md]").</summary>
    private static IEnumerable<string> SectionOf(string editorConfig, string fileName) =>
        editorConfig.ReplaceLineEndings("\n").Split('\n')
            .SkipWhile(line => !(line.StartsWith('[') && line.EndsWith("/" + fileName + "]", StringComparison.Ordinal)))
            .Skip(1)
            .TakeWhile(line => !line.StartsWith('['))
            .Select(line => line.Trim());
}
