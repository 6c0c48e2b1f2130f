using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// The analyzers read source and privacy policies inside the compiler. A backtracking regular expression can take time
/// exponential in a crafted input and would hang the build, so the analyzer assembly uses none at all (hand-written
/// scanners instead), which the assembly's own metadata shows.
/// </summary>
public class NoRegexTests
{
    [Fact]
    public void The_analyzer_assembly_references_no_regular_expression_type()
    {
        using var stream = File.OpenRead(typeof(PiiAnalyzers.Policy.PolicyReader).Assembly.Location);
        using var image = new PEReader(stream);
        var metadata = image.GetMetadataReader();

        var referenced = metadata.TypeReferences
            .Select(handle => metadata.GetTypeReference(handle))
            .Select(type => metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name))
            .ToList();

        Assert.Contains("System.Text.StringBuilder", referenced);
        Assert.DoesNotContain(referenced, name => name.StartsWith("System.Text.RegularExpressions.", StringComparison.Ordinal));
    }
}
