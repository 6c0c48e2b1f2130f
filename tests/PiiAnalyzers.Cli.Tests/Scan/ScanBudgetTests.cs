using System.Text;

namespace PiiAnalyzers.Cli.Tests.Scan;

/// <summary>
/// <c>pii scan</c> bounds the work input may cost: a file over <c>--max-file-size</c> or nesting deeper than
/// <c>--max-nesting</c> is left out, and a project whose analysis outlives <c>--timeout</c> is stopped, each with a PII0900
/// warning, while the other files are analyzed as usual. The hostile inputs are generated here, at test time.
/// </summary>
public class ScanBudgetTests
{
    private const string Leak = """
        namespace Shop;

        public class Customer
        {
            public string Email { get; set; } = "";
        }

        public static class Audit
        {
            public static void Write(Customer customer) => System.Console.WriteLine(customer.Email);
        }
        """;

    private const string LeakFinding =
        "Leak.cs(10,77): warning PII0001: Customer.Email (contact.email) is written to a log by WriteLine (inferred from 'Email': annotate it with [PersonalData] or mark it [NotPersonalData])\n";

    [Fact]
    public void FileOverTheSizeLimit_IsLeftOut_WithAFinding_AndTheOthersAreAnalyzed()
    {
        var folder = Folder(("Big.cs", LongExpression(terms: 1200)));

        var result = CliResult.Run("scan", folder, "--max-file-size", "4");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            "Big.cs(1,1): warning PII0900: Big.cs was not analyzed: it holds 5 KB of code, over the limit of 4 KB (--max-file-size)\n" + LeakFinding,
            result.Output);

        // Left out before it is read: parsing a hostile file costs time and memory too.
        Assert.Contains($"Parsing 1 C# file(s) in {folder}; 1 larger than 4 KB left out unread", result.Error);
    }

    [Fact]
    public void ProjectFileOverTheSizeLimitOnDisk_IsLeftOutOfTheCompilation_WithAFinding()
    {
        // 2,000 characters of Chinese comment: 2 K characters of text, but 6 KB on disk, which is what the limit counts.
        var folder = Folder(("Big.cs", "// " + new string('\u4E2D', 2000) + "\nnamespace Shop;\n"));
        var project = Path.Combine(folder, "Shop.csproj");
        File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");

        var result = CliResult.Run("scan", project, "--max-file-size", "4");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            "Big.cs(1,1): warning PII0900: Big.cs was not analyzed: it holds 6 KB of code, over the limit of 4 KB (--max-file-size)\n" + LeakFinding,
            result.Output);
        Assert.Contains("Analyzing Shop (1 of 1): 1 file(s)", result.Error);
    }

    [Fact]
    public void FileNestingDeeperThanTheLimit_IsLeftOut_WithAFinding_AndTheOthersAreAnalyzed()
    {
        // Left out before anything is bound: by default the compiler would spend minutes on 200,000 terms, and a recursive
        // walk of the tree would overflow the stack.
        var folder = Folder(("Deep.cs", LongExpression(terms: 200_000)));

        var result = CliResult.Run("scan", folder);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            "Deep.cs(1,1): warning PII0900: Deep.cs was not analyzed: its code at line 6 nests deeper than 2,000 levels (--max-nesting), as an expression of thousands of terms does\n" + LeakFinding,
            result.Output);
    }

    [Fact]
    public async Task ProjectThatOutlivesTheTimeLimit_IsStopped_WithAFinding()
    {
        // With the nesting limit raised, binding 200,000 terms takes the compiler minutes (over 30 s on the 2-core
        // development machine): hundreds of times the half second allowed, so that neither a fast machine nor a loaded
        // one can change the outcome. In a process of its own, so that the abandoned analysis, which stops only at the
        // compiler's next cancellation check, ends with that process instead of burning the test run's CPU.
        var folder = Folder(("Deep.cs", LongExpression(terms: 200_000)));

        var (exitCode, output, error) = await OutOfProcess.RunAsync("scan", folder, "--max-nesting", "1000000", "--timeout", "0.5");

        Assert.True(exitCode == 1, new CliResult(exitCode, output, error).ToString());
        // A folder's compilation is named after the folder.
        var name = Path.GetFileName(folder);
        Assert.Equal(
            $"{name}(1,1): warning PII0900: The analysis of {name} was stopped after 0.5 s (--timeout): none of its findings are reported\n",
            output);
    }

    [Fact]
    public void WithinTheDefaultBudgets_NothingIsLeftOut()
    {
        var folder = Folder(("Big.cs", LongExpression(terms: 1200)));

        var result = CliResult.Run("scan", folder);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(LeakFinding, result.Output);
    }

    [Theory]
    [InlineData("--max-file-size", "0", "error: --max-file-size must be a positive number of kilobytes, not 0.")]
    [InlineData("--max-nesting", "-5", "error: --max-nesting must be a positive number of levels, not -5.")]
    [InlineData("--timeout", "-1", "error: --timeout must be a positive number of seconds, not -1.")]
    public void BudgetThatIsNotPositive_ExitsWith2(string option, string value, string message)
    {
        var result = CliResult.Run("scan", Folder(), option, value);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(message + "\n", result.Error.ReplaceLineEndings("\n"));
    }

    private static string Folder(params (string Name, string Text)[] extra)
    {
        var folder = TestFiles.TempFolder();
        File.WriteAllText(Path.Combine(folder, "Leak.cs"), Leak);
        foreach (var (name, text) in extra)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        return folder;
    }

    // One method returning the sum of `terms` integer literals: no personal data, only work for the binder.
    private static string LongExpression(int terms)
    {
        var code = new StringBuilder("namespace Generated;\n\npublic static class Numbers\n{\n    public static int Sum() =>\n        0");
        for (var i = 1; i < terms; i++)
        {
            code.Append(" + ").Append(i % 10);
        }

        return code.Append(";\n}\n").ToString();
    }
}
