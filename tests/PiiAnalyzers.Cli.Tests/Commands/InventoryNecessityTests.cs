using System.Text.Json;

namespace PiiAnalyzers.Cli.Tests.Commands;

/// <summary>
/// <c>pii inventory</c> on a folder whose .editorconfig sets <c>pii_app_type</c>: every element necessary (必要) or optional
/// (非必要) in every format, as the generator judges it; and the shop without an app type stays as it was (its golden files).
/// </summary>
public class InventoryNecessityTests
{
    private static string Folder => Path.Combine(TestFiles.Root, "tests", "PiiAnalyzers.Cli.Tests", "Fixtures", "AppTypedShop");

    [Theory]
    [MemberData(nameof(InventoryCommandTests.FormatsAndLanguages), MemberType = typeof(InventoryCommandTests))]
    public void Folder_WithAnAppType_EveryFormatAndLanguage_MatchesTheGoldenFile(string format, string language)
    {
        var result = CliResult.Run("inventory", Folder, "--format", format, "--lang", language);

        Assert.True(result.ExitCode == 0, result.ToString());
        TestFiles.MatchGolden(result.Output, $"app-typed-shop.{language}.{format}");
    }

    [Fact]
    public void Folder_WithAnAppType_JudgesEachElement()
    {
        var inventory = JsonDocument.Parse(CliResult.Run("inventory", Folder, "--format", "json").Output);

        Assert.Equal(
            ["Phone True", "Address True", "BirthDate False", "Email False"],
            inventory.RootElement.GetProperty("elements").EnumerateArray().Select(element => $"{element.GetProperty("member").GetString()} {element.GetProperty("necessary").GetBoolean()}"));
    }

    [Fact]
    public void Folder_WithoutAnAppType_HasNoNecessity()
    {
        var output = CliResult.Run("inventory", TestFiles.ShopFolder, "--format", "json").Output;

        Assert.DoesNotContain("\"necessary\"", output, StringComparison.Ordinal);
    }
}
