using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Model;
using PiiAnalyzers.Tests.Analyzers;
using PiiAnalyzers.Tests.Verifiers;
using VerifyLog = PiiAnalyzers.Tests.Analyzers.LeakVerifier<PiiAnalyzers.Analyzers.PersonalDataLogAnalyzer>;

namespace PiiAnalyzers.Tests.DataFlow;

/// <summary>What a JSON serializer returns carries every personal member of the object it serializes.</summary>
public class SerializerTrackingTests
{
    private const string WholeCustomer = "Customer.Email (contact.email), Customer.Name (profile.name), Customer.IdCardNumber (identity.national-id)";

    [Theory]
    [InlineData("System.Text.Json.JsonSerializer.Serialize(customer)", ValueUse.AsValue, WholeCustomer)]
    [InlineData("System.Text.Json.JsonSerializer.Serialize(customer, new System.Text.Json.JsonSerializerOptions())", ValueUse.AsValue, WholeCustomer)]
    [InlineData("System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(customer)", ValueUse.AsValue, WholeCustomer)]
    [InlineData("$\"payload: {System.Text.Json.JsonSerializer.Serialize(customer)}\"", ValueUse.AsText, WholeCustomer)]
    [InlineData("System.Net.Http.Json.JsonContent.Create(customer)", ValueUse.AsValue, WholeCustomer)]
    [InlineData("System.Text.Json.JsonSerializer.Serialize(new { customer.Email, customer.Id })", ValueUse.AsValue, "Customer.Email (contact.email)")]
    [InlineData("System.Text.Json.JsonSerializer.Serialize(customer.Id)", ValueUse.AsValue, "")]
    [InlineData("System.Text.Json.JsonSerializer.Serialize(new { customer.Id, customer.Notes })", ValueUse.AsValue, "")]
    public void SerializedObjects_CarryEveryPersonalMember(string expression, ValueUse use, string expected)
    {
        var (tracker, value) = Setup(expression);

        Assert.Equal(expected, tracker.Track(value, use).Describe());
    }

    [Fact]
    public async Task SerializedObjectInALog_IsReported()
    {
        await VerifyLog.VerifyAsync("""
            using System.Text.Json;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                public void Run(ILogger logger, Customer customer)
                {
                    logger.LogInformation({|#0:JsonSerializer.Serialize(customer)|});
                }
            }
            """,
            VerifyLog.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, 0, sensitive: true, WholeCustomer, "LogInformation"));
    }

    private static (PersonalDataTracker Tracker, IOperation Value) Setup(string expression)
    {
        var source = $$"""
            public class Probe
            {
                public void Run(Customer customer)
                {
                    Sink({{expression}});
                }

                private static void Sink(object value) { }
            }
            """;
        var compilation = TestCompilation.Create(source, LeakTestSources.Customer);
        var tree = compilation.SyntaxTrees.First();
        var argument = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .First(invocation => invocation.Expression.ToString() == "Sink")
            .ArgumentList.Arguments[0].Expression;
        var operation = compilation.GetSemanticModel(tree).GetOperation(argument)!;
        var model = PersonalDataModel.Create(compilation, options: null);
        return (PersonalDataTracker.Create(compilation, model, Sanitizers.Create(compilation, options: null)), operation);
    }
}
