using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Generation.Model;
using PiiAnalyzers.Inventory;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Generation.Parsing;

/// <summary>
/// Reads the marked members of one file: every property, field and parameter declaration with an attribute that may be a
/// marker, and every override property (<see cref="MarkerSyntax"/>), in declaration order, each through <see cref="ElementParser.Parse"/>. The
/// generator reads a file at a time, the declarations its syntax step found (<see cref="MarkedFile"/>), so that an edit
/// re-reads only the edited file; the CLI reads every file the same way, finding the same declarations.
/// </summary>
public static class FileReader
{
    /// <summary>The file's marked members and the line of each, in declaration order.</summary>
    public static IEnumerable<ParsedMember> ReadMembers(SyntaxTree tree, SemanticModel semanticModel, MarkerTypes markers, CancellationToken cancellationToken) =>
        ReadMembers(CandidateDeclarations(tree, cancellationToken), semanticModel, markers, cancellationToken);

    /// <summary>The generator's reading of one file: its marked members, without lines (see <see cref="MemberModel"/>).</summary>
    public static EquatableArray<MemberModel> Read(MarkedFile file, Compilation compilation, CancellationToken cancellationToken)
    {
        var markers = ElementParser.MarkersOf(compilation);
        if (!markers.AnyMarkerVisible)
        {
            return EquatableArray<MemberModel>.Empty;
        }

        var members = ImmutableArray.CreateBuilder<MemberModel>();
        foreach (var parsed in ReadMembers(file.Declarations, compilation.GetSemanticModel(file.Tree), markers, cancellationToken))
        {
            members.Add(parsed.Member);
        }

        return new EquatableArray<MemberModel>(members.ToImmutable());
    }

    private static IEnumerable<ParsedMember> ReadMembers(IEnumerable<SyntaxNode> declarations, SemanticModel semanticModel, MarkerTypes markers, CancellationToken cancellationToken)
    {
        foreach (var declaration in declarations)
        {
            foreach (var symbol in ElementParser.DeclaredSymbols(declaration, semanticModel, cancellationToken))
            {
                if (ElementParser.Parse(symbol, markers) is { } member)
                {
                    yield return member;
                }
            }
        }
    }

    // The declarations the generator's syntax step picks (MarkerSyntax.IsCandidateNode).
    private static IEnumerable<SyntaxNode> CandidateDeclarations(SyntaxTree tree, CancellationToken cancellationToken) =>
        tree.GetRoot(cancellationToken).DescendantNodes().Where(MarkerSyntax.IsCandidateDeclaration);
}
