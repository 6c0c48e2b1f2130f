using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PiiAnalyzers.Cli.Loading;

/// <summary>
/// Generated declarations for the names a folder's calls pass as arguments, <c>Call(X.Y)</c>, where no file and no
/// reference declares <c>X</c> (CS0103: its package was not restored). Such a call does not bind, nor does an
/// <c>await</c> of it or anything computed from its result, so no rule sees where that result goes: a claim principal
/// authenticated with a vendor's scheme constant and then logged. A static class <c>X</c> whose member <c>Y</c> has the
/// type of the call's parameter lets the call bind: a <c>const string</c> when that parameter is a string, a static
/// property of the parameter's type otherwise. Where <c>X.Y</c> is passed to several calls, or a call has several
/// overloads that fit, the type is the one every call accepts (<c>SignOut(X.Y)</c> taking a string or an options object,
/// <c>Authenticate(X.Y)</c> a string: string); <c>object</c> when not exactly one type is, or no candidate fits.
/// </summary>
/// <remarks>
/// <para>A name is stood in for only when nothing anywhere declares a type, namespace or alias of that name: the class is
/// declared in the global namespace, where it would hide a namespace's type of the same name from files importing it.</para>
/// <para>Only names spelled as types are (an upper-case first letter, not a keyword), and not the name of a member any
/// file declares: a lower-case <c>x.Y</c> is nearly always a local, an upper-case one often a property, and each lookup
/// costs the binding of its file's usings (a scan binds them again on the compilation with the stand-ins). The lookup
/// binds the name alone at its position (speculatively), which binds no method body; only a call whose name is
/// unresolved is bound whole, to learn its candidates.</para>
/// <para>Bounded: at most <see cref="MaxMembers"/> members, and at most <see cref="MaxCallsBound"/> calls bound, taken in
/// the compilation's file order, so the same folder always gets the same declarations.</para>
/// </remarks>
internal static class UnresolvedNameStandIns
{
    /// <summary>The generated file's name; placed under <c>obj/</c> and named as generated, so never analyzed or reported.</summary>
    public const string FileName = "PiiScan.UnresolvedNames.g.cs";

    public const int MaxMembers = 256;

    public const int MaxCallsBound = 4 * MaxMembers;

    private const string ObjectType = "object";

    private const string StringType = "string";

    /// <summary>The declarations <paramref name="compilation"/> needs; <see cref="UnresolvedNameDeclarations.None"/> when it needs none.</summary>
    public static UnresolvedNameDeclarations For(CSharpCompilation compilation, CSharpParseOptions parseOptions, string path)
    {
        var candidates = compilation.SyntaxTrees.SelectMany(tree => Candidates(tree)).ToList();
        if (candidates.Count == 0)
        {
            return UnresolvedNameDeclarations.None;
        }

        var declared = DeclaredNames(compilation);
        // Each member's types every call so far accepts (C# source text); null while no call has a candidate that fits.
        var members = new Dictionary<(string Type, string Member), HashSet<string>?>();
        var callsBound = 0;
        var capped = false;
        SemanticModel? model = null;
        foreach (var (name, member, argument) in candidates.Where(candidate => !declared.Contains(candidate.Name)
            && !compilation.ContainsSymbolsWithName(candidate.Name, SymbolFilter.Member)))
        {
            if (model?.SyntaxTree != argument.SyntaxTree)
            {
                model = compilation.GetSemanticModel(argument.SyntaxTree);
            }

            var lookup = model.GetSpeculativeSymbolInfo(argument.SpanStart, SyntaxFactory.IdentifierName(name), SpeculativeBindingOption.BindAsExpression);
            if (lookup.Symbol is not null || !lookup.CandidateSymbols.IsEmpty)
            {
                continue;
            }

            var key = (name, member);
            if (callsBound == MaxCallsBound || (!members.ContainsKey(key) && members.Count == MaxMembers))
            {
                capped = true;
                break;
            }

            callsBound++;
            var accepted = ParameterTypes(model, compilation, argument);
            if (!members.TryGetValue(key, out var types))
            {
                members.Add(key, accepted.Count == 0 ? null : accepted);
            }
            else if (types is null)
            {
                members[key] = accepted.Count == 0 ? null : accepted;
            }
            else if (accepted.Count > 0)
            {
                types.IntersectWith(accepted);
            }
        }

        if (members.Count == 0)
        {
            return UnresolvedNameDeclarations.None;
        }

        var declarations = members.Keys.OrderBy(key => key.Type, StringComparer.Ordinal).ThenBy(key => key.Member, StringComparer.Ordinal)
            .Select(key => new UnresolvedNameDeclaration(key.Type, key.Member, members[key] is { Count: 1 } types ? types.Single() : ObjectType))
            .ToList();
        var tree = CSharpSyntaxTree.ParseText(Source(declarations), parseOptions, path, Encoding.UTF8);
        return new UnresolvedNameDeclarations(tree, declarations, capped);
    }

    /// <summary>The generated file: one static class a name, one member a name used on it.</summary>
    private static string Source(IReadOnlyList<UnresolvedNameDeclaration> declarations)
    {
        var source = new StringBuilder();
        source.Append("// <auto-generated/>\n// pii scan: stand-ins for names no file or restored package declares, so the calls passing them bind.\n#nullable disable\n");
        foreach (var type in declarations.GroupBy(declaration => declaration.Type))
        {
            source.Append($"\ninternal static class {type.Key}\n{{\n");
            foreach (var declaration in type)
            {
                var member = SyntaxFacts.GetKeywordKind(declaration.Member) == SyntaxKind.None ? declaration.Member : "@" + declaration.Member;
                source.Append(declaration.MemberType == StringType
                    ? $"    public const string {member} = \"\";\n"
                    : $"    public static {declaration.MemberType} {member} => default;\n");
            }

            source.Append("}\n");
        }

        return source.ToString();
    }

    // Each argument 'X.Y' of a call or 'new', X a simple name spelled as a type, Y a simple name other than X.
    private static IEnumerable<(string Name, string Member, ArgumentSyntax Argument)> Candidates(SyntaxTree tree)
    {
        foreach (var argument in tree.GetRoot().DescendantNodes().OfType<ArgumentSyntax>())
        {
            if (argument is
                {
                    Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax },
                    RefKindKeyword.RawKind: (int)SyntaxKind.None,
                    Expression: MemberAccessExpressionSyntax
                    {
                        RawKind: (int)SyntaxKind.SimpleMemberAccessExpression,
                        Expression: IdentifierNameSyntax name,
                        Name: IdentifierNameSyntax member,
                    },
                }
                && IsSpelledAsType(name.Identifier.ValueText)
                && member.Identifier.ValueText != name.Identifier.ValueText)
            {
                yield return (name.Identifier.ValueText, member.Identifier.ValueText, argument);
            }
        }
    }

    private static bool IsSpelledAsType(string name) =>
        name.Length > 0
        && char.IsUpper(name[0])
        && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
        && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None;

    // Every type and namespace name of the compilation and its references, and every using alias of its files.
    private static HashSet<string> DeclaredNames(CSharpCompilation compilation)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols.Prepend(compilation.Assembly))
        {
            names.UnionWith(assembly.TypeNames.Select(name => name.Split('`')[0]));
            names.UnionWith(assembly.NamespaceNames.SelectMany(name => name.Split('.')));
        }

        names.UnionWith(compilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
            .OfType<UsingDirectiveSyntax>()
            .Select(directive => directive.Alias?.Name.Identifier.ValueText)
            .OfType<string>());
        return names;
    }

    // The types the call's fitting candidates accept for the argument (C# source text; object for a type no source can
    // name); none when no candidate fits.
    private static HashSet<string> ParameterTypes(SemanticModel model, Compilation compilation, ArgumentSyntax argument)
    {
        var arguments = (ArgumentListSyntax)argument.Parent!;
        var info = model.GetSymbolInfo(arguments.Parent!);
        var methods = info.Symbol is IMethodSymbol method ? [method] : info.CandidateSymbols.OfType<IMethodSymbol>();
        return methods
            .Where(candidate => OtherArgumentsConvert(model, compilation, candidate, arguments, argument))
            .Select(candidate => Parameter(candidate, arguments, argument))
            .OfType<ITypeSymbol>()
            .Select(type => IsExpressible(type, compilation) ? type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) : ObjectType)
            .ToHashSet(StringComparer.Ordinal);
    }

    // Whether each other argument of a known type converts to the parameter it goes to (a params array's elements
    // aside): new Claim(X.Y, name) with a string 'name' fits Claim(string, string), not Claim(BinaryReader, ClaimsIdentity).
    private static bool OtherArgumentsConvert(SemanticModel model, Compilation compilation, IMethodSymbol method, ArgumentListSyntax arguments, ArgumentSyntax argument)
    {
        var parameters = method.Parameters;
        for (var i = 0; i < arguments.Arguments.Count; i++)
        {
            var other = arguments.Arguments[i];
            if (other == argument)
            {
                continue;
            }

            var parameter = other.NameColon is { } nameColon
                ? parameters.FirstOrDefault(candidate => candidate.Name == nameColon.Name.Identifier.ValueText)
                : i < parameters.Length && !parameters[i].IsParams ? parameters[i] : null;
            if (parameter is not null
                && model.GetTypeInfo(other.Expression).Type is { TypeKind: not TypeKind.Error } type
                && !compilation.ClassifyConversion(type, parameter.Type).IsImplicit)
            {
                return false;
            }
        }

        return true;
    }

    // The type of the parameter 'argument' goes to in 'method' (a params array's element past its position); null when the
    // method cannot take the call's arguments.
    private static ITypeSymbol? Parameter(IMethodSymbol method, ArgumentListSyntax arguments, ArgumentSyntax argument)
    {
        var parameters = method.Parameters;
        var count = arguments.Arguments.Count;
        var isParams = parameters.Length > 0 && parameters[^1].IsParams;
        if (count > parameters.Length && !isParams || count < parameters.Count(parameter => !parameter.IsOptional && !parameter.IsParams))
        {
            return null;
        }

        IParameterSymbol? parameter;
        if (argument.NameColon is { } nameColon)
        {
            parameter = parameters.FirstOrDefault(candidate => candidate.Name == nameColon.Name.Identifier.ValueText);
        }
        else
        {
            var index = arguments.Arguments.IndexOf(argument);
            parameter = index < parameters.Length ? parameters[index] : isParams ? parameters[^1] : null;
        }

        if (parameter is null || parameter.RefKind is RefKind.Ref or RefKind.Out)
        {
            return null;
        }

        return parameter.IsParams && (count != parameters.Length || arguments.Arguments.IndexOf(argument) > parameters.Length - 1) && parameter.Type is IArrayTypeSymbol array
            ? array.ElementType
            : parameter.Type;
    }

    // A type the generated file can name: no type parameter, anonymous, static or inaccessible type in it.
    private static bool IsExpressible(ITypeSymbol type, Compilation compilation) => type switch
    {
        IArrayTypeSymbol array => IsExpressible(array.ElementType, compilation),
        INamedTypeSymbol named => named.TypeKind != TypeKind.Error
            && !named.IsAnonymousType
            && !named.IsStatic
            && named.SpecialType != SpecialType.System_Void
            && compilation.IsSymbolAccessibleWithin(named, compilation.Assembly)
            && TypeArguments(named).All(argument => IsExpressible(argument, compilation)),
        _ => false,
    };

    // The type arguments of a type and of the types it is nested in (Outer<T>.Inner names T).
    private static IEnumerable<ITypeSymbol> TypeArguments(INamedTypeSymbol type) =>
        type.ContainingType is { } containing ? type.TypeArguments.Concat(TypeArguments(containing)) : type.TypeArguments;
}

/// <summary>One generated member: <c>Type.Member</c>, of <paramref name="MemberType"/> (C# source text).</summary>
internal sealed record UnresolvedNameDeclaration(string Type, string Member, string MemberType);

/// <summary>The generated file and what it declares; <paramref name="Capped"/> when more names were left without one.</summary>
internal sealed record UnresolvedNameDeclarations(SyntaxTree? Tree, IReadOnlyList<UnresolvedNameDeclaration> Declarations, bool Capped)
{
    public static UnresolvedNameDeclarations None { get; } = new(null, [], false);
}
