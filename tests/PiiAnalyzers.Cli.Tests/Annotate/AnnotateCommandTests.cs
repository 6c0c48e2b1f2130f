using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PiiAnalyzers.Cli.Loading;

namespace PiiAnalyzers.Cli.Tests.Annotate;

/// <summary><c>pii annotate</c>: the PII0006 fix in bulk over a folder nobody annotated.</summary>
public class AnnotateCommandTests
{
    internal const string Annotated =
        "Models/Customer.cs(11,19): Customer.Email: [PersonalData(DataCategories.Contact.Email)]\n"
        + "Models/Customer.cs(14,20): Customer.ContactEmail: [PersonalData(DataCategories.Contact.Email)]\n"
        + "Models/Customer.cs(16,20): Customer.MobileNo: [PersonalData(DataCategories.Contact.Phone)]\n"
        + "Models/Customer.cs(16,30): Customer.IdCardNo: [PersonalData(DataCategories.Identity.NationalId)]\n"
        + "Models/Order.cs(3,36): Order.ShippingAddress: [PersonalData(DataCategories.Contact.Address)]\n";

    private const string AnnotatedCustomer = """
        using System;
        using PiiAnalyzers;

        namespace Crm.Models;

        /// <summary>A customer of the shop, as the old code keeps it.</summary>
        public class Customer
        {
            public Guid Id { get; set; }

            /// <summary>Where receipts go.</summary>
            [PersonalData(DataCategories.Contact.Email)]
            public string Email { get; set; } = "";

            [Obsolete("Use Email.")]
            [PersonalData(DataCategories.Contact.Email)]
            public string? ContactEmail { get; set; }

            [PersonalData(DataCategories.Contact.Phone)]
            public string? MobileNo;
            [PersonalData(DataCategories.Identity.NationalId)]
            public string? IdCardNo;

            public string? Notes { get; set; }
        }

        """;

    private const string AnnotatedOrder = """
        using PiiAnalyzers;

        namespace Crm.Models;

        public record Order(int Id, [PersonalData(DataCategories.Contact.Address)] string ShippingAddress, decimal Total);

        """;

    private const string NothingToDo = "Nothing to annotate: no unannotated member looks like personal data with high confidence.\n";

    internal static string Fixture => Path.Combine(TestFiles.Root, "tests", "PiiAnalyzers.Cli.Tests", "Fixtures", "Annotate", "Crm");

    [Fact]
    public void Folder_IsAnnotated_Compiles_AndASecondRunChangesNothing()
    {
        var folder = CopyFixture();

        var first = CliResult.Run("annotate", folder);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(Annotated, first.Output);
        Assert.EndsWith("Annotated 5 member(s) in 2 file(s).\n", first.Error);
        Assert.Equal(AnnotatedCustomer, File.ReadAllText(Path.Combine(folder, "Models", "Customer.cs")));
        Assert.Equal(AnnotatedOrder, File.ReadAllText(Path.Combine(folder, "Models", "Order.cs")));
        Assert.Empty(CompilationErrors(folder, []));

        var files = Snapshot(folder);
        var second = CliResult.Run("annotate", folder);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(string.Empty, second.Output);
        Assert.EndsWith(NothingToDo, second.Error);
        Assert.Equal(files, Snapshot(folder));
    }

    [Fact]
    public void Folder_WithoutAProjectFile_IsAnnotated_WithANoteThatItsBuildNeedsThePackage()
    {
        var result = CliResult.Run("annotate", CopyFixture());

        Assert.Contains(
            "note: no project file (.csproj) was found for Models/Customer.cs and 1 more file(s); whatever builds them needs the PiiAnalyzers package.\n",
            result.Error);
    }

    [Fact]
    public void Folder_OfAnAspNetCoreIdentityUser_KeepsIdentitysMarker_AndQualifiesTheNamesItWrites()
    {
        var folder = TestFiles.TempFolder();
        var path = Path.Combine(folder, "AppUser.cs");
        File.WriteAllText(path, """
            using Microsoft.AspNetCore.Identity;

            namespace Shop;

            public class AppUser : IdentityUser
            {
                public string? CardNumber { get; set; }

                [PersonalData]
                public string? HomeAddress { get; set; }
            }

            """);

        var result = CliResult.Run("annotate", folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("AppUser.cs(7,20): AppUser.CardNumber: [PiiAnalyzers.PersonalData(PiiAnalyzers.DataCategories.Financial.BankAccount)]\n", result.Output);
        Assert.Equal("""
            using Microsoft.AspNetCore.Identity;

            namespace Shop;

            public class AppUser : IdentityUser
            {
                [PiiAnalyzers.PersonalData(PiiAnalyzers.DataCategories.Financial.BankAccount)]
                public string? CardNumber { get; set; }

                [PersonalData]
                public string? HomeAddress { get; set; }
            }

            """, File.ReadAllText(path));
        Assert.Empty(CompilationErrors(folder, FrameworkReferences.Get("Microsoft.AspNetCore.App")));
    }

    [Fact]
    public void DryRun_PrintsTheSame_AndWritesNothing()
    {
        var folder = CopyFixture();
        var files = Snapshot(folder);

        var result = CliResult.Run("annotate", folder, "--dry-run");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Annotated, result.Output);
        Assert.EndsWith("Would annotate 5 member(s) in 2 file(s); no file written (--dry-run).\n", result.Error);
        Assert.Equal(files, Snapshot(folder));
    }

    [Theory]
    [InlineData("utf-8 with BOM, CRLF", "utf-8-bom", "\r\n")]
    [InlineData("utf-8, LF", "utf-8", "\n")]
    [InlineData("utf-16 LE with BOM, CRLF", "utf-16", "\r\n")]
    [InlineData("utf-16 BE with BOM, LF", "utf-16BE", "\n")]
    public void EncodingByteOrderMarkAndLineEndings_AreKept(string what, string encodingName, string newline)
    {
        var folder = TestFiles.TempFolder();
        var encoding = encodingName == "utf-8-bom" ? new UTF8Encoding(true) : encodingName == "utf-8" ? new UTF8Encoding(false) : Encoding.GetEncoding(encodingName);
        var path = Path.Combine(folder, "Member.cs");
        const string Source = "namespace Club;\n\n// 会员资料\npublic class Member\n{\n    public string? ShouJiHao { get; set; }\n}\n";
        const string Expected = "using PiiAnalyzers;\n\nnamespace Club;\n\n// 会员资料\npublic class Member\n{\n    [PersonalData(DataCategories.Contact.Phone)]\n    public string? ShouJiHao { get; set; }\n}\n";
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(Source.Replace("\n", newline))]);

        var result = CliResult.Run("annotate", folder);

        Assert.True(result.ExitCode == 0, $"{what}: {result}");
        Assert.Equal("Member.cs(6,20): Member.ShouJiHao: [PersonalData(DataCategories.Contact.Phone)]\n", result.Output);
        Assert.Equal([.. encoding.GetPreamble(), .. encoding.GetBytes(Expected.Replace("\n", newline))], File.ReadAllBytes(path));
    }

    [Fact]
    public void FileThatIsNotUtf8_IsLeftUnchanged_WithANote()
    {
        var folder = TestFiles.TempFolder();
        var path = Path.Combine(folder, "Member.cs");
        // "会员" in GB18030, which is not UTF-8: written back as UTF-8, the comment would be lost.
        byte[] source = [.. Encoding.ASCII.GetBytes("// "), 0xBB, 0xE1, 0xD4, 0xB1, .. Encoding.ASCII.GetBytes("\npublic class Member { public string? ShouJiHao { get; set; } }\n")];
        File.WriteAllBytes(path, source);

        var result = CliResult.Run("annotate", folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("note: Member.cs is not UTF-8 and has no byte order mark, or is not on disk; it is left unchanged.\n", result.Error);
        Assert.Equal(source, File.ReadAllBytes(path));
    }

    [Fact]
    public void FolderOfAProjectWithoutThePackage_ExitsWith2_AndWritesNothing()
    {
        var folder = CopyFixture();
        File.WriteAllText(Path.Combine(folder, "Crm.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        var files = Snapshot(folder);

        var result = CliResult.Run("annotate", folder);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        var project = Path.Combine(folder, "Crm.csproj");
        Assert.EndsWith($"error: {project} does not reference the PiiAnalyzers package: run 'dotnet add {project} package PiiAnalyzers' first.\n", result.Error);
        Assert.Equal(files, Snapshot(folder));
    }

    [Fact]
    public void FolderOfAProjectWithoutThePackage_DryRun_ShowsWhatItWouldAnnotate_AndExitsWith2()
    {
        var folder = CopyFixture();
        File.WriteAllText(Path.Combine(folder, "Crm.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");

        var result = CliResult.Run("annotate", folder, "--dry-run");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(Annotated, result.Output);
        Assert.Contains("Crm.csproj does not reference the PiiAnalyzers package", result.Error);
    }

    [Theory]
    [InlineData("the package", "Crm.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"PiiAnalyzers\" Version=\"0.1.0\" /></ItemGroup></Project>")]
    [InlineData("the package, in Directory.Build.props", "Directory.Build.props", "<Project><ItemGroup><PackageReference Include=\"PiiAnalyzers\" /></ItemGroup></Project>")]
    [InlineData("the attributes project", "Crm.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><ProjectReference Include=\"..\\PiiAnalyzers\\src\\PiiAnalyzers.Attributes\\PiiAnalyzers.Attributes.csproj\" /></ItemGroup></Project>")]
    public void FolderOfAProjectThatReferencesTheAttributes_IsAnnotated(string what, string file, string content)
    {
        var folder = CopyFixture();
        File.WriteAllText(Path.Combine(folder, "Crm.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(folder, file), content);

        var result = CliResult.Run("annotate", folder);

        Assert.True(result.ExitCode == 0, $"{what}: {result}");
        Assert.Equal(Annotated, result.Output);
        Assert.DoesNotContain("note:", result.Error);
    }

    [Theory]
    [InlineData("<Project />", 2)]
    [InlineData("<Project><Import Project=\"$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))\" /></Project>", 0)]
    public void PackageInAnOuterDirectoryBuildProps_CountsOnlyWhenTheNearerOneImportsIt(string nearer, int exitCode)
    {
        var root = TestFiles.TempFolder();
        var folder = Path.Combine(root, "Crm");
        TestFiles.CopyFolder(Fixture, folder);
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project><ItemGroup><PackageReference Include=\"PiiAnalyzers\" /></ItemGroup></Project>");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), nearer);
        File.WriteAllText(Path.Combine(folder, "Crm.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");

        var result = CliResult.Run("annotate", folder);

        Assert.True(result.ExitCode == exitCode, result.ToString());
    }

    [Fact]
    public void ProjectWithoutThePackage_LoadedWithMSBuild_ExitsWith2()
    {
        var folder = CopyFixture();
        var project = Path.Combine(folder, "Crm.csproj");
        File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        var files = Snapshot(folder);

        var result = CliResult.Run("annotate", project);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Loading project", result.Error);
        Assert.EndsWith($"error: {project} does not reference the PiiAnalyzers package: run 'dotnet add {project} package PiiAnalyzers' first.\n", result.Error);
        Assert.Equal(files, Snapshot(folder));
    }

    [Fact]
    public void ProjectThatReferencesTheAttributes_LoadedWithMSBuild_IsAnnotated_WithPathsRelativeToItsFolder()
    {
        var folder = CopyFixture();
        var project = Path.Combine(folder, "Crm.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{typeof(PersonalDataAttribute).Assembly.Location}" />
              </ItemGroup>
            </Project>
            """);

        var result = CliResult.Run("annotate", project);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Annotated, result.Output);
        Assert.Equal(AnnotatedCustomer, File.ReadAllText(Path.Combine(folder, "Models", "Customer.cs")));
    }

    [Theory]
    [InlineData("missing path", new[] { "annotate", "/no/such/folder" }, "/no/such/folder does not exist.")]
    [InlineData("unknown confidence", new[] { "annotate", ".", "--min-confidence", "sure" }, "Unknown confidence 'sure': use high, medium or low.")]
    [InlineData("no path", new[] { "annotate" }, "Run 'pii --help' for usage.")]
    public void BadInput_ExitsWith2_WithAMessageOnStandardError(string what, string[] args, string message)
    {
        var result = CliResult.Run(args);

        Assert.True(result.ExitCode == 2, $"{what}: {result}");
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void FileThatIsNotAProject_ExitsWith2()
    {
        var file = Path.Combine(TestFiles.TempFolder(), "Customer.cs");
        File.WriteAllText(file, "public class Customer { public string? Email { get; set; } }");

        var result = CliResult.Run("annotate", file);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("is not a folder, a .csproj or a .sln.", result.Error);
        Assert.Equal("public class Customer { public string? Email { get; set; } }", File.ReadAllText(file));
    }

    internal static string CopyFixture()
    {
        var folder = TestFiles.TempFolder();
        TestFiles.CopyFolder(Fixture, folder);
        return folder;
    }

    // Every file's bytes, but those MSBuild writes in obj/ when it loads a project.
    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(folder, file).StartsWith("obj", StringComparison.Ordinal))
            .ToDictionary(file => file, file => Convert.ToBase64String(File.ReadAllBytes(file)));

    // The folder as a project with the package would build it: the framework (and more) and the attributes library.
    private static IReadOnlyList<Diagnostic> CompilationErrors(string folder, IEnumerable<MetadataReference> more)
    {
        var trees = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), new CSharpParseOptions(LanguageVersion.Latest), file));
        var references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Concat(more)
            .Append(MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "Annotated",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
    }
}
