using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.Analyzers;

internal static partial class ThirdPartyStandIns
{
    private static readonly ConcurrentDictionary<string, MetadataReference> Compiled = new();

    /// <summary>
    /// Twilio's message resource and Sentry's SDK, as source to compile with a test's own: for tests of what sees the
    /// catalog's types in the compilation (the generator's SDK list, the policy check), where two recipients are enough.
    /// </summary>
    public const string TwilioAndSentrySource = """

        namespace Twilio.Rest.Api.V2010.Account
        {
            public class MessageResource
            {
                public static MessageResource Create(string to, string body) => new MessageResource();
            }
        }

        namespace Sentry
        {
            public static class SentrySdk
            {
                public static void CaptureMessage(string message) { }
            }
        }
        """;

    /// <summary>The client libraries, compiled once into an assembly of their own, as their packages would be.</summary>
    public static MetadataReference Libraries => Compile("ThirdPartyLibraries", [Messaging, Cloud, Telemetry, AI]);

    /// <summary>Azure.AI.OpenAI, in an assembly that references <see cref="Libraries"/>.</summary>
    public static MetadataReference AzureOpenAILibrary => Compile("AzureOpenAILibrary", [AzureOpenAI], Libraries);

    private static MetadataReference Compile(string name, string[] sources, params MetadataReference[] references) =>
        Compiled.GetOrAdd(name, _ =>
        {
            var compilation = CSharpCompilation.Create(
                name,
                sources.Select(source => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))),
                TestReferences.All.AddRange(references),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)));
            return MetadataReference.CreateFromImage(image.ToArray());
        });
}
