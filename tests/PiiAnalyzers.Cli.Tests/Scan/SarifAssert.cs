using System.Text.Json;

namespace PiiAnalyzers.Cli.Tests.Scan;

/// <summary>
/// The SARIF 2.1.0 structure the commands must write (no SARIF library is available to validate against the schema):
/// the properties the schema requires, and those GitHub code scanning needs.
/// </summary>
internal static class SarifAssert
{
    public static void HasRequiredProperties(JsonElement sarif)
    {
        Assert.Equal("2.1.0", sarif.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", sarif.GetProperty("$schema").GetString());
        var runs = sarif.GetProperty("runs");
        Assert.Equal(JsonValueKind.Array, runs.ValueKind);
        foreach (var run in runs.EnumerateArray())
        {
            var driver = run.GetProperty("tool").GetProperty("driver");
            Assert.Equal("pii", driver.GetProperty("name").GetString());
            var rules = driver.GetProperty("rules").EnumerateArray().ToList();
            Assert.NotEmpty(rules);
            foreach (var rule in rules)
            {
                Assert.Matches("^(PII|AD)[0-9]{4}$", rule.GetProperty("id").GetString());
                Assert.False(string.IsNullOrEmpty(rule.GetProperty("name").GetString()));
                Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
                Assert.False(string.IsNullOrEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
                Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "none", "note", "warning", "error" });
                if (rule.GetProperty("id").GetString()!.StartsWith("PII", StringComparison.Ordinal))
                {
                    Assert.StartsWith("https://", rule.GetProperty("helpUri").GetString());
                }
            }

            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                var ruleIndex = result.GetProperty("ruleIndex").GetInt32();
                Assert.Equal(rules[ruleIndex].GetProperty("id").GetString(), result.GetProperty("ruleId").GetString());
                Assert.Contains(result.GetProperty("level").GetString(), new[] { "none", "note", "warning", "error" });
                Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
                var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                Assert.False(string.IsNullOrEmpty(location.GetProperty("artifactLocation").GetProperty("uri").GetString()));
                Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
                Assert.True(location.GetProperty("region").GetProperty("startColumn").GetInt32() >= 1);
            }
        }
    }
}
