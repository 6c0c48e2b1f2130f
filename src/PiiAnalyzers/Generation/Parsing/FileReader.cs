using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Generation.Model;
using PiiAnalyzers.Inventory;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Generation.Parsing;

/// <summary>
/// Reads the marked members of one file: every property, field and parameter declaration with an attribute that may be a
/// marker (<see cref="MarkerSyntax"/>), in declaration order, each through <see cref="ElementParser.Parse"/>. The
/// generator reads a file at a time, so that an edit re-reads only the edited file; the CLI reads every file the same way.
/// </summary>
public static class FileReader
{
    /// <summary>The file's marked members and the line of each, in declaration order.</summary>
    public static IEnumerable<ParsedMember> ReadMembers(SyntaxTree tree, SemanticModel semanticModel, MarkerTypes markers, CancellationToken cancellationToken)
    {
        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
        {
            var attributeLists = node switch
            {
                PropertyDeclarationSyntax property => property.AttributeLists,
                FieldDeclarationSyntax field => field.AttributeLists,
                ParameterSyntax parameter => parameter.AttributeLists,
                _ => default,
            };
            if (attributeLists.Count == 0 || !MarkerSyntax.HasCandidateAttributeList(attributeLists))
            {
                continue;
            }

            foreach (var symbol in ElementParser.DeclaredSymbols(node, semanticModel, cancellationToken))
            {
                if (ElementParser.Parse(symbol, markers) is { } member)
                {
                    yield return member;
                }
            }
        }
    }

    /// <summary>The generator's reading of one file: its marked members, without lines (see <see cref="MemberModel"/>).</summary>
    public static EquatableArray<MemberModel> Read(SyntaxTree tree, Compilation compilation, CancellationToken cancellationToken)
    {
        var markers = ElementParser.MarkersOf(compilation);
        if (!markers.AnyMarkerVisible)
        {
            return EquatableArray<MemberModel>.Empty;
        }

        var members = ImmutableArray.CreateBuilder<MemberModel>();
        foreach (var parsed in ReadMembers(tree, compilation.GetSemanticModel(tree), markers, cancellationToken))
        {
            members.Add(parsed.Member);
        }

        return new EquatableArray<MemberModel>(members.ToImmutable());
    }
}
