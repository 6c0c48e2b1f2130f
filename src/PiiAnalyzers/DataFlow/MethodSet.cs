using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// The methods a <see cref="DocumentationIdList"/> names in one compilation. Ids that name nothing (a typo, a type the
/// compilation does not reference) are ignored.
/// </summary>
public sealed class MethodSet
{
    private readonly HashSet<IMethodSymbol> _methods = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _types = new(SymbolEqualityComparer.Default);

    private MethodSet()
    {
    }

    public static MethodSet Empty { get; } = new();

    public bool IsEmpty => _methods.Count == 0 && _types.Count == 0;

    public static MethodSet Resolve(Compilation compilation, DocumentationIdList ids)
    {
        if (ids.IsEmpty)
        {
            return Empty;
        }

        var set = new MethodSet();
        foreach (var id in ids.Ids)
        {
            var symbols = DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation);
            if (symbols.IsDefaultOrEmpty && id.StartsWith("M:", StringComparison.Ordinal) && id.IndexOf('(') < 0)
            {
                // "M:MyCo.Audit.Write" without a parameter list: every overload.
                var dot = id.LastIndexOf('.');
                if (dot > 2 && compilation.GetTypeByMetadataName(id.Substring(2, dot - 2)) is { } type)
                {
                    symbols = type.GetMembers(id.Substring(dot + 1));
                }
            }

            foreach (var symbol in symbols.IsDefault ? Enumerable.Empty<ISymbol>() : symbols)
            {
                switch (symbol)
                {
                    case IMethodSymbol method:
                        set._methods.Add(method.OriginalDefinition);
                        break;
                    case INamedTypeSymbol type:
                        set._types.Add(type.OriginalDefinition);
                        break;
                }
            }
        }

        return set.IsEmpty ? Empty : set;
    }

    public bool Contains(IMethodSymbol method)
    {
        if (IsEmpty)
        {
            return false;
        }

        var definition = method.ReducedFrom ?? method;
        definition = definition.OriginalDefinition;
        return _methods.Contains(definition)
            || (definition.PartialDefinitionPart is { } part && _methods.Contains(part))
            || (definition.PartialImplementationPart is { } implementation && _methods.Contains(implementation))
            || (definition.ContainingType is { } type && _types.Contains(type.OriginalDefinition));
    }
}

/// <summary>Resolves a per-file <c>.editorconfig</c> method list once per distinct value, for one compilation.</summary>
internal sealed class ConfiguredMethods
{
    private readonly Compilation _compilation;
    private readonly AnalyzerOptions? _options;
    private readonly Func<AnalyzerOptions?, SyntaxTree?, DocumentationIdList> _read;
    private readonly ConcurrentDictionary<string, MethodSet> _byText = new();
    private readonly ConcurrentDictionary<SyntaxTree, MethodSet> _byTree = new();

    public ConfiguredMethods(Compilation compilation, AnalyzerOptions? options, Func<AnalyzerOptions?, SyntaxTree?, DocumentationIdList> read)
    {
        _compilation = compilation;
        _options = options;
        _read = read;
    }

    /// <summary>Whether any file of the compilation (or the global configuration) names a method.</summary>
    public bool AnyConfigured() =>
        !_read(_options, null).IsEmpty || _compilation.SyntaxTrees.Any(tree => !_read(_options, tree).IsEmpty);

    public MethodSet For(SyntaxTree? tree)
    {
        if (tree is null)
        {
            return Resolve(_read(_options, null));
        }

        // A file's options include the global (.globalconfig) ones.
        return _byTree.GetOrAdd(tree, t => Resolve(_read(_options, t)));
    }

    private MethodSet Resolve(DocumentationIdList list) =>
        list.IsEmpty ? MethodSet.Empty : _byText.GetOrAdd(list.Text, _ => MethodSet.Resolve(_compilation, list));
}
