using System.Text.Json;

namespace PiiAnalyzers.Cli.Tests.Scan;

/// <summary>
/// <c>pii scan</c> on code nobody annotated: personal data inferred from names is reported as warnings, unlike in a build
/// (suggestions), unless the code's <c>.editorconfig</c> sets <c>pii_inference_severity</c> itself.
/// </summary>
public class InferenceScanTests
{
    private const string Payments = """
        using Microsoft.Extensions.Logging;

        namespace Shop;

        public class PaymentRequest
        {
            public string CardNumber { get; set; } = "";
            public decimal Amount { get; set; }
        }

        public class PaymentService(ILogger<PaymentService> logger)
        {
            public void Pay(PaymentRequest request, string email)
            {
                logger.LogInformation("Paying {Amount}", request.Amount);
                logger.LogInformation("Paying for {Email} with {@Request}", email, request);
            }
        }
        """;

    private const string InferredFindings =
        "Payments.cs(16,69): warning PII0001: email (contact.email) is written to a log by LogInformation (inferred from 'email': annotate it with [PersonalData] or mark it [NotPersonalData])\n"
        + "Payments.cs(16,76): warning PII0001: PaymentRequest.CardNumber (financial.bank-account) is written to a log by LogInformation (inferred from 'CardNumber': annotate it with [PersonalData] or mark it [NotPersonalData])\n";

    [Fact]
    public void InferredLeaks_AreWarnings_InAScan()
    {
        var folder = Folder();

        var result = CliResult.Run("scan", folder);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(InferredFindings, result.Output);
    }

    [Fact]
    public void TheCodesOwnInferenceSettings_Win()
    {
        var folder = Folder();
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n\n[*.cs]\npii_inference_severity = suggestion\n");

        var result = CliResult.Run("scan", folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void InferenceOff_LeavesOnlyTheSuggestionToAnnotate()
    {
        var folder = Folder();
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n\n[*.cs]\npii_inference = false\n");

        var result = CliResult.Run("scan", folder, "--severity", "info");

        // PII0006 still suggests the annotation, at info, which this run asked for.
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            "Payments.cs(7,19): info PII0006: 'PaymentRequest.CardNumber' looks like personal data ('financial.bank-account') but has no [PersonalData] annotation\n",
            result.Output);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Json_AndSarif_CarryTheDiagnosticsProperties(string format)
    {
        var folder = Folder();
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n\n[*.cs]\npii_inference = false\n");

        var result = CliResult.Run("scan", folder, "--severity", "info", "--format", format);

        using var json = JsonDocument.Parse(result.Output);
        var finding = format == "json"
            ? json.RootElement.GetProperty("findings")[0]
            : json.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        var properties = finding.GetProperty("properties");
        Assert.Equal("financial.bank-account", properties.GetProperty("Category").GetString());
        Assert.Equal("high", properties.GetProperty("Confidence").GetString());
    }

    private static string Folder()
    {
        var folder = TestFiles.TempFolder();
        File.WriteAllText(Path.Combine(folder, "Payments.cs"), Payments);
        return folder;
    }
}
