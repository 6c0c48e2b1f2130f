using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Generation.Model;
using PiiAnalyzers.Generation.Parsing;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Generation;

/// <summary>
/// The inventory of a whole compilation at once, for the CLI: the generator's file reader and assembler over every file,
/// so that <c>pii inventory</c> prints what the generator embeds, with each element's line, which the CLI resolves from
/// the compilation (the generated inventory has none).
/// </summary>
public static class InventoryBuilder
{
    /// <param name="compilation">The compilation; it may have errors (a folder compiled ad hoc).</param>
    /// <param name="options">The analyzer options, for <c>pii_classification_map</c> and <c>pii_app_type</c>; null where there are none.</param>
    /// <param name="projectDirectory">The folder paths are made relative to.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public static InventoryDocument Build(Compilation compilation, AnalyzerConfigOptionsProvider? options, string? projectDirectory, CancellationToken cancellationToken = default)
    {
        var markers = ElementParser.MarkersOf(compilation);
        var members = new List<MemberModel>();
        var lines = new Dictionary<MemberModel, int>();
        var maps = new List<FileClassificationMap>();
        var appTypes = new List<FileAppType>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (options is not null && FileClassificationMap.Read(tree, options) is { } map)
            {
                maps.Add(map);
            }

            if (options is not null && FileAppType.Read(tree, options) is { } appType)
            {
                appTypes.Add(appType);
            }

            foreach (var parsed in FileReader.ReadMembers(tree, compilation.GetSemanticModel(tree), markers, cancellationToken))
            {
                members.Add(parsed.Member);
                if (!lines.ContainsKey(parsed.Member))
                {
                    lines.Add(parsed.Member, parsed.Line);
                }
            }
        }

        return InventoryAssembler.Assemble(members, ElementParser.ReadCustomCategories(compilation, cancellationToken), maps, appTypes, projectDirectory, lines);
    }
}
