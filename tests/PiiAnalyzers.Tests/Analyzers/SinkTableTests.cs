using Microsoft.CodeAnalysis;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>
/// The sink tables (<see cref="SinkTable"/>) as data: the rows of the framework's own types name real types and members,
/// and docs/sinks.md lists every row, in order, as <see cref="DocumentationLine"/> writes it.
/// </summary>
public class SinkTableTests
{
    private static readonly (SinkFamily Family, string Heading)[] Sections =
    {
        (SinkFamily.Log, "## Logs and traces (PII0001)"),
        (SinkFamily.Storage, "## Storage (PII0002)"),
        (SinkFamily.ExceptionMessage, "## Exception messages (PII0003)"),
        (SinkFamily.Sharing, "## Sharing (PII0005)"),
    };

    // Members that the framework type's subclasses declare, each its own (SqlParameterCollection, NpgsqlParameterCollection…).
    private static readonly HashSet<string> DeclaredBySubclasses = new() { "System.Data.Common.DbParameterCollection.AddWithValue" };

    public static TheoryData<SinkFamily> Families { get; } = new() { SinkFamily.Log, SinkFamily.Storage, SinkFamily.ExceptionMessage, SinkFamily.Sharing };

    [Theory]
    [MemberData(nameof(Families))]
    public void FrameworkRows_NameRealTypesAndMembers_AndMatchSubtypesAsTheirKindAllows(SinkFamily family)
    {
        var compilation = TestCompilation.Create("class Empty { }");
        foreach (var row in SinkTable.Of(family).Where(row => row.TypeMetadataName.StartsWith("System.", StringComparison.Ordinal)))
        {
            var type = compilation.GetTypeByMetadataName(row.TypeMetadataName);
            Assert.True(type is not null, $"{row.TypeMetadataName} is not a type of .NET 10");
            Assert.True(
                row.Match != SinkTypeMatch.Implemented || type!.TypeKind == TypeKind.Interface,
                $"{row.TypeMetadataName}: only an interface has implementations");
            Assert.True(
                row.Match != SinkTypeMatch.Derived || type!.TypeKind == TypeKind.Class,
                $"{row.TypeMetadataName}: only a class has derived classes");
            foreach (var member in row.Members.Where(member => !member.EndsWith('*') && !DeclaredBySubclasses.Contains(row.TypeMetadataName + "." + member)))
            {
                Assert.True(
                    Members(type!).Any(candidate => candidate.Name == member),
                    $"{row.TypeMetadataName} has no member {member}");
            }

            foreach (var excluded in row.ExcludedTypes)
            {
                Assert.True(compilation.GetTypeByMetadataName(excluded) is not null, $"{excluded} is not a type of .NET 10");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void DocsPage_ListsEveryRow_InTableOrder(SinkFamily family)
    {
        var page = RepositoryFiles.Read("docs/sinks.md").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var heading = Sections.Single(section => section.Family == family).Heading;
        var start = Array.IndexOf(page, heading);
        Assert.True(start >= 0, $"docs/sinks.md has no '{heading}' section");
        var documented = page.Skip(start + 1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .ToArray();

        var expected = SinkTable.Of(family).Select(DocumentationLine).ToArray();
        Assert.True(expected.SequenceEqual(documented), "docs/sinks.md should list, under " + heading + ":\n" + string.Join("\n", expected));
    }

    // How docs/sinks.md writes a row: type, how it matches, members, data arguments, what else the call must satisfy.
    private static string DocumentationLine(SinkRow row)
    {
        var type = $"`{row.TypeMetadataName}`" + (row.DisplayName is { } name ? $" (named `{name}`)" : string.Empty);
        var match = row.Match switch
        {
            SinkTypeMatch.Exactly => "exactly",
            SinkTypeMatch.Derived => "and derived classes",
            _ => "and implementations",
        };
        var members = row.Kind switch
        {
            SinkMemberKind.Constructor => "constructors",
            SinkMemberKind.Property => string.Join(", ", row.Members.Select(member => $"`{member}` (set)")),
            _ => string.Join(", ", row.Members.Select(member => member == SinkRow.EveryMember
                ? "every method"
                : member.EndsWith('*') ? $"`{member.TrimEnd('*')}…`" : $"`{member}`")),
        };
        var arguments = row.Kind == SinkMemberKind.Property
            ? "the assigned value: " + Use(row.Arguments[0].Use)
            : string.Join("; ", Runs(row.Arguments).Select(run => string.Join(", ", run.Select(Selector)) + ": " + Use(run[0].Use)));
        var conditions = row.ExcludedTypes.Select(excluded => $"not `{excluded}`").Concat(row.Condition switch
        {
            SinkCondition.NotConsoleStream => new[] { "not `Console.Out`, `Console.Error`" },
            SinkCondition.StreamIsFileStream => new[] { "its `Stream` argument is a `FileStream`" },
            _ => Array.Empty<string>(),
        });
        return $"| {type} | {match} | {members} | {arguments} | {string.Join("; ", conditions)} |";
    }

    private static string Selector(SinkArgument argument) =>
        argument.ParameterName is { } parameter
            ? $"`{parameter}`"
            : (argument.StringsOnly ? "every `string` argument" : "every argument") + string.Concat(argument.Except.Select(except => $" but `{except}`"));

    private static string Use(SinkUse use) =>
        use switch
        {
            SinkUse.Value => "value",
            SinkUse.ValueIfDestructured => "value when `destructureObjects` is `true`, else text",
            SinkUse.ScopeState => "a scope's state (below)",
            _ => "text",
        };

    // Consecutive arguments written the same way, listed together.
    private static List<List<SinkArgument>> Runs(IEnumerable<SinkArgument> arguments)
    {
        var runs = new List<List<SinkArgument>>();
        foreach (var argument in arguments)
        {
            if (runs.Count > 0 && runs[^1][0].Use == argument.Use)
            {
                runs[^1].Add(argument);
            }
            else
            {
                runs.Add(new List<SinkArgument> { argument });
            }
        }

        return runs;
    }

    private static IEnumerable<ISymbol> Members(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                yield return member;
            }
        }

        foreach (var member in type.AllInterfaces.SelectMany(implemented => implemented.GetMembers()))
        {
            yield return member;
        }
    }
}
