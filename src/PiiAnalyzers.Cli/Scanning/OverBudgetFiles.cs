using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Cli.Scanning;

/// <summary>
/// The files of a compilation that <see cref="ScanBudgets"/> leaves out, found on their syntax alone (nothing is bound):
/// over the size limit, or nesting deeper than the nesting limit.
/// </summary>
internal static class OverBudgetFiles
{
    /// <summary>Each file left out, with its path as reported and the message of its finding; in the compilation's order.</summary>
    public static IReadOnlyList<(SyntaxTree Tree, string Path, string Message)> Find(
        IReadOnlyList<SyntaxTree> trees, ScanBudgets budgets, string root, CancellationToken cancellationToken)
    {
        var found = new ConcurrentDictionary<SyntaxTree, (string Path, string Message)>();
        Parallel.ForEach(trees, new ParallelOptions { CancellationToken = cancellationToken }, tree =>
        {
            var path = AnalysisEngine.Relative(root, tree.FilePath);
            if (tree.Length > budgets.MaxFileBytes)
            {
                found[tree] = (path, budgets.TooLargeMessage(path, tree.Length));
            }
            else if (DeepestBeyond(tree, budgets.MaxNestingDepth, cancellationToken) is { } node)
            {
                found[tree] = (path, budgets.TooDeepMessage(path, node.GetLocation().GetLineSpan().StartLinePosition.Line + 1));
            }
        });
        return trees.Where(found.ContainsKey).Select(tree => (tree, found[tree].Path, found[tree].Message)).ToList();
    }

    // The first node nested deeper than the limit, or null. Iterative: the trees it looks for would overflow a recursive
    // walk's stack. Each level of nesting takes about a character of text, so a shorter file cannot nest that deep.
    private static SyntaxNode? DeepestBeyond(SyntaxTree tree, int limit, CancellationToken cancellationToken)
    {
        if (tree.Length < limit / 2)
        {
            return null;
        }

        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((tree.GetRoot(cancellationToken), 1));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > limit)
            {
                return node;
            }

            // Reversed, so that the walk goes in source order and the finding names the first deep place.
            foreach (var child in node.ChildNodes().Reverse())
            {
                pending.Push((child, depth + 1));
            }
        }

        return null;
    }
}
