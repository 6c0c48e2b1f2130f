using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.DataFlow;
using PiiAnalyzers.Model;
using PiiAnalyzers.Options;
using PiiAnalyzers.Tests.Analyzers;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.DataFlow;

/// <summary>The tracker's public API, as the storage and sharing rules will call it.</summary>
public class PersonalDataTrackerTests
{
    [Theory]
    [InlineData("customer.Email", ValueUse.AsValue, "Customer.Email (contact.email)")]
    [InlineData("customer.Id", ValueUse.AsValue, "")]
    [InlineData("customer", ValueUse.AsValue, "Customer.Email (contact.email), Customer.Name (profile.name), Customer.IdCardNumber (identity.national-id)")]
    [InlineData("customer", ValueUse.AsText, "")]
    [InlineData("contact", ValueUse.AsText, "Contact.Phone (contact.phone)")]
    [InlineData("new[] { customer.Name, \"x\" }", ValueUse.AsValue, "Customer.Name (profile.name)")]
    [InlineData("(customer.Email, customer.Id)", ValueUse.AsValue, "Customer.Email (contact.email)")]
    [InlineData("new { customer.Email }", ValueUse.AsValue, "Customer.Email (contact.email)")]
    [InlineData("flag ? customer.Email : customer.Name", ValueUse.AsValue, "Customer.Email (contact.email), Customer.Name (profile.name)")]
    [InlineData("customer?.Email ?? \"none\"", ValueUse.AsValue, "Customer.Email (contact.email)")]
    [InlineData("customer.Email.Length", ValueUse.AsValue, "")]
    [InlineData("customer.Email.GetHashCode()", ValueUse.AsValue, "")]
    [InlineData("customer.Email.Substring(1)", ValueUse.AsValue, "Customer.Email (contact.email)")]
    [InlineData("System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(customer.Email)))", ValueUse.AsValue, "")]
    public void Track_SaysWhichMembersAValueCarries(string expression, ValueUse use, string expected)
    {
        var (tracker, value) = Setup(expression);

        var flow = tracker.Track(value, use);

        Assert.Equal(expected, flow.Describe());
        Assert.Equal(expected.Length == 0, flow.IsEmpty);
    }

    [Fact]
    public void Track_ReportsSensitivityAndWhereEachValueWasRead()
    {
        var (tracker, value) = Setup("customer.IdCardNumber + customer.Email");

        var flow = tracker.Track(value);

        Assert.True(flow.IsSensitive);
        Assert.Equal(new[] { "identity.national-id", "contact.email" }, flow.Sources.Select(source => source.Category));
        Assert.Equal(new[] { "customer.IdCardNumber", "customer.Email" }, flow.Origins.Select(origin => origin.ToString()));
        Assert.All(flow.Sources, source => Assert.NotNull(source.Member));
    }

    [Fact]
    public void GetToStringExposure_ListsWhatARecordPrints()
    {
        var (tracker, value) = Setup("contact");

        var exposure = tracker.GetToStringExposure(value.Type!);

        Assert.Equal("Contact.Phone (contact.phone)", PersonalDataFlow.Describe(exposure));

        var (_, customer) = Setup("customer");
        Assert.Empty(tracker.GetToStringExposure(customer.Type!));
    }

    [Theory]
    [InlineData("M:MyCo.Audit.Write(System.String,System.Int32), T:MyCo.Telemetry", new[] { "M:MyCo.Audit.Write(System.String,System.Int32)", "T:MyCo.Telemetry" })]
    [InlineData("M:A.B;M:C.D", new[] { "M:A.B", "M:C.D" })]
    [InlineData(" M:A.B( System.String ) ,garbage, X:Y ", new[] { "M:A.B(System.String)" })]
    [InlineData("", new string[0])]
    public void DocumentationIdList_SplitsOutsideParameterLists(string text, string[] expected)
    {
        Assert.Equal(expected, DocumentationIdList.Parse(text).Ids);
    }

    private static (PersonalDataTracker Tracker, IOperation Value) Setup(string expression)
    {
        var source = $$"""
            using PiiAnalyzers;

            public record Contact(int Id, [PersonalData(DataCategories.Contact.Phone)] string Phone);

            public class Probe
            {
                public void Run(Customer customer, Contact contact, bool flag)
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
