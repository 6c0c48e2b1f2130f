using System.Diagnostics;

namespace PiiAnalyzers.Cli.Tests.Diff;

/// <summary>
/// <c>pii inventory diff --base-ref REF PATH</c>: the path as it is on disk against the same path at a git revision, in
/// repositories the tests make; and what it says when there is no repository, no such revision, no such path there, or no git.
/// </summary>
public class BaseRefTests
{
    private static string ExtractionFolder => Path.Combine(Path.GetTempPath(), "pii-inventory-diff");

    [Fact]
    public void Folder_AtThePreviousCommit_AgainstTheWorkingCopy_GivesTheChanges_AndLeavesNoTemporaryFolder()
    {
        var repository = ShopRepository();
        var before = Extractions();

        var result = CliResult.Run("inventory", "diff", "--base-ref", "HEAD~1", Path.Combine(repository, "src", "Shop"), "--format", "text", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(DiffFixtures.CustomerChangesInEnglish, result.Output);
        Assert.Matches($"Extracting HEAD~1 \\([0-9a-f]{{12}}\\) of {System.Text.RegularExpressions.Regex.Escape(repository)}\n", result.Error);
        Assert.Equal(before, Extractions());
    }

    [Fact]
    public void WorkingCopy_IsTheHead_WithItsUncommittedChanges()
    {
        var repository = ShopRepository();
        var customer = Path.Combine(repository, "src", "Shop", "Customer.cs");
        File.WriteAllText(customer, File.ReadAllText(customer).Replace("[RetainUntil(\"P180D\")]", "[RetainUntil(\"P30D\")]\n    [EncryptedAtRest]", StringComparison.Ordinal));

        var result = CliResult.Run("inventory", "diff", "--base-ref", "HEAD", Path.Combine(repository, "src", "Shop"), "--format", "text", "--lang", "en", "--fail-on", "new-sensitive,new-category,new-recipient");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            """
            Personal data inventory changes
            Elements: 1 changed.

            Retention changed (1):
              Shop.Customer.Email [email address (contact.email)] Customer.cs:17: P180D → P30D

            Now encrypted at rest (1):
              Shop.Customer.Email [email address (contact.email)] Customer.cs:17: no → yes

            """.ReplaceLineEndings("\n"),
            result.Output);
    }

    [Fact]
    public void RepositoryRoot_AsThePath_IsDiffedWhole()
    {
        var repository = ShopRepository();

        var result = CliResult.Run("inventory", "diff", "--base-ref", "HEAD~1", repository, "--format", "text", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(DiffFixtures.CustomerChangesInEnglish.Replace(" Customer.cs:", " src/Shop/Customer.cs:", StringComparison.Ordinal), result.Output);
    }

    [Fact]
    public void RestoredProject_TheRevisionGetsTheWorkingTreesRestoreOutput_SoBothSidesReadTheSamePackages()
    {
        var repository = ShopRepository();
        TestGit.Write(repository, (".gitignore", "obj/\n"), ("src/Shop/Shop.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n"));
        TestGit.CommitAll(repository, "A project file");
        TestGit.Write(repository, ("src/Shop/obj/project.assets.json", "{ \"version\": 3, \"targets\": { \"net10.0\": {} } }"));

        var result = CliResult.Run("inventory", "diff", "--base-ref", "HEAD", Path.Combine(repository, "src", "Shop"), "--format", "text", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Personal data inventory changes\nNo change to the personal data inventory.\n", result.Output);
        Assert.Matches("Gave 1 project\\(s\\) of HEAD \\([0-9a-f]{12}\\) the restore output of the working tree\\.\n", result.Error);
        Assert.DoesNotContain("not restored", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("references other packages", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PackagesTheChangeAddsOrRemoves_AreNamedInANote()
    {
        var repository = ShopRepository();
        const string Project = "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include=\"Serilog\" Version=\"4.0.0\" />\n  </ItemGroup>\n</Project>\n";
        TestGit.Write(repository, (".gitignore", "obj/\n"), ("src/Shop/Shop.csproj", Project));
        TestGit.CommitAll(repository, "A project file");
        TestGit.Write(
            repository,
            ("src/Shop/Shop.csproj", Project.Replace("Serilog\" Version=\"4.0.0", "Twilio\" Version=\"7.0.0", StringComparison.Ordinal)),
            ("src/Shop/obj/project.assets.json", "{ \"version\": 3, \"targets\": { \"net10.0\": {} } }"));

        var result = CliResult.Run("inventory", "diff", "--base-ref", "HEAD", Path.Combine(repository, "src", "Shop"), "--format", "text", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(
            "note: src/Shop/Shop\\.csproj references other packages at HEAD \\([0-9a-f]{12}\\) than in the working tree \\(added: Twilio; removed: Serilog\\); "
            + "both sides are read with the working tree's packages: a third party of the SDK catalog that a package added brings is counted as new, one that a package removed brings is not seen on either side\\.\n",
            result.Error);
    }

    [Fact]
    public void SdkOfAPackageTheChangeAdds_IsANewRecipient_ThoughTheRevisionIsReadWithThatPackage()
    {
        var repository = ShopRepository();
        const string Project = "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n";
        TestGit.Write(repository, (".gitignore", "obj/\n"), ("src/Shop/Shop.csproj", Project));
        TestGit.CommitAll(repository, "A project file");
        var packages = TestFiles.TempFolder();
        var twilio = Path.Combine(packages, "twilio", "7.0.0", "lib", "net10.0", "Twilio.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(twilio)!);
        var standIn = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Twilio",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace Twilio.Rest.Api.V2010.Account { public class MessageResource { public static MessageResource Create(string to, string from, string body) => new MessageResource(); } }")],
            Basic.Reference.Assemblies.Net100.References.All,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        using (var stream = File.Create(twilio))
        {
            Assert.True(standIn.Emit(stream).Success);
        }

        TestGit.Write(
            repository,
            ("src/Shop/Shop.csproj", Project.Replace("</Project>", "  <ItemGroup>\n    <PackageReference Include=\"Twilio\" Version=\"7.0.0\" />\n  </ItemGroup>\n</Project>", StringComparison.Ordinal)),
            ("src/Shop/obj/project.assets.json", $$"""
                {
                  "version": 3,
                  "targets": { "net10.0": { "Twilio/7.0.0": { "type": "package", "compile": { "lib/net10.0/Twilio.dll": {} } } } },
                  "libraries": { "Twilio/7.0.0": { "type": "package", "path": "twilio/7.0.0" } },
                  "packageFolders": { "{{packages.Replace("\\", "\\\\", StringComparison.Ordinal)}}": {} }
                }
                """));

        var result = CliResult.Run("inventory", "diff", "--base-ref", "HEAD", Path.Combine(repository, "src", "Shop"), "--format", "text", "--lang", "en", "--fail-on", "new-recipient");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            """
            Personal data inventory changes
            Third parties: 1 added; new: 1 recipient.

            New recipients: Twilio SMS

            Third parties added (1):
              Twilio SMS (Twilio Inc., US): no personal data seen passed to it

            """.ReplaceLineEndings("\n"),
            result.Output);
        Assert.EndsWith("error: --fail-on new-recipient: 1 new recipient: Twilio SMS\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Project_LoadedWithMSBuild_OnBothSides_TheRevisionWithTheWorkingTreesRestore()
    {
        var repository = TestGit.Init();
        var project = $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{typeof(PersonalDataAttribute).Assembly.Location}" />
              </ItemGroup>
            </Project>
            """;
        TestGit.Write(repository, (".gitignore", "bin/\nobj/\n"), ("src/Shop/Shop.csproj", project), ("src/Shop/Customer.cs", DiffFixtures.CustomerBefore));
        TestGit.CommitAll(repository, "Customer");
        TestGit.Write(repository, ("src/Shop/Customer.cs", DiffFixtures.CustomerAfter));
        TestGit.CommitAll(repository, "Customer: the ID card number, shared phone");
        var (restored, restoreOutput) = await DotnetAsync(["restore", Path.Combine(repository, "src", "Shop", "Shop.csproj"), "--disable-build-servers", "-nodeReuse:false"]);
        Assert.True(restored == 0, restoreOutput);

        var result = CliResult.Run("inventory", "diff", "--base-ref", "HEAD~1", Path.Combine(repository, "src", "Shop", "Shop.csproj"), "--format", "text", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(DiffFixtures.CustomerChangesInEnglish, result.Output);
        Assert.Matches("Gave 1 project\\(s\\) of HEAD~1 \\([0-9a-f]{12}\\) the restore output of the working tree\\.\n", result.Error);
        Assert.DoesNotContain("not restored", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NotARepository_ExitsWith2()
    {
        var folder = DiffFixtures.CodeFolder("Customer.cs", DiffFixtures.CustomerAfter);

        var result = CliResult.Run("inventory", "diff", "--base-ref", "HEAD", folder);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Matches($"^error: {System.Text.RegularExpressions.Regex.Escape(folder)} is not in a git repository \\(fatal: not a git repository.*\\): --base-ref reads the repository that holds it\\.\n$", result.Error);
    }

    [Fact]
    public void UnknownRevision_ExitsWith2()
    {
        var repository = ShopRepository();

        var result = CliResult.Run("inventory", "diff", "--base-ref", "no-such-branch", Path.Combine(repository, "src", "Shop"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal($"error: Unknown git revision 'no-such-branch' in {repository}.\n", result.Error);
    }

    [Fact]
    public void PathAbsentAtTheRevision_ExitsWith2()
    {
        var repository = ShopRepository();
        TestGit.Write(repository, ("src/Billing/Invoice.cs", "namespace Billing;\n\npublic class Invoice\n{\n    [PiiAnalyzers.PersonalData(PiiAnalyzers.DataCategories.Contact.Email)]\n    public string? Email { get; set; }\n}\n"));
        TestGit.CommitAll(repository, "Billing");

        var result = CliResult.Run("inventory", "diff", "--base-ref", "HEAD~1", Path.Combine(repository, "src", "Billing", "Invoice.cs"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Matches($"^error: src/Billing/Invoice\\.cs does not exist at HEAD~1 \\([0-9a-f]{{12}}\\) in {System.Text.RegularExpressions.Regex.Escape(repository)}\\.\n$", result.Error);
    }

    [Fact]
    public async Task GitNotInstalled_ExitsWith2_SayingSo()
    {
        var repository = ShopRepository();
        var pii = Path.Combine(AppContext.BaseDirectory, "pii.dll");

        // A PATH with nothing on it: the dotnet host is named by its full path, git is nowhere.
        var (exitCode, output) = await DotnetAsync([pii, "inventory", "diff", "--base-ref", "HEAD~1", Path.Combine(repository, "src", "Shop")], path: TestFiles.TempFolder());

        Assert.True(exitCode == 2, output);
        Assert.Matches("^error: git could not be run \\(.*\\): --base-ref needs git installed and on the PATH\\.\n$", output.ReplaceLineEndings("\n"));
    }

    // A repository with src/Shop/Customer.cs committed twice, before and after (DiffFixtures), and a README.
    private static string ShopRepository()
    {
        var repository = TestGit.Init();
        TestGit.Write(repository, ("README.md", "# Shop\n"), ("src/Shop/Customer.cs", DiffFixtures.CustomerBefore));
        TestGit.CommitAll(repository, "Customer");
        TestGit.Write(repository, ("src/Shop/Customer.cs", DiffFixtures.CustomerAfter));
        TestGit.CommitAll(repository, "Customer: the ID card number, shared phone");
        return repository;
    }

    // The dotnet host in a process of its own, with a PATH of its own if given: its exit code, and what it wrote on standard output and error.
    private static async Task<(int ExitCode, string Output)> DotnetAsync(string[] arguments, string? path = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (path is not null)
        {
            start.Environment["PATH"] = path;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, await stdout + await stderr);
    }

    private static List<string> Extractions() =>
        Directory.Exists(ExtractionFolder) ? [.. Directory.GetDirectories(ExtractionFolder).Order(StringComparer.Ordinal)] : [];
}
