using PiiAnalyzers.Cli.Loading;
using PiiAnalyzers.Cli.Scanning;

namespace PiiAnalyzers.Cli.Tests.Scan;

/// <summary>
/// <c>pii scan</c> of a folder of projects that were never restored: its files compiled with the global usings, shared
/// frameworks and package stand-ins their builds would have, and its test code left out unless <c>--include-tests</c>.
/// </summary>
public class FolderModeTests
{
    // PII0003 needs the SDK's implicit 'using System;', every [PersonalData] the project's <Using Include="PiiAnalyzers" />,
    // PII0001 the [LoggerMessage] stand-in, PII0002 the EF Core one (FaceImage's encrypting converter binds, so no finding).
    private const string ProductFindings =
        "src/Shop.Core/Customer.cs(14,41): warning PII0003: Customer.Phone (contact.phone) is placed in the message of ArgumentException\n"
        + "src/Shop.Core/Data/Verification.cs(8,19): error PII0002: Verification.IdCardNumber (identity.national-id) is stored unencrypted in the database by ShopDbContext\n"
        + "src/Shop.Core/Security/SignInService.cs(8,29): warning PII0001: Customer.Phone (contact.phone) is written to a log by LogCodeSent\n";

    private const string SkippedNote = "Skipped 3 file(s) as tests (test projects and folders, *Tests.cs, fixtures, seeders); --include-tests keeps them.\n";

    private static string Fixture => Path.Combine(TestFiles.Root, "tests", "PiiAnalyzers.Cli.Tests", "Fixtures", "Scan", "Workspace");

    [Fact]
    public void Workspace_FindsWhatItsBuildWould_AndLeavesTestProjectsFoldersAndSeedersOut()
    {
        var folder = CopyFixture();

        var result = CliResult.Run("scan", folder, "--severity", "info");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(ProductFindings, result.Output);
        Assert.StartsWith(SkippedNote + $"Parsing 4 C# file(s) in {folder}\n", result.Error, StringComparison.Ordinal);
        Assert.Contains("Applying 8 global using(s) of 1 project file(s).\n", result.Error, StringComparison.Ordinal);
        Assert.Contains("Unresolved package APIs stood in for by PiiStandIns.Microsoft.Extensions.Logging, PiiStandIns.Microsoft.EntityFrameworkCore.\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void IncludeTests_KeepsTheTestProjectsFoldersAndSeeders()
    {
        var folder = CopyFixture();

        var result = CliResult.Run("scan", folder, "--severity", "info", "--include-tests");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            "src/Shop.Checks/PhoneRules.cs(7,70): warning PII0001: Customer.Phone (contact.phone) is written to a log by WriteLine\n"
            + "src/Shop.Core/Customer.cs(14,41): warning PII0003: Customer.Phone (contact.phone) is placed in the message of ArgumentException\n"
            + "src/Shop.Core/Data/CustomerSeeder.cs(9,27): warning PII0001: Customer.Phone (contact.phone) is written to a log by WriteLine\n"
            + "src/Shop.Core/Data/Verification.cs(8,19): error PII0002: Verification.IdCardNumber (identity.national-id) is stored unencrypted in the database by ShopDbContext\n"
            + "src/Shop.Core/Security/SignInService.cs(8,29): warning PII0001: Customer.Phone (contact.phone) is written to a log by LogCodeSent\n"
            + "tests/Shop.Core.Tests/CustomerTests.cs(10,45): warning PII0003: Customer.Phone (contact.phone) is placed in the message of InvalidOperationException\n",
            result.Output);
        Assert.DoesNotContain("Skipped", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ScanningATestProjectsFolder_ScansIt()
    {
        var folder = Path.Combine(CopyFixture(), "tests", "Shop.Core.Tests");

        var result = CliResult.Run("scan", folder, "--severity", "info");

        // CustomerTests.cs is named as a test, in a test folder, of a test project: all of it is what the user named.
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith(
            $"note: {folder} is test code; it is scanned whole (tests are left out only below what is named).\nParsing 1 C# file(s) in {folder}\n",
            result.Error,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tests/Shop.Core.Tests/Shop.Core.Tests.csproj", false)]
    [InlineData("src/Shop.Checks/Shop.Checks.csproj", false)]
    [InlineData("src/Shop.Checks", false)]
    [InlineData("tests", false)]
    [InlineData("src/Shop.Core/Shop.Core.csproj", true)]
    [InlineData("src/Shop.Core", true)]
    [InlineData(".", true)]
    public void WhatIsNamed_IsScannedWhole_WhenItIsTestCode(string path, bool skipsTests)
    {
        var folder = CopyFixture();
        var console = new Output.CommandConsole(new StringWriter(), new StringWriter());

        var filter = CompilationLoader.ForTarget(Path.Combine(folder, path), new PathFilter([], skipTests: true), console);

        Assert.Equal(skipsTests, filter.SkipsTests);
    }

    [Fact]
    public void WebSdkProject_GetsAspNetCore_InsteadOfTheLoggingStandIn()
    {
        var folder = CopyFixture();
        var project = Path.Combine(folder, "src", "Shop.Core", "Shop.Core.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("Sdk=\"Microsoft.NET.Sdk\"", "Sdk=\"Microsoft.NET.Sdk.Web\"", StringComparison.Ordinal));

        var result = CliResult.Run("scan", folder, "--severity", "info");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(ProductFindings, result.Output);

        // The Web SDK's 9 usings but Microsoft.Extensions.Logging, which the project also names.
        Assert.Contains("Applying 16 global using(s) of 1 project file(s).\n", result.Error, StringComparison.Ordinal);
        Assert.Contains("Unresolved package APIs stood in for by PiiStandIns.Microsoft.EntityFrameworkCore.\n", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tests/Orders/OrderServiceTests.cs", true)]
    [InlineData("src/Orders.UnitTests/Builders.cs", true)]
    [InlineData("Shop.Module.Tests.Controllers/GlobalUsings.cs", true)]
    [InlineData("src/Api/Test/Helpers.cs", true)]
    [InlineData("src/Api/TestData/People.cs", true)]
    [InlineData("src/Api/Fixtures/Db.cs", true)]
    [InlineData("benchmarks/Scan.cs", true)]
    [InlineData("src/Api/Infrastructure/CatalogContextSeed.cs", true)]
    [InlineData("src/Core/Data/CoreSeedData.cs", true)]
    [InlineData("src/Core/Data/UserSeeder.cs", true)]
    [InlineData("src/Core/Data/ApplicationDataSeeding.cs", true)]
    [InlineData("src/Api/DatabaseFixture.cs", true)]
    [InlineData("util/Seeder/Steps/CreateRosterStep.cs", true)]
    [InlineData("src/Shop.Seeder/Program.cs", true)]
    [InlineData("src/Api/Latest.cs", false)]
    [InlineData("src/Api/Contest.cs", false)]
    [InlineData("src/Notifications/TestNotifier.cs", false)]
    [InlineData("src/Ordering.Domain/SeedWork/Entity.cs", false)]
    [InlineData("src/Contests/Entry.cs", false)]
    [InlineData("src/Api/Requests.cs", false)]
    public void TestCode_TellsTestsAndSeedersFromProductCode(string path, bool isTest)
    {
        Assert.Equal(isTest, TestCode.IsTestPath(path));
        Assert.Equal(!isTest, new PathFilter([], skipTests: true).Includes(path));
        Assert.Equal(isTest, new PathFilter([], skipTests: true).IsSkippedAsTest(path));
        Assert.True(PathFilter.Default.Includes(path));
    }

    [Fact]
    public void PathFilter_TestRulesApplyBelowTheRootOnly()
    {
        var filter = new PathFilter([], skipTests: true);

        Assert.True(filter.Includes("/home/me/tests/Shared/Linked.cs"));
        Assert.False(filter.IsSkippedAsTest("obj/CustomerTests.cs"));
    }

    [Fact]
    public void ProjectFile_GlobalUsings_AreTheSdksThenTheItems_InBuildOrder()
    {
        var folder = TestFiles.TempFolder();
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), """
            <Project>
              <PropertyGroup><ImplicitUsings>true</ImplicitUsings></PropertyGroup>
              <ItemGroup><Using Include="Shared.Kernel" /></ItemGroup>
            </Project>
            """);
        var project = Path.Combine(folder, "Api.csproj");
        File.WriteAllText(project, """
            <Project Sdk="Microsoft.NET.Sdk.Worker">
              <ItemGroup>
                <Using Remove="System.Net.Http" />
                <Using Include="System.Math" Static="true" />
                <Using Include="System.Text.Json.JsonSerializer"><Alias>Json</Alias></Using>
                <Using Include="Never.Conditional" Condition="'$(Configuration)' == 'Debug'" />
              </ItemGroup>
            </Project>
            """);

        var file = ProjectFile.TryRead(project)!;

        Assert.Equal(
            [
                "global using global::Shared.Kernel;", "global using global::System;", "global using global::System.Collections.Generic;",
                "global using global::System.IO;", "global using global::System.Linq;", "global using global::System.Threading;",
                "global using global::System.Threading.Tasks;", "global using global::Microsoft.Extensions.Configuration;",
                "global using global::Microsoft.Extensions.DependencyInjection;", "global using global::Microsoft.Extensions.Hosting;",
                "global using global::Microsoft.Extensions.Logging;", "global using static global::System.Math;",
                "global using Json = global::System.Text.Json.JsonSerializer;",
            ],
            file.GlobalUsings.Select(globalUsing => globalUsing.ToSource()));
        Assert.Empty(file.Frameworks);
        Assert.False(file.IsTestProject);
    }

    [Fact]
    public void ProjectFile_ImplicitUsingsOff_OnlyTheItems_AndTheWebSdkReferencesAspNetCore()
    {
        var folder = TestFiles.TempFolder();
        var project = Path.Combine(folder, "Web.csproj");
        File.WriteAllText(project, """<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><Using Include="Web.Models" /></ItemGroup></Project>""");

        var file = ProjectFile.TryRead(project)!;

        Assert.Equal(["global using global::Web.Models;"], file.GlobalUsings.Select(globalUsing => globalUsing.ToSource()));
        Assert.Equal(["Microsoft.AspNetCore.App"], file.Frameworks.AsEnumerable());
    }

    [Theory]
    [InlineData("""<Project Sdk="MSTest.Sdk/3.6.0" />""", true)]
    [InlineData("""<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup></Project>""", true)]
    [InlineData("""<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="NUnit" Version="4.0.0" /></ItemGroup></Project>""", true)]
    [InlineData("""<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Microsoft.NET.Test.Sdk" /></ItemGroup></Project>""", true)]
    [InlineData("""<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Serilog" /></ItemGroup></Project>""", false)]
    [InlineData("""<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><IsTestProject>false</IsTestProject></PropertyGroup></Project>""", false)]
    public void ProjectFile_IsTestProject_BySdkPropertyOrTestPackage(string xml, bool isTest)
    {
        var project = Path.Combine(TestFiles.TempFolder(), "P.csproj");
        File.WriteAllText(project, xml);

        Assert.Equal(isTest, ProjectFile.TryRead(project)!.IsTestProject);
    }

    [Fact]
    public void ProjectFile_ThatIsNotXml_IsNone()
    {
        var project = Path.Combine(TestFiles.TempFolder(), "Broken.csproj");
        File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");

        Assert.Null(ProjectFile.TryRead(project));
    }

    private static string CopyFixture()
    {
        var folder = TestFiles.TempFolder();
        TestFiles.CopyFolder(Fixture, folder);
        return folder;
    }
}
