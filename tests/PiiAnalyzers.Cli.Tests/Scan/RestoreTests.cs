namespace PiiAnalyzers.Cli.Tests.Scan;

/// <summary>
/// A project that was never restored is named on standard error, its results incomplete; <c>--restore</c> restores it
/// first (tested on projects that need no network: no packages, or only a package source on disk).
/// </summary>
public class RestoreTests
{
    private const string Finding = "Member.cs(11,69): warning PII0003: Member.Email (contact.email) is placed in the message of ArgumentException\n";

    private static string Fixture => Path.Combine(TestFiles.Root, "tests", "PiiAnalyzers.Cli.Tests", "Fixtures", "Scan", "Unrestored");

    [Fact]
    public void FolderWithAnUnrestoredProject_SaysSo()
    {
        var folder = CopyFixture();

        var result = CliResult.Run("scan", folder);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(Finding, result.Output);
        Assert.Contains(NotRestored(folder), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FolderWithARestoredProject_SaysNothing()
    {
        var folder = CopyFixture();
        Directory.CreateDirectory(Path.Combine(folder, "obj"));
        File.WriteAllText(Path.Combine(folder, "obj", "project.assets.json"), "{ \"version\": 3, \"targets\": { \"net10.0\": {} } }");

        var result = CliResult.Run("scan", folder);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(Finding, result.Output);
        Assert.DoesNotContain("not restored", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandWithoutRestore_DoesNotOfferIt()
    {
        var folder = CopyFixture();
        var policy = Path.Combine(TestFiles.Root, "tests", "PiiAnalyzers.Cli.Tests", "Fixtures", "Check", "PRIVACY.md");

        var result = CliResult.Run("check", folder, "--policy", policy);

        Assert.Contains($"{Path.Combine(folder, "Unrestored.csproj")}: not restored: results are incomplete (run 'dotnet restore')\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnrestoredProject_InMSBuildMode_SaysSo()
    {
        var folder = CopyFixture();

        var result = CliResult.Run("scan", Path.Combine(folder, "Unrestored.csproj"));

        // MSBuild loads it all the same (no fallback to the folder).
        Assert.True(result.ExitCode != 2, result.ToString());
        Assert.DoesNotContain("could not be loaded with MSBuild", result.Error, StringComparison.Ordinal);
        Assert.Contains("Compiling project 1 of 1: Unrestored\n", result.Error, StringComparison.Ordinal);
        Assert.Contains(NotRestored(folder), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_RestoresTheProject_ThenScans()
    {
        var folder = CopyFixture();

        var result = CliResult.Run("scan", folder, "--restore");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(Finding, result.Output);
        Assert.Contains($"Running dotnet restore {Path.Combine(folder, "Unrestored.csproj")}\n", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "obj", "project.assets.json")), result.ToString());
        Assert.DoesNotContain("not restored", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RestoreThatFails_IsReported_AndTheScanGoesOnWithTheNote()
    {
        var folder = CopyFixture();
        var source = Path.Combine(folder, "packages");
        Directory.CreateDirectory(source);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="empty" value="{source}" />
              </packageSources>
            </configuration>
            """);
        var project = Path.Combine(folder, "Unrestored.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace(
            "</Project>",
            "  <ItemGroup>\n    <PackageReference Include=\"PiiAnalyzers.NoSuchPackage\" Version=\"1.0.0\" />\n  </ItemGroup>\n</Project>",
            StringComparison.Ordinal));

        var result = CliResult.Run("scan", folder, "--restore");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(Finding, result.Output);
        Assert.Contains($"warning: dotnet restore {project} failed (exit code 1); scanning without it.\n", result.Error, StringComparison.Ordinal);
        Assert.Contains("PiiAnalyzers.NoSuchPackage", result.Error, StringComparison.Ordinal);
        Assert.Contains(NotRestored(folder), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_OfAFolderWithoutAProject_SaysSo_AndScans()
    {
        var folder = CopyFixture();
        File.Delete(Path.Combine(folder, "Unrestored.csproj"));

        var result = CliResult.Run("scan", folder, "--restore");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(Finding, result.Output);
        Assert.Contains($"note: --restore: {folder} holds no project or solution file to restore.\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RestoredProject_ItsPackagesAreReferenced_InsteadOfStandIns()
    {
        var folder = CopyFixture();
        var packages = Path.Combine(folder, "packages");
        var serilog = Path.Combine(packages, "serilog", "4.4.0", "lib", "net10.0", "Serilog.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(serilog)!);
        var package = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Serilog",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace Serilog { public static class Log { public static void Information(string messageTemplate, params object[] propertyValues) { } } public interface ILogger { } }")],
            Basic.Reference.Assemblies.Net100.References.All,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        using (var stream = File.Create(serilog))
        {
            Assert.True(package.Emit(stream).Success);
        }

        Directory.CreateDirectory(Path.Combine(folder, "obj"));
        File.WriteAllText(Path.Combine(folder, "obj", "project.assets.json"), $$"""
            {
              "version": 3,
              "targets": { "net10.0": { "Serilog/4.4.0": { "type": "package", "compile": { "lib/net10.0/Serilog.dll": {} } } } },
              "libraries": { "Serilog/4.4.0": { "type": "package", "path": "serilog/4.4.0" } },
              "packageFolders": { "{{packages.Replace("\\", "\\\\", StringComparison.Ordinal)}}": {} }
            }
            """);
        File.WriteAllText(Path.Combine(folder, "Audit.cs"), "namespace Unrestored;\n\npublic static class Audit\n{\n    public static void Record(Member member) => Serilog.Log.Information(\"Renamed {Email}\", member.Email);\n}\n");

        var result = CliResult.Run("scan", folder);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("Audit.cs(5,92): warning PII0001: Member.Email (contact.email) is written to a log by Information\n" + Finding, result.Output);
        Assert.Contains("Referencing the packages of 1 restored project(s).\n", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("stood in for", result.Error, StringComparison.Ordinal);
    }

    private static string NotRestored(string folder) =>
        $"{Path.Combine(folder, "Unrestored.csproj")}: not restored: results are incomplete (run 'dotnet restore' or pass --restore)\n";

    private static string CopyFixture()
    {
        var folder = TestFiles.TempFolder();
        TestFiles.CopyFolder(Fixture, folder);
        return folder;
    }
}
