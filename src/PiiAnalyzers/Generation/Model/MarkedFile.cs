using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Generation.Model;

/// <summary>
/// A file with declarations that may be marked (<see cref="Parsing.MarkerSyntax"/>), and those declarations in
/// declaration order, so that reading the file binds them and walks nothing else. Equal when the syntax tree is the same
/// object: the declarations are the tree's, and an unchanged file keeps its tree from one compilation to the next.
/// </summary>
public sealed class MarkedFile : IEquatable<MarkedFile>
{
    private MarkedFile(SyntaxTree tree, ImmutableArray<SyntaxNode> declarations)
    {
        Tree = tree;
        Declarations = declarations;
    }

    public SyntaxTree Tree { get; }

    public ImmutableArray<SyntaxNode> Declarations { get; }

    /// <summary>The files of these declarations, in the order the declarations come (the compilation's, then the file's).</summary>
    public static IEnumerable<MarkedFile> Group(ImmutableArray<SyntaxNode> declarations) =>
        declarations
            .Distinct()
            .GroupBy(declaration => declaration.SyntaxTree)
            .Select(file => new MarkedFile(file.Key, file.ToImmutableArray()));

    public bool Equals(MarkedFile? other) => other is not null && ReferenceEquals(Tree, other.Tree);

    public override bool Equals(object? obj) => Equals(obj as MarkedFile);

    public override int GetHashCode() => Tree.GetHashCode();
}
