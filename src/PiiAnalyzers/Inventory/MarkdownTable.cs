using System.Linq;
using System.Text;

namespace PiiAnalyzers.Inventory;

/// <summary>Rows of a Markdown table, for the inventory's reports and the inventory diff's pull request comment.</summary>
public static class MarkdownTable
{
    /// <summary>The header row and the separator row under it.</summary>
    public static void Header(StringBuilder text, params string[] columns)
    {
        Row(text, columns);
        text.Append('|').Append(string.Concat(Enumerable.Repeat("---|", columns.Length))).Append('\n');
    }

    /// <summary>One row, each cell escaped.</summary>
    public static void Row(StringBuilder text, params string[] cells)
    {
        text.Append('|');
        foreach (var cell in cells)
        {
            text.Append(' ').Append(Escape(cell)).Append(" |");
        }

        text.Append('\n');
    }

    /// <summary>Text made one line that a '|' cannot end: a cell's, or a list item's the diff writes beside its tables.</summary>
    public static string Escape(string cell) =>
        cell.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
}
