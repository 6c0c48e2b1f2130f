using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;

namespace PiiAnalyzers.Cli.Scanning;

/// <summary>
/// What <c>pii scan</c> counts as test code and leaves out unless <c>--include-tests</c>: tests, their fixtures and test
/// data, benchmarks, and the seeders that fill a development database with made-up people. Their personal data is fake,
/// and on a real codebase they made 41% of the findings. Told apart by folder and file name (a project's test folders
/// and files) and, for a project file, by its SDK, its <c>IsTestProject</c> property or the test framework it references.
/// </summary>
internal static class TestCode
{
    /// <summary>Names of folders whose files are all test code, as name globs (<c>*</c> any characters), case-insensitive.</summary>
    public static readonly ImmutableArray<string> FolderNames =
    [
        "test", "tests", "*.Test", "*.Tests", "*.Tests.*", "UnitTests", "*.UnitTests", "IntegrationTests", "*.IntegrationTests",
        "FunctionalTests", "*.FunctionalTests", "*.Specs", "TestData", "TestUtilities", "Fixtures", "TestFixtures",
        "benchmarks", "*.Benchmarks", "Seeder", "Seeders", "*.Seeder", "Seeding", "SeedData",
    ];

    /// <summary>
    /// Names of test and seeder files, as name globs. Case-sensitive, so that the PascalCase test suffix does not catch
    /// words that merely end in it (<c>Latest.cs</c>, <c>Contest.cs</c>).
    /// </summary>
    public static readonly ImmutableArray<string> FileNames =
    [
        "*Tests.cs", "*Test.cs", "*Fixture.cs", "*Seed.cs", "*Seeder.cs", "SeedData*.cs", "*SeedData.cs", "*DataSeed*.cs",
    ];

    /// <summary>Packages only a test project references (the test host, test frameworks), by id, case-insensitive.</summary>
    public static readonly ImmutableArray<string> TestPackages =
    [
        "Microsoft.NET.Test.Sdk", "xunit", "xunit.v3", "xunit.core", "xunit.v3.core", "NUnit", "MSTest", "MSTest.TestFramework",
        "TUnit", "BenchmarkDotNet",
    ];

    /// <summary>Project SDKs that make a project a test project (<c>&lt;Project Sdk="MSTest.Sdk/3.6.0"&gt;</c>), by name.</summary>
    public static readonly ImmutableArray<string> TestSdks = ["MSTest.Sdk"];

    private static readonly ImmutableArray<Regex> Folders = FolderNames.Select(name => NameGlob(name, RegexOptions.IgnoreCase)).ToImmutableArray();

    private static readonly ImmutableArray<Regex> Files = FileNames.Select(name => NameGlob(name, RegexOptions.None)).ToImmutableArray();

    /// <summary>Whether the file at <paramref name="relativePath"/> ('/'-separated) is in a test folder or named as test code.</summary>
    public static bool IsTestPath(string relativePath)
    {
        var parts = relativePath.Split('/');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (IsTestFolderName(parts[i]))
            {
                return true;
            }
        }

        return Files.Any(file => file.IsMatch(parts[^1]));
    }

    /// <summary>Whether a folder of this name holds test code.</summary>
    public static bool IsTestFolderName(string name) => Folders.Any(folder => folder.IsMatch(name));

    /// <summary>Whether a project with these SDKs, <c>IsTestProject</c> value and package references is a test project.</summary>
    public static bool IsTestProject(ImmutableArray<string> sdks, string? isTestProject, ImmutableArray<string> packageReferences) =>
        string.Equals(isTestProject?.Trim(), "true", StringComparison.OrdinalIgnoreCase)
        || sdks.Any(sdk => TestSdks.Contains(sdk, StringComparer.OrdinalIgnoreCase))
        || packageReferences.Any(package => TestPackages.Contains(package, StringComparer.OrdinalIgnoreCase));

    private static Regex NameGlob(string glob, RegexOptions options) =>
        new("^" + Regex.Escape(glob).Replace(@"\*", ".*", StringComparison.Ordinal) + "$", options | RegexOptions.CultureInvariant);
}
