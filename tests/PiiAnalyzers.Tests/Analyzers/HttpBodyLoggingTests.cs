using Microsoft.CodeAnalysis.Testing;
using PiiAnalyzers.Analyzers;
using PiiAnalyzers.Tests.Verifiers;

namespace PiiAnalyzers.Tests.Analyzers;

/// <summary>
/// PII0001 for ASP.NET Core's HTTP logging of request and response bodies (<see cref="HttpBodyLoggingAnalyzer"/>).
/// ASP.NET Core is a stand-in with the real metadata names and signatures; the package is not referenced.
/// </summary>
public class HttpBodyLoggingTests
{
    private const string WholeCustomer = "Customer.Email (contact.email), Customer.Name (profile.name), Customer.IdCardNumber (identity.national-id)";

    private const string AspNetCore = """
        #nullable enable
        namespace Microsoft.AspNetCore.HttpLogging
        {
            using System;

            [Flags]
            public enum HttpLoggingFields : long
            {
                None = 0x0,
                RequestPath = 0x1,
                RequestMethod = 0x8,
                ResponseStatusCode = 0x20,
                RequestHeaders = 0x40,
                ResponseHeaders = 0x80,
                RequestBody = 0x400,
                ResponseBody = 0x800,
                Duration = 0x1000,
                RequestPropertiesAndHeaders = RequestPath | RequestMethod | RequestHeaders,
                ResponsePropertiesAndHeaders = ResponseStatusCode | ResponseHeaders,
                Request = RequestPropertiesAndHeaders | RequestBody,
                Response = ResponsePropertiesAndHeaders | ResponseBody,
                All = Request | Response | Duration,
            }

            public sealed class HttpLoggingOptions
            {
                public HttpLoggingFields LoggingFields { get; set; }
            }

            [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
            public sealed class HttpLoggingAttribute : Attribute
            {
                public HttpLoggingAttribute(HttpLoggingFields loggingFields) { }
            }
        }

        namespace Microsoft.Extensions.DependencyInjection
        {
            using System;
            using Microsoft.AspNetCore.HttpLogging;

            public interface IServiceCollection { }

            public static class HttpLoggingServicesExtensions
            {
                public static IServiceCollection AddHttpLogging(this IServiceCollection services, Action<HttpLoggingOptions> configureOptions) => services;
            }
        }

        namespace Microsoft.AspNetCore.Routing
        {
            public interface IEndpointRouteBuilder { }
        }

        namespace Microsoft.AspNetCore.Builder
        {
            using System;
            using Microsoft.AspNetCore.HttpLogging;
            using Microsoft.AspNetCore.Routing;

            public interface IEndpointConventionBuilder { }

            public sealed class RouteHandlerBuilder : IEndpointConventionBuilder { }

            public static class EndpointRouteBuilderExtensions
            {
                public static RouteHandlerBuilder MapGet(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) => new();
                public static RouteHandlerBuilder MapPost(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) => new();
            }

            public static class RoutingEndpointConventionBuilderExtensions
            {
                public static TBuilder WithName<TBuilder>(this TBuilder builder, string endpointName) where TBuilder : IEndpointConventionBuilder => builder;
            }

            public static class HttpLoggingEndpointConventionBuilderExtensions
            {
                public static TBuilder WithHttpLogging<TBuilder>(this TBuilder builder, HttpLoggingFields loggingFields, int? requestBodyLogLimit = null, int? responseBodyLogLimit = null)
                    where TBuilder : IEndpointConventionBuilder => builder;
            }
        }

        namespace Microsoft.AspNetCore.Mvc
        {
            using System;

            [AttributeUsage(AttributeTargets.Class, Inherited = true)]
            public class ControllerAttribute : Attribute { }

            [AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly, Inherited = true)]
            public sealed class ApiControllerAttribute : ControllerAttribute { }

            [AttributeUsage(AttributeTargets.Method)]
            public sealed class NonActionAttribute : Attribute { }

            [AttributeUsage(AttributeTargets.Parameter)]
            public sealed class FromBodyAttribute : Attribute { }

            [AttributeUsage(AttributeTargets.Parameter)]
            public sealed class FromQueryAttribute : Attribute { }

            [AttributeUsage(AttributeTargets.Parameter)]
            public sealed class FromServicesAttribute : Attribute { }

            public interface IActionResult { }

            public sealed class ActionResult<TValue>
            {
                public static implicit operator ActionResult<TValue>(TValue value) => new();
            }

            [Controller]
            public abstract class ControllerBase
            {
                public IActionResult Ok(object? value) => null!;
            }
        }
        """;

    private static DiagnosticResult Logged(int location, string data, string sink, bool sensitive = true) =>
        LeakVerifier<HttpBodyLoggingAnalyzer>.Diagnostic(DiagnosticDescriptors.PersonalDataInLog, location, sensitive, data, sink);

    [Fact]
    public async Task RequestBodyLoggingEnabled_ReportsEveryEndpointThatBindsPersonalDataFromTheBody()
    {
        await VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.HttpLogging;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Routing;
            using Microsoft.Extensions.DependencyInjection;

            public class Order
            {
                public int Number { get; set; }
            }

            public static class Program
            {
                public static void Configure(IServiceCollection services, IEndpointRouteBuilder app)
                {
                    services.AddHttpLogging(options => options.LoggingFields = HttpLoggingFields.RequestPropertiesAndHeaders | HttpLoggingFields.RequestBody);

                    app.MapPost("/customers", (Customer {|#0:customer|}) => customer.Id);
                    app.MapPost("/orders", (Order order) => order.Number);
                    app.MapPost("/search", ([FromQuery] Customer filter) => filter.Id);
                    app.MapGet("/customers/{id}", (int id) => new Customer());
                    app.MapPost("/register", Register);
                }

                private static int Register(Customer {|#1:registration|}) => registration.Id;
            }

            [ApiController]
            public class CustomersController : ControllerBase
            {
                public IActionResult Create(Customer {|#2:customer|}) => Ok(customer.Id);

                public Task<int> Update(int id, [FromQuery] Customer query, [FromServices] Order service) => Task.FromResult(id);

                [NonAction]
                public void Helper(Customer customer) { }

                private void Hidden(Customer customer) { }
            }

            public class LegacyController : ControllerBase
            {
                public IActionResult Form(Customer customer) => Ok(customer.Id);

                public IActionResult Json([FromBody] Customer {|#3:customer|}) => Ok(customer.Id);
            }
            """,
            Logged(0, WholeCustomer, "HTTP request body logging"),
            Logged(1, WholeCustomer, "HTTP request body logging"),
            Logged(2, WholeCustomer, "HTTP request body logging"),
            Logged(3, WholeCustomer, "HTTP request body logging"));
    }

    [Fact]
    public async Task ResponseBodyLoggingEnabled_ReportsEveryEndpointThatReturnsPersonalData()
    {
        await VerifyAsync("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.HttpLogging;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Routing;
            using Microsoft.Extensions.DependencyInjection;

            public static class Program
            {
                public static void Configure(IServiceCollection services, IEndpointRouteBuilder app, HttpLoggingOptions options)
                {
                    services.AddHttpLogging(o => { o.LoggingFields = HttpLoggingFields.All; });
                    app.MapGet("/customers/{id}", {|#0:(int id) => new Customer()|});
                    app.MapGet("/count", () => 3);
                }
            }

            public class CustomersController : ControllerBase
            {
                public {|#1:Task<ActionResult<List<Customer>>>|} List() => Task.FromResult<ActionResult<List<Customer>>>(new List<Customer>());

                public IActionResult Get(int id) => Ok(new Customer());

                public {|#2:Customer|} Create([FromBody] Customer {|#3:customer|}) => customer;
            }
            """,
            Logged(0, WholeCustomer, "HTTP response body logging"),
            Logged(1, WholeCustomer, "HTTP response body logging"),
            Logged(2, WholeCustomer, "HTTP response body logging"),
            Logged(3, WholeCustomer, "HTTP request body logging"));
    }

    [Fact]
    public async Task EndpointFields_OverrideTheApplications()
    {
        await VerifyAsync("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.HttpLogging;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Routing;

            public static class Program
            {
                public static void Configure(IEndpointRouteBuilder app)
                {
                    app.MapPost("/a", (Customer {|#0:customer|}) => customer.Id).WithName("a").WithHttpLogging(HttpLoggingFields.RequestBody);
                    app.MapPost("/b", [HttpLogging(HttpLoggingFields.Request)] (Customer {|#1:customer|}) => customer.Id);
                    app.MapPost("/c", (Customer customer) => customer.Id).WithHttpLogging(HttpLoggingFields.RequestHeaders);
                    app.MapPost("/d", (Customer customer) => customer.Id);
                }
            }

            [HttpLogging(HttpLoggingFields.RequestBody)]
            public class CustomersController : ControllerBase
            {
                public IActionResult Create([FromBody] Customer {|#2:customer|}) => Ok(customer.Id);

                [HttpLogging(HttpLoggingFields.RequestHeaders)]
                public IActionResult Update([FromBody] Customer customer) => Ok(customer.Id);
            }
            """,
            Logged(0, WholeCustomer, "HTTP request body logging"),
            Logged(1, WholeCustomer, "HTTP request body logging"),
            Logged(2, WholeCustomer, "HTTP request body logging"));
    }

    [Fact]
    public async Task WithoutBodyFields_NothingIsReported()
    {
        await VerifyAsync("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.HttpLogging;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Routing;
            using Microsoft.Extensions.DependencyInjection;

            public static class Program
            {
                public static void Configure(IServiceCollection services, IEndpointRouteBuilder app, HttpLoggingFields fromConfiguration)
                {
                    services.AddHttpLogging(options => options.LoggingFields = HttpLoggingFields.RequestPropertiesAndHeaders | HttpLoggingFields.ResponsePropertiesAndHeaders);
                    services.AddHttpLogging(options => options.LoggingFields = fromConfiguration);
                    app.MapPost("/customers", (Customer customer) => customer);
                }
            }

            [ApiController]
            public class CustomersController : ControllerBase
            {
                public Customer Create(Customer customer) => customer;
            }
            """);
    }

    [Theory]
    [InlineData("app.MapPost(\"/a\", (Customer c) => c.Id).WithHttpLogging(")]
    [InlineData("app.MapPost(\"/a\", )")]
    [InlineData("services.AddHttpLogging(o => o.LoggingFields = )")]
    [InlineData("app.MapPost(\"/a\", Missing)")]
    public async Task IncompleteCode_DoesNotThrow(string statement)
    {
        var source = $$"""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.HttpLogging;
            using Microsoft.AspNetCore.Routing;
            using Microsoft.Extensions.DependencyInjection;

            public static class Program
            {
                public static void Configure(IServiceCollection services, IEndpointRouteBuilder app)
                {
                    {{statement}};
                }
            }

            public class BrokenController : Microsoft.AspNetCore.Mvc.ControllerBase
            {
                public Customer Create([Microsoft.AspNetCore.Mvc.FromBody] Customer customer, ) => customer;
            }
            """;
        await AnalyzerExceptions.AssertNoneAsync(TestCompilation.Create(source, LeakTestSources.Customer, AspNetCore), new HttpBodyLoggingAnalyzer());
    }

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerVerifier<HttpBodyLoggingAnalyzer>.Test { TestCode = source };
        test.TestState.Sources.Add(("/Customer.cs", LeakTestSources.Customer));
        test.TestState.Sources.Add(("/AspNetCore.cs", AspNetCore));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }
}
