using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Generation.Model;
using PiiAnalyzers.Generation.Parsing;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Generation;

/// <summary>
/// The inventory of a whole compilation at once, for the CLI: the generator's parser and assembler over every member
/// declaration that carries an attribute, so that <c>pii inventory</c> prints what the generator embeds.
/// </summary>
public static class InventoryBuilder
{
    /// <param name="compilation">The compilation; it may have errors (a folder compiled ad hoc).</param>
    /// <param name="options">The analyzer options, for <c>pii_classification_map</c>; null where there are none.</param>
    /// <param name="projectDirectory">The folder paths are made relative to.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public static InventoryDocument Build(Compilation compilation, AnalyzerConfigOptionsProvider? options, string? projectDirectory, CancellationToken cancellationToken = default)
    {
        var markers = ElementParser.MarkersOf(compilation);
        var members = new List<MemberModel>();
        var maps = new List<FileClassificationMap>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (options is not null && FileClassificationMap.Read(tree, options) is { } map)
            {
                maps.Add(map);
            }

            var root = tree.GetRoot(cancellationToken);
            if (!root.DescendantNodes().OfType<AttributeListSyntax>().Any())
            {
                continue;
            }

            var semanticModel = compilation.GetSemanticModel(tree);
            var declarations = root.DescendantNodes()
                .Where(node => node is PropertyDeclarationSyntax { AttributeLists.Count: > 0 }
                    or FieldDeclarationSyntax { AttributeLists.Count: > 0 }
                    or ParameterSyntax { AttributeLists.Count: > 0 });
            foreach (var declaration in declarations)
            {
                foreach (var symbol in ElementParser.DeclaredSymbols(declaration, semanticModel, cancellationToken))
                {
                    if (ElementParser.Parse(symbol, markers) is { } member)
                    {
                        members.Add(member);
                    }
                }
            }
        }

        return InventoryAssembler.Assemble(members, ElementParser.ReadCustomCategories(compilation, cancellationToken), maps, projectDirectory);
    }
}
