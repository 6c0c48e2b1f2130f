using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiAnalyzers.Tests;

/// <summary>Every diagnostic is documented, tracked for release, linked to its page and listed in the README.</summary>
public class DiagnosticDescriptorTests
{
    public static TheoryData<string> DescriptorNames()
    {
        var data = new TheoryData<string>();
        foreach (var field in DescriptorFields())
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DescriptorNames))]
    public void Descriptor_LinksToItsRulePage_WhichExists(string name)
    {
        var descriptor = Descriptor(name);

        Assert.Matches("^PII[0-9]{4}$", descriptor.Id);
        Assert.Equal($"https://github.com/PiiAnalyzers/PiiAnalyzers/blob/main/docs/rules/{descriptor.Id}.md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(RepositoryFiles.PathOf($"docs/rules/{descriptor.Id}.md")), $"docs/rules/{descriptor.Id}.md is missing");
    }

    [Theory]
    [MemberData(nameof(DescriptorNames))]
    public void Descriptor_IsTrackedForRelease_WithItsCategoryAndSeverity(string name)
    {
        var descriptor = Descriptor(name);
        var releases = RepositoryFiles.Read("src/PiiAnalyzers/AnalyzerReleases.Shipped.md") + RepositoryFiles.Read("src/PiiAnalyzers/AnalyzerReleases.Unshipped.md");

        Assert.Matches(new Regex($@"^{descriptor.Id}\s*\|\s*{Regex.Escape(descriptor.Category)}\s*\|\s*{descriptor.DefaultSeverity}\s*\|", RegexOptions.Multiline), releases);
    }

    [Theory]
    [MemberData(nameof(DescriptorNames))]
    public void Descriptor_IsListedInTheReadmeRuleTable(string name)
    {
        var descriptor = Descriptor(name);
        var readme = RepositoryFiles.Read("README.md");

        Assert.Contains($"| [{descriptor.Id}](docs/rules/{descriptor.Id}.md) |", readme);
    }

    [Theory]
    [MemberData(nameof(DescriptorNames))]
    public void Descriptor_IsSupportedByAnAnalyzer(string name)
    {
        var descriptor = Descriptor(name);
        if (descriptor.Id == RuleIdentifiers.NotAnalyzed)
        {
            // The pii command reports it about its own run; no analyzer can.
            return;
        }

        var supported = typeof(RuleIdentifiers).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .SelectMany(type => ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics);

        Assert.Contains(descriptor, supported);
    }

    [Theory]
    [MemberData(nameof(DescriptorNames))]
    public void Descriptor_ReadsInChinese_WhenTheUiCultureIsChinese(string name)
    {
        var descriptor = Descriptor(name);
        var chinese = CultureInfo.GetCultureInfo("zh-Hans");

        var title = descriptor.Title.ToString(chinese);
        var message = descriptor.MessageFormat.ToString(chinese);

        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", title);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
        Assert.NotEqual(descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), message);
    }

    [Fact]
    public void EveryRulePage_BelongsToADescriptor()
    {
        var ids = DescriptorFields().Select(field => ((DiagnosticDescriptor)field.GetValue(null)!).Id).ToHashSet();
        var pages = Directory.GetFiles(RepositoryFiles.PathOf("docs/rules"), "PII*.md").Select(page => Path.GetFileNameWithoutExtension(page)!);

        Assert.All(pages, page => Assert.Contains(page, ids));
    }

    private static DiagnosticDescriptor Descriptor(string name) =>
        (DiagnosticDescriptor)typeof(DiagnosticDescriptors).GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    private static IEnumerable<FieldInfo> DescriptorFields() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor));
}
