using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Discovery;
using PiiAnalyzers.Model;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.Discovery;

/// <summary><see cref="PersonalDataDiscovery.Discover"/> as the leak rules call it: on properties, fields and parameters.</summary>
public class PersonalDataDiscoveryTests
{
    [Fact]
    public void PositionalRecordParameter_AndItsProperty_AreBothDeclaredNotPersonal_ByEitherMarkOrTheList()
    {
        var (compilation, discovery) = Create(
            """
            using PiiAnalyzers;

            namespace App;

            public record Visit([property: NotPersonalData] string ClientIp, [NotPersonalData] string UserAgent, string Email, string Phone);
            """,
            "P:App.Visit.Phone");
        var visit = compilation.GetTypeByMetadataName("App.Visit")!;
        var parameters = visit.InstanceConstructors.Single(constructor => constructor.Parameters.Length == 4).Parameters;

        Assert.Null(discovery.Discover(parameters[0]));
        Assert.Null(discovery.Discover(visit.GetMembers("ClientIp").Single()));
        Assert.Null(discovery.Discover(parameters[1]));
        Assert.Null(discovery.Discover(visit.GetMembers("UserAgent").Single()));
        Assert.Null(discovery.Discover(parameters[3]));
        Assert.Null(discovery.Discover(visit.GetMembers("Phone").Single()));
        Assert.Equal("contact.email", discovery.Discover(parameters[2])?.CategoryId);
        Assert.Equal("contact.email", discovery.Discover(visit.GetMembers("Email").Single())?.CategoryId);
    }

    [Fact]
    public void RemoteEndPoint_IsFoundByItsType_WithTheEvidence()
    {
        var (compilation, discovery) = Create("""
            namespace App;

            public class ClientConnection
            {
                public System.Net.IPEndPoint? RemoteEndPoint { get; set; }
            }
            """);

        var found = discovery.Discover(compilation.GetTypeByMetadataName("App.ClientConnection")!.GetMembers("RemoteEndPoint").Single());

        Assert.NotNull(found);
        Assert.Equal("online.ip-address", found.CategoryId);
        Assert.Equal(DiscoveryEvidence.Type, found.Evidence);
        Assert.Equal("IPEndPoint", found.EvidenceText);
        Assert.Equal(DiscoveryConfidence.Medium, found.Confidence);
    }

    private static (Compilation Compilation, PersonalDataDiscovery Discovery) Create(string source, string? notPersonal = null)
    {
        var compilation = TestCompilation.Create(source);
        var options = notPersonal is null
            ? null
            : new AnalyzerOptions(
                [],
                new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["pii_not_personal"] = notPersonal }));
        var model = PersonalDataModel.GetOrCreate(compilation, options);
        return (compilation, PersonalDataDiscovery.GetOrCreate(compilation, model, options));
    }

    private sealed class TestAnalyzerConfigOptionsProvider(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly TestOptions _options = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;
    }

    private sealed class TestOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
