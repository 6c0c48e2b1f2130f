using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Cli.Annotating;
using PiiAnalyzers.Cli.Loading;
using PiiAnalyzers.Cli.Output;
using PiiAnalyzers.Cli.Scanning;

namespace PiiAnalyzers.Cli.Tests.Annotate;

/// <summary>
/// <c>--min-confidence</c>: PII0006 diagnostics carry their confidence in a <c>Confidence</c> property; one without it
/// counts as high. The analyzer here stands in for PII0006 with the confidences of its table, so that the filter is
/// tested whatever the real analyzer says.
/// </summary>
public class ConfidenceTests
{
    [Theory]
    [InlineData(null, "high")]
    [InlineData("high", "high")]
    [InlineData("medium", "medium")]
    [InlineData("LOW", "low")]
    [InlineData("certain", "low")]
    public void DiagnosticConfidence_IsItsProperty_HighWhenItHasNone_LowWhenUnknown(string? property, string expected)
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add(UnannotatedPersonalDataAnalyzer.CategoryProperty, "contact.email");
        if (property is not null)
        {
            properties = properties.Add(ConfidenceFilter.Property, property);
        }

        var diagnostic = Diagnostic.Create(DiagnosticDescriptors.UnannotatedPersonalData, Location.None, properties, "Customer.Email", "contact.email");

        Assert.Equal(Parse(expected), ConfidenceFilter.Of(diagnostic));
    }

    [Theory]
    [InlineData("high", new[] { "Customer.Email", "Customer.Notes" }, 3)]
    [InlineData("medium", new[] { "Customer.Email", "Customer.MobileNo", "Customer.Notes" }, 2)]
    [InlineData("low", new[] { "Customer.ContactEmail", "Customer.Email", "Customer.IdCardNo", "Customer.MobileNo", "Customer.Notes" }, 0)]
    public async Task MinimumConfidence_AnnotatesWhatIsAtLeastAsSure_AndCountsTheRest(string minimum, string[] expected, int below)
    {
        var folder = AnnotateCommandTests.CopyFixture();
        var console = new CommandConsole(TextWriter.Null, TextWriter.Null);
        var code = new LoadedCode(folder, [CompilationLoader.LoadFolder(folder, PathFilter.Default, console, CancellationToken.None)]);

        var plan = await Annotator.PlanAsync(code, Parse(minimum), CancellationToken.None, new StandInDiscovery());

        Assert.Equal(expected, plan.Members.Select(member => member.Member).Order(StringComparer.Ordinal));
        Assert.Equal(below, plan.BelowConfidence);
    }

    [Fact]
    public void MinConfidenceLow_InAnyCasing_AnnotatesEveryMemberDiscoveryReports()
    {
        var result = CliResult.Run("annotate", AnnotateCommandTests.CopyFixture(), "--min-confidence", "Low");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(AnnotateCommandTests.Annotated, result.Output);
    }

    private static PiiAnalyzers.Discovery.DiscoveryConfidence Parse(string name) =>
        ConfidenceFilter.TryParse(name, out var confidence) ? confidence : throw new ArgumentException(name);

    /// <summary>PII0006 on the members of its table, with their confidence; "Notes" is reported without one.</summary>
    // Not marked [DiagnosticAnalyzer]: CompilationWithAnalyzers runs it all the same, and no build loads it.
#pragma warning disable RS1001 // See above.
    private sealed class StandInDiscovery : DiagnosticAnalyzer
    {
        private static readonly Dictionary<string, (string Category, string? Confidence)> Members = new()
        {
            ["Email"] = ("contact.email", "high"),
            ["MobileNo"] = ("contact.phone", "medium"),
            ["ContactEmail"] = ("contact.email", "low"),
            ["IdCardNo"] = ("identity.national-id", "low"),
            ["Notes"] = ("profile.name", null),
            ["ShippingAddress"] = ("contact.address", "low"),
        };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.UnannotatedPersonalData];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSymbolAction(Report, SymbolKind.Field, SymbolKind.Property);
        }

        private static void Report(SymbolAnalysisContext context)
        {
            if (context.Symbol.ContainingType.Name != "Customer" || !Members.TryGetValue(context.Symbol.Name, out var member))
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(UnannotatedPersonalDataAnalyzer.CategoryProperty, member.Category);
            if (member.Confidence is not null)
            {
                properties = properties.Add(ConfidenceFilter.Property, member.Confidence);
            }

            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnannotatedPersonalData, context.Symbol.Locations[0], properties, $"Customer.{context.Symbol.Name}", member.Category));
        }
    }
}
