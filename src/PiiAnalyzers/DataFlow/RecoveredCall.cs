using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// The call an invocation that did not bind stands for, when one of its arguments has a type the compilation lacks (a
/// folder scanned without its packages: <c>Format(customer.Email, Constants.Unknown)</c>) and exactly one candidate
/// method takes that many arguments, each argument of a known type converting to its parameter. Roslyn then gives an
/// <see cref="IInvalidOperation"/> with the receiver and the argument values as children, and types it with that
/// candidate's return type, so the value still reaches locals and sinks.
/// </summary>
internal sealed class RecoveredCall
{
    private readonly ImmutableArray<IOperation?> _arguments;

    private RecoveredCall(IMethodSymbol method, IOperation? instance, ImmutableArray<IOperation?> arguments)
    {
        Method = method;
        Instance = instance;
        _arguments = arguments;
    }

    /// <summary>The method called; an extension method in its static form, its receiver the first argument.</summary>
    public IMethodSymbol Method { get; }

    /// <summary>The object an instance method is called on; null for a static method.</summary>
    public IOperation? Instance { get; }

    /// <summary>The argument values given, in any order.</summary>
    public ImmutableArray<IOperation> Arguments => _arguments.Where(argument => argument is not null).Select(argument => argument!).ToImmutableArray();

    /// <summary>The value given for a parameter of the method's original definition; null when none was.</summary>
    public IOperation? ArgumentFor(IParameterSymbol parameter) =>
        parameter.Ordinal < _arguments.Length ? _arguments[parameter.Ordinal] : null;

    /// <summary>The call, or null when the operation is not an invocation that failed overload resolution with one fitting candidate.</summary>
    /// <param name="invalid">The operation, of the tree or of a control-flow graph.</param>
    /// <param name="graphModel">The model of the tree the graph was built from: an operation of a graph has none of its own.</param>
    public static RecoveredCall? From(IInvalidOperation invalid, SemanticModel? graphModel)
    {
        if (invalid.Syntax is not InvocationExpressionSyntax syntax
            || (invalid.SemanticModel ?? graphModel) is not { } model
            || model.SyntaxTree != syntax.SyntaxTree)
        {
            return null;
        }

        var info = model.GetSymbolInfo(syntax);
        if (info.Symbol is not null || info.CandidateReason != CandidateReason.OverloadResolutionFailure)
        {
            return null;
        }

        var arguments = syntax.ArgumentList.Arguments;
        var fitting = info.CandidateSymbols.OfType<IMethodSymbol>().Where(candidate => Fits(candidate, arguments, invalid, model.Compilation)).Take(2).ToList();
        if (fitting.Count != 1)
        {
            return null;
        }

        var method = fitting[0];
        var receiver = syntax.Expression is MemberAccessExpressionSyntax access ? Child(invalid, access.Expression) : null;
        var extension = method.ReducedFrom is not null;
        var values = new IOperation?[method.Parameters.Length + (extension ? 1 : 0)];
        var offset = extension ? 1 : 0;
        if (extension)
        {
            values[0] = receiver;
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            if (ParameterOf(method, arguments, i) is { IsParams: false } parameter)
            {
                values[parameter.Ordinal + offset] = Child(invalid, arguments[i].Expression);
            }
        }

        return new RecoveredCall(
            (extension ? method.ReducedFrom! : method).OriginalDefinition,
            extension || method.IsStatic ? null : receiver,
            values.ToImmutableArray());
    }

    // Whether the candidate takes these arguments: as many as it has parameters (fewer for optional ones, more for a
    // params array), names it has, and each argument of a known type converting to its parameter's type.
    private static bool Fits(IMethodSymbol candidate, SeparatedSyntaxList<ArgumentSyntax> arguments, IInvalidOperation invalid, Compilation compilation)
    {
        var parameters = candidate.Parameters;
        var hasParams = parameters.Length > 0 && parameters[parameters.Length - 1].IsParams;
        var required = parameters.Count(parameter => !parameter.IsOptional && !parameter.IsParams);
        if (arguments.Count < required || (arguments.Count > parameters.Length && !hasParams))
        {
            return false;
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            if (ParameterOf(candidate, arguments, i) is not { } parameter)
            {
                return false;
            }

            var type = Child(invalid, arguments[i].Expression)?.Type;
            if (parameter.IsParams || type is null || type.TypeKind == TypeKind.Error || IsOpen(parameter.Type))
            {
                continue;
            }

            if (!compilation.ClassifyCommonConversion(type, parameter.Type).IsImplicit)
            {
                return false;
            }
        }

        return true;
    }

    // A type the candidate has not settled (a type parameter, or one built from one) or does not know: any argument may fit.
    private static bool IsOpen(ITypeSymbol type) =>
        type switch
        {
            { TypeKind: TypeKind.Error or TypeKind.TypeParameter } => true,
            IArrayTypeSymbol array => IsOpen(array.ElementType),
            INamedTypeSymbol named => named.TypeArguments.Any(IsOpen),
            _ => false,
        };

    private static IParameterSymbol? ParameterOf(IMethodSymbol method, SeparatedSyntaxList<ArgumentSyntax> arguments, int index)
    {
        var parameters = method.Parameters;
        if (arguments[index].NameColon is { } name)
        {
            return parameters.FirstOrDefault(parameter => parameter.Name == name.Name.Identifier.ValueText);
        }

        return index < parameters.Length ? parameters[index]
            : parameters.Length > 0 && parameters[parameters.Length - 1].IsParams ? parameters[parameters.Length - 1]
            : null;
    }

    private static IOperation? Child(IOperation invalid, SyntaxNode syntax) =>
        invalid.ChildOperations.FirstOrDefault(child => child.Syntax == syntax);
}
