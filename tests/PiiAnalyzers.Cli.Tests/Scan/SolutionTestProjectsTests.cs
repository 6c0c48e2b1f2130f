namespace PiiAnalyzers.Cli.Tests.Scan;

/// <summary><c>pii scan</c> of a solution: its test projects are not compiled, and its projects' test files not reported.</summary>
public class SolutionTestProjectsTests
{
    private const string Leak = "throw new System.ArgumentException(\"Cannot rename \" + member.Email);";

    [Fact]
    public void Solution_SkipsItsTestProjectsAndTestFiles_UnlessIncludeTests()
    {
        var folder = TestFiles.TempFolder();
        var attributes = typeof(PersonalDataAttribute).Assembly.Location;
        Write(folder, "App/App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><Reference Include="{attributes}" /></ItemGroup>
            </Project>
            """);
        Write(folder, "App/Member.cs", "namespace App;\n\npublic sealed class Member\n{\n    [PiiAnalyzers.PersonalData(PiiAnalyzers.DataCategories.Contact.Email)]\n    public string Email { get; set; } = \"\";\n}\n");
        Write(folder, "App/Members.cs", $"namespace App;\n\npublic static class Members\n{{\n    public static void Rename(Member member) => {Leak}\n}}\n");
        Write(folder, "App/MemberTests.cs", $"namespace App;\n\npublic static class MemberTests\n{{\n    public static void Rename(Member member) => {Leak}\n}}\n");
        Write(folder, "Checks/Checks.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><IsTestProject>true</IsTestProject></PropertyGroup>
              <ItemGroup><Reference Include="{attributes}" /><ProjectReference Include="../App/App.csproj" /></ItemGroup>
            </Project>
            """);
        Write(folder, "Checks/RenameChecks.cs", $"namespace Checks;\n\npublic static class RenameChecks\n{{\n    public static void Rename(App.Member member) => {Leak}\n}}\n");
        Write(folder, "All.sln", """
            Microsoft Visual Studio Solution File, Format Version 12.00
            Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "App", "App/App.csproj", "{0E8F1C3A-5B6D-4E7F-8A9B-0C1D2E3F4A5B}"
            EndProject
            Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "Checks", "Checks/Checks.csproj", "{1F9A2D4B-6C7E-4F8A-9B0C-1D2E3F4A5B6C}"
            EndProject
            Global
            EndGlobal
            """);
        var solution = Path.Combine(folder, "All.sln");

        var scan = CliResult.Run("scan", solution);
        var withTests = CliResult.Run("scan", solution, "--include-tests");

        Assert.True(scan.ExitCode == 1, scan.ToString());
        Assert.Equal("App/Members.cs(5,84): warning PII0003: Member.Email (contact.email) is placed in the message of ArgumentException\n", scan.Output);
        Assert.Contains("Skipping test project Checks\n", scan.Error, StringComparison.Ordinal);
        Assert.Contains("Skipped 2 file(s) as tests (test projects and folders, *Tests.cs, fixtures, seeders); --include-tests keeps them.\n", scan.Error, StringComparison.Ordinal);
        Assert.Equal(
            "App/MemberTests.cs(5,84): warning PII0003: Member.Email (contact.email) is placed in the message of ArgumentException\n"
            + "App/Members.cs(5,84): warning PII0003: Member.Email (contact.email) is placed in the message of ArgumentException\n"
            + "Checks/RenameChecks.cs(5,88): warning PII0003: Member.Email (contact.email) is placed in the message of ArgumentException\n",
            withTests.Output);
    }

    private static void Write(string folder, string path, string text)
    {
        var file = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }
}
