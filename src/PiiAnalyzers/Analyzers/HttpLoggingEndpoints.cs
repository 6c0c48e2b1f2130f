using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.Analyzers;

/// <summary>
/// ASP.NET Core's HTTP logging (<c>Microsoft.AspNetCore.HttpLogging</c>) and the endpoints whose bodies it logs, matched by
/// metadata name: which <c>HttpLoggingFields</c> an application sets (<c>HttpLoggingOptions.LoggingFields</c>, as in
/// <c>AddHttpLogging(o =&gt; o.LoggingFields = …)</c>) or an endpoint sets for itself (<c>[HttpLogging(…)]</c>,
/// <c>.WithHttpLogging(…)</c>); MVC actions and minimal API handlers; the parameters an endpoint binds from the request
/// body and the type its response body holds. Resolved once per compilation; thread-safe.
/// </summary>
internal sealed class HttpLoggingEndpoints
{
    private const string FieldsTypeName = "Microsoft.AspNetCore.HttpLogging.HttpLoggingFields";

    // The minimal API methods that map a handler (EndpointRouteBuilderExtensions; a route group's too).
    private static readonly ImmutableHashSet<string> MapMethods = ImmutableHashSet.Create(
        "Map", "MapGet", "MapPost", "MapPut", "MapPatch", "MapDelete", "MapMethods", "MapFallback");

    // Binding attributes, by class name as MVC and minimal APIs share them: from the body, and from anywhere else.
    private const string FromBody = "FromBodyAttribute";

    private static readonly ImmutableHashSet<string> BoundElsewhere = ImmutableHashSet.Create(
        "FromQueryAttribute", "FromRouteAttribute", "FromHeaderAttribute", "FromFormAttribute", "FromServicesAttribute",
        "FromKeyedServicesAttribute", "AsParametersAttribute");

    private readonly long _requestBody;
    private readonly long _responseBody;
    private readonly INamedTypeSymbol? _options;
    private readonly INamedTypeSymbol? _httpLoggingAttribute;
    private readonly INamedTypeSymbol? _routeBuilderExtensions;
    private readonly INamedTypeSymbol? _conventionExtensions;
    private readonly INamedTypeSymbol? _controllerBase;
    private readonly INamedTypeSymbol? _controllerAttribute;
    private readonly INamedTypeSymbol? _apiControllerAttribute;
    private readonly INamedTypeSymbol? _nonController;
    private readonly INamedTypeSymbol? _nonAction;
    private readonly ImmutableArray<INamedTypeSymbol> _resultWrappers;
    private readonly bool _apiAssembly;

    private HttpLoggingEndpoints(Compilation compilation, long requestBody, long responseBody)
    {
        _requestBody = requestBody;
        _responseBody = responseBody;
        _options = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.HttpLogging.HttpLoggingOptions");
        _httpLoggingAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.HttpLogging.HttpLoggingAttribute");
        _routeBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions");
        _conventionExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.HttpLoggingEndpointConventionBuilderExtensions");
        _controllerBase = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase");
        _controllerAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerAttribute");
        _apiControllerAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ApiControllerAttribute");
        _nonController = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.NonControllerAttribute");
        _nonAction = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.NonActionAttribute");
        _resultWrappers = WellKnownTypes.Resolve(
            compilation, "System.Threading.Tasks.Task`1", "System.Threading.Tasks.ValueTask`1", "Microsoft.AspNetCore.Mvc.ActionResult`1");
        _apiAssembly = compilation.Assembly.GetAttributes().Any(attribute => WellKnownTypes.IsOrDerives(attribute.AttributeClass, _apiControllerAttribute));
    }

    /// <summary>The endpoints of a compilation that references HTTP logging; null when it does not.</summary>
    public static HttpLoggingEndpoints? Resolve(Compilation compilation)
    {
        var fields = compilation.GetTypeByMetadataName(FieldsTypeName);
        return fields is not null && Flag(fields, "RequestBody") is { } requestBody && Flag(fields, "ResponseBody") is { } responseBody
            ? new HttpLoggingEndpoints(compilation, requestBody, responseBody)
            : null;
    }

    /// <summary>The bodies an assignment to <c>HttpLoggingOptions.LoggingFields</c> (<c>=</c> or <c>|=</c>) logs; null for any other operation.</summary>
    public BodyLogging? FieldsSetFor(IOperation operation)
    {
        var (target, value) = operation switch
        {
            ISimpleAssignmentOperation assignment => (assignment.Target, assignment.Value),
            ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Or } compound => (compound.Target, compound.Value),
            _ => (null, null),
        };
        return target is IPropertyReferenceOperation { Property.Name: "LoggingFields" } property && WellKnownTypes.Is(property.Property.ContainingType, _options)
            ? Bodies(value?.ConstantValue is { HasValue: true } constant ? constant.Value : null)
            : null;
    }

    /// <summary>The minimal API endpoint a <c>Map…</c> call maps; null for any other call or a handler that is not code.</summary>
    public HttpEndpoint? MinimalApi(IInvocationOperation invocation)
    {
        if (!MapMethods.Contains(invocation.TargetMethod.Name) || !WellKnownTypes.Is(invocation.TargetMethod.ContainingType, _routeBuilderExtensions)
            || invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Type.SpecialType == SpecialType.System_Delegate) is not { } handler)
        {
            return null;
        }

        var value = handler.Value;
        while (value is IConversionOperation or IDelegateCreationOperation)
        {
            value = value is IConversionOperation conversion ? conversion.Operand : ((IDelegateCreationOperation)value).Target;
        }

        var method = value switch
        {
            IAnonymousFunctionOperation lambda => lambda.Symbol,
            IMethodReferenceOperation reference => reference.Method,
            _ => null,
        };
        return method is null
            ? null
            : new HttpEndpoint(method, inferComplexBody: true, ConventionFields(invocation) ?? AttributeFields(method), value.Syntax.GetLocation());
    }

    /// <summary>The MVC action a method is (a public method of a controller); null when it is none.</summary>
    public HttpEndpoint? MvcAction(IMethodSymbol method)
    {
        if (_controllerBase is null
            || method is not { MethodKind: MethodKind.Ordinary, IsStatic: false, IsAbstract: false, IsGenericMethod: false, DeclaredAccessibility: Accessibility.Public }
            || method.ContainingType is not { TypeKind: TypeKind.Class, IsAbstract: false, IsGenericType: false, DeclaredAccessibility: Accessibility.Public } controller
            || HasAttribute(method, _nonAction) || HasAttributeInChain(controller, _nonController)
            || !(WellKnownTypes.IsOrDerives(controller, _controllerBase) || HasAttributeInChain(controller, _controllerAttribute)
                || controller.Name.EndsWith("Controller", StringComparison.Ordinal)))
        {
            return null;
        }

        // An [ApiController] binds a complex parameter from the body; any other controller, only a [FromBody] one.
        var api = _apiAssembly || HasAttributeInChain(controller, _apiControllerAttribute);
        var returnType = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is MethodDeclarationSyntax declaration
            ? declaration.ReturnType.GetLocation()
            : method.Locations.FirstOrDefault() ?? Location.None;
        return new HttpEndpoint(method, api, AttributeFields(method) ?? TypeFields(controller), returnType);
    }

    /// <summary>The parameters an endpoint binds from the request body, each with whether it says so (<c>[FromBody]</c>).</summary>
    public IEnumerable<(IParameterSymbol Parameter, bool Explicit)> BodyParameters(HttpEndpoint endpoint)
    {
        foreach (var parameter in endpoint.Handler.Parameters)
        {
            var names = parameter.GetAttributes().Select(attribute => attribute.AttributeClass?.Name).ToImmutableArray();
            if (names.Contains(FromBody))
            {
                yield return (parameter, true);
            }
            else if (endpoint.InferComplexBody && !names.Any(name => name is not null && BoundElsewhere.Contains(name)) && IsComplex(parameter.Type))
            {
                yield return (parameter, false);
            }
        }
    }

    /// <summary>The type an endpoint's response body holds: its return type, out of a task or an <c>ActionResult&lt;T&gt;</c>.</summary>
    public ITypeSymbol ResponseType(HttpEndpoint endpoint)
    {
        var type = endpoint.Handler.ReturnType;
        while (type is INamedTypeSymbol { TypeArguments.Length: 1 } wrapper && _resultWrappers.Any(candidate => WellKnownTypes.Is(wrapper, candidate)))
        {
            type = wrapper.TypeArguments[0];
        }

        return type;
    }

    private static long? Flag(INamedTypeSymbol fields, string name) =>
        fields.GetMembers(name).OfType<IFieldSymbol>().FirstOrDefault() is { HasConstantValue: true } field ? AsInt64(field.ConstantValue) : null;

    private static long? AsInt64(object? value) =>
        value switch
        {
            long number => number,
            int number => number,
            short number => number,
            sbyte number => number,
            ulong number => unchecked((long)number),
            uint number => number,
            ushort number => number,
            byte number => number,
            _ => null,
        };

    // Minimal APIs and MVC may bind from the body what is neither text nor a number: a class, a struct, a collection.
    private static bool IsComplex(ITypeSymbol type) =>
        type is IArrayTypeSymbol
        || (type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsAbstract: false, SpecialType: SpecialType.None });

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attribute) =>
        attribute is not null && symbol.GetAttributes().Any(candidate => WellKnownTypes.IsOrDerives(candidate.AttributeClass, attribute));

    private static bool HasAttributeInChain(INamedTypeSymbol type, INamedTypeSymbol? attribute)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (HasAttribute(current, attribute))
            {
                return true;
            }
        }

        return false;
    }

    private BodyLogging? Bodies(object? fields) =>
        AsInt64(fields) is { } value
            ? ((value & _requestBody) != 0 ? BodyLogging.Request : BodyLogging.None) | ((value & _responseBody) != 0 ? BodyLogging.Response : BodyLogging.None)
            : null;

    // [HttpLogging(fields)] on the handler: the fields it logs, overriding the application's.
    private BodyLogging? AttributeFields(ISymbol symbol) =>
        symbol.GetAttributes().FirstOrDefault(attribute => WellKnownTypes.Is(attribute.AttributeClass, _httpLoggingAttribute)) is { ConstructorArguments.Length: > 0 } attribute
            ? Bodies(attribute.ConstructorArguments[0].Value)
            : null;

    private BodyLogging? TypeFields(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (AttributeFields(current) is { } fields)
            {
                return fields;
            }
        }

        return null;
    }

    // app.MapPost(…).WithName(…).WithHttpLogging(fields): the fields of the last WithHttpLogging on the endpoint's builder.
    private BodyLogging? ConventionFields(IInvocationOperation map)
    {
        BodyLogging? fields = null;
        IOperation current = map;
        while (current.Parent is IConversionOperation conversion)
        {
            current = conversion;
        }

        while (current.Parent is IArgumentOperation { Parameter.Ordinal: 0, Parent: IInvocationOperation { TargetMethod.IsExtensionMethod: true } call })
        {
            if (call.TargetMethod.Name == "WithHttpLogging" && WellKnownTypes.Is(call.TargetMethod.ContainingType, _conventionExtensions)
                && call.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "loggingFields") is { } argument)
            {
                fields = Bodies(argument.Value.ConstantValue is { HasValue: true } constant ? constant.Value : null) ?? fields;
            }

            current = call;
            while (current.Parent is IConversionOperation outer)
            {
                current = outer;
            }
        }

        return fields;
    }
}

/// <summary>The bodies HTTP logging writes.</summary>
[Flags]
internal enum BodyLogging
{
    None = 0,
    Request = 1,
    Response = 2,
}

/// <summary>
/// An endpoint: its handler, whether a complex parameter binds from the body without <c>[FromBody]</c>, the bodies the
/// endpoint itself has HTTP logging write (null: the application's options decide), and where its response is declared.
/// </summary>
internal sealed class HttpEndpoint
{
    public HttpEndpoint(IMethodSymbol handler, bool inferComplexBody, BodyLogging? fields, Location response)
    {
        Handler = handler;
        InferComplexBody = inferComplexBody;
        Fields = fields;
        Response = response;
    }

    public IMethodSymbol Handler { get; }

    public bool InferComplexBody { get; }

    public BodyLogging? Fields { get; }

    public Location Response { get; }
}
