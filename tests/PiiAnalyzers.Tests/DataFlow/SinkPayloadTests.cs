using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Tests.Analyzers;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.DataFlow;

/// <summary>
/// Each sink family lists the payloads of any operation of a method body, without a semantic model or an analysis
/// context (what method summaries need): the value, how the sink writes it, and how the message names the sink.
/// </summary>
public class SinkPayloadTests
{
    [Fact]
    public void LogPayloads_FollowTheTemplate_AndSkipWhatCarriesNoData()
    {
        var payloads = PayloadsOf(
            """
            using System;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.LogError(new Exception(), "{Email} as {@Customer}", customer.Email, customer);
                    logger.LogInformation(customer.Name);
                    customer.Name.Trim();
                }
            }
            """,
            compilation => LogSinks.Resolve(compilation, options: null).Payloads);

        Assert.Equal(
            new[]
            {
                "\"{Email} as {@Customer}\" AsValue LogError",
                "customer.Email AsText LogError",
                "customer AsValue LogError",
                "customer.Name AsValue LogInformation",
            },
            payloads);
    }

    [Fact]
    public void SharingPayloads_NameTheirTarget()
    {
        var payloads = PayloadsOf(
            """
            using System.Net.Http;

            public class Service
            {
                public void Run(HttpClient client, Customer customer)
                {
                    client.PostAsync("https://partner.example/c?email=" + customer.Email, new StringContent(customer.Name));
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://crm.example/") { Content = new StringContent(customer.Name) };
                }
            }
            """,
            compilation => SharingSinks.Resolve(compilation, options: null).Payloads);

        Assert.Equal(
            new[]
            {
                "\"https://partner.example/c?email=\" + customer.Email AsText \"https://partner.example/c?email=\" + customer.Email",
                "new StringContent(customer.Name) AsValue \"https://partner.example/c?email=\" + customer.Email",
                "\"https://crm.example/\" AsText \"https://crm.example/\"",
                "new StringContent(customer.Name) AsValue \"https://crm.example/\"",
            },
            payloads);
    }

    [Fact]
    public void StorageAndExceptionPayloads_NameTheSinkAsMessagesDo()
    {
        var storage = PayloadsOf(
            """
            using System.IO;

            public class Service
            {
                public void Run(StreamWriter writer, Customer customer)
                {
                    File.WriteAllText("customer.txt", customer.Email);
                    writer.WriteLine("{0}", customer.Name);
                }
            }
            """,
            compilation => StorageSinks.Resolve(compilation, options: null).Payloads);
        var exception = PayloadsOf(
            """
            using System;

            public class Service
            {
                public void Run(Customer customer) => throw new ArgumentException("Unknown " + customer.Email, nameof(customer));
            }
            """,
            compilation => ExceptionMessageSinks.Resolve(compilation).Payloads);

        Assert.Equal(
            new[]
            {
                "customer.Email AsValue File.WriteAllText",
                "\"{0}\" AsText StreamWriter.WriteLine",
                "customer.Name AsText StreamWriter.WriteLine",
            },
            storage);
        Assert.Equal(new[] { "\"Unknown \" + customer.Email AsText ArgumentException" }, exception);
    }

    // Every payload of every operation of the first method body, in source order: "value use sink".
    private static string[] PayloadsOf(string source, Func<Compilation, Func<IOperation, System.Collections.Immutable.ImmutableArray<SinkPayload>>> family)
    {
        var compilation = TestCompilation.Create(source, LeakTestSources.Customer, LeakTestSources.MicrosoftExtensionsLogging);
        var tree = compilation.SyntaxTrees[0];
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First();
        var body = compilation.GetSemanticModel(tree).GetOperation((SyntaxNode?)method.Body ?? method.ExpressionBody!)!;
        var payloads = family(compilation);
        return body.DescendantsAndSelf()
            .SelectMany(operation => payloads(operation))
            .OrderBy(payload => payload.Value.Syntax.SpanStart)
            .Select(payload => $"{payload.Value.Syntax} {payload.Use} {payload.SinkName}")
            .ToArray();
    }
}
