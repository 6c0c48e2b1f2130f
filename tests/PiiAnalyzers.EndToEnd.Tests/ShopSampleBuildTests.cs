using System.Text.Json;
using System.Text.RegularExpressions;
using PiiAnalyzers.EndToEnd.Tests.Infrastructure;

namespace PiiAnalyzers.EndToEnd.Tests;

/// <summary>
/// samples/ShopSample builds, and reports exactly the mistakes it makes on purpose: no more (the rest of the shop is
/// annotated and agrees with its privacy policy), no less. Both what <c>dotnet build</c> prints (warnings and errors of
/// every tool) and the compiler's error log (every PiiAnalyzers diagnostic, Info included) are compared, and the
/// sample's README must show each printed line.
/// </summary>
/// <remarks>
/// In the package collection only so that it does not build at the same time as the pack (two cores); it builds the
/// sample from the repository's projects, into an artifacts folder of its own.
/// </remarks>
[Collection(PackageCollection.Name)]
public class ShopSampleBuildTests
{
    /// <summary>What the sample reports: file (relative to the sample), line, column, severity and id. One line each.</summary>
    private static readonly string[] Expected =
    [
        "Security/SignInService.cs(34,29): warning PII0001",
        "Verification/RealNameVerification.cs(24,19): warning PII0002",
        "Security/SignInRecord.cs(21,19): warning PII0101",
        "Verification/RealNameVerification.cs(24,19): warning PII0103",
        "Orders/ShippingNotices.cs(16,17): warning PII0005",
        "Customers/Customer.cs(15,19): warning PII0105",
        "Customers/Customer.cs(15,19): warning PII0107",
    ];

    private static readonly Regex DiagnosticLine = new(
        @"^(?<file>.+?)\((?<line>\d+),(?<column>\d+)(,\d+,\d+)?\): (?<severity>warning|error) (?<id>[A-Za-z]+\d+): (?<message>.*?)(?: \[[^\]]+\])?$",
        RegexOptions.None,
        TimeSpan.FromSeconds(1));

    private static string SampleDirectory => Path.Combine(Repository.Root, "samples", "ShopSample");

    [Fact]
    public async Task ShopSample_Builds_AndReportsExactlyItsDeliberateMistakes()
    {
        var work = Path.Combine(Path.GetTempPath(), "PiiAnalyzers.ShopSample", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var errorLog = Path.Combine(work, "ShopSample.sarif");
            var build = await DotNetCli.RunAsync(
                Repository.Root,
                [
                    "build", Path.Combine(SampleDirectory, "ShopSample.csproj"),
                    "--artifacts-path", Path.Combine(work, "artifacts"),
                    "--no-incremental",
                    "-tl:off",
                    // The compiler's SARIF log: every diagnostic it reports, Info included, which the console leaves out.
                    $"-p:ErrorLog={errorLog}%2Cversion=2.1",
                ],
                PackageFixture.PackTimeout);
            Assert.True(build.ExitCode == 0, build.ToString());

            var printed = PrintedDiagnostics(build.Output);
            Assert.True(
                Expected.Order(StringComparer.Ordinal).SequenceEqual(printed.Keys.Order(StringComparer.Ordinal)),
                $"Expected exactly:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", Expected)}{Environment.NewLine}"
                + $"The build printed:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", printed.Keys)}{Environment.NewLine}{build}");

            var logged = LoggedPiiDiagnostics(errorLog);
            var expectedIds = Expected.Select(entry => entry.Replace(": warning ", ": ", StringComparison.Ordinal).Replace(": error ", ": ", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            Assert.True(
                expectedIds.SequenceEqual(logged.Order(StringComparer.Ordinal)),
                $"The compiler's log holds other PiiAnalyzers diagnostics than expected (Info ones are not printed):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", logged)}");

            var readme = File.ReadAllText(Path.Combine(SampleDirectory, "README.md")).ReplaceLineEndings("\n");
            foreach (var line in printed.Values)
            {
                Assert.True(readme.Contains(line, StringComparison.Ordinal), $"samples/ShopSample/README.md does not show what the build prints:{Environment.NewLine}  {line}");
            }
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("PII_E2E_KEEP") != "1")
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>Distinct warning and error lines: "file(line,col): severity ID" → the line as the README shows it (relative path, no project suffix).</summary>
    private static Dictionary<string, string> PrintedDiagnostics(string output)
    {
        var printed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in output.ReplaceLineEndings("\n").Split('\n'))
        {
            var match = DiagnosticLine.Match(raw.Trim());
            if (!match.Success)
            {
                // A warning or error without a source location ("CSC : warning CS8032", "warning NU1603") counts too.
                if (raw.Contains(": warning ", StringComparison.Ordinal) || raw.Contains(": error ", StringComparison.Ordinal))
                {
                    printed[raw.Trim()] = raw.Trim();
                }

                continue;
            }

            var file = Relative(match.Groups["file"].Value);
            var key = $"{file}({match.Groups["line"].Value},{match.Groups["column"].Value}): {match.Groups["severity"].Value} {match.Groups["id"].Value}";
            printed[key] = $"{key}: {match.Groups["message"].Value}";
        }

        return printed;
    }

    /// <summary>Every PII diagnostic in the SARIF 2.1 log, as "file(line,col): ID".</summary>
    private static List<string> LoggedPiiDiagnostics(string errorLog)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(errorLog));
        var logged = new List<string>();
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var results))
            {
                continue;
            }

            foreach (var result in results.EnumerateArray())
            {
                var id = result.GetProperty("ruleId").GetString() ?? "";
                if (!id.StartsWith("PII", StringComparison.Ordinal))
                {
                    continue;
                }

                var location = result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0
                    ? locations[0].GetProperty("physicalLocation")
                    : default;
                if (location.ValueKind != JsonValueKind.Object)
                {
                    logged.Add($"(no location): {id}");
                    continue;
                }

                var file = Relative(new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath);
                var region = location.GetProperty("region");
                logged.Add($"{file}({region.GetProperty("startLine").GetInt32()},{region.GetProperty("startColumn").GetInt32()}): {id}");
            }
        }

        return logged.Distinct().ToList();
    }

    private static string Relative(string path) =>
        Path.IsPathRooted(path) ? Path.GetRelativePath(SampleDirectory, path).Replace('\\', '/') : path.Replace('\\', '/');
}
