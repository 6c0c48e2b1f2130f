using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Diffing;

/// <summary>
/// A diff as a pull request comment: a marker a CI job can find its earlier comment by, a title, the one-line verdict, the
/// new categories, sensitive elements and recipients, then a table for each kind of change the diff has, and none for the others.
/// </summary>
internal static class DiffMarkdownReport
{
    /// <summary>The first line, an HTML comment GitHub and GitLab do not show, so that a job can update its comment instead of adding one.</summary>
    public const string Marker = "<!-- pii-inventory-diff -->";

    public static string Write(InventoryDiff diff, ReportLanguage language)
    {
        var words = new DiffVocabulary(language, diff.CustomCategories);
        var text = new StringBuilder();
        text.Append(Marker).Append('\n');
        text.Append("## ").Append(words.Title).Append("\n\n");
        text.Append(words.Verdict(diff)).Append('\n');
        if (diff.IsEmpty)
        {
            return text.ToString();
        }

        var summaries = new (string Label, IReadOnlyList<string> Items)[]
        {
            (words.NewCategories, [.. diff.NewCategories.Select(words.CategoryLabel)]),
            (words.NewSensitiveElements, [.. diff.NewSensitiveElements.Select(element => "`" + element.Id + "`")]),
            (words.NewRecipients, diff.NewRecipients),
        };
        if (summaries.Any(summary => summary.Items.Count > 0))
        {
            text.Append('\n');
            foreach (var (label, items) in summaries.Where(summary => summary.Items.Count > 0))
            {
                text.Append("- ").Append(label).Append(words.IsChinese ? "：" : ": ").Append(MarkdownTable.Escape(string.Join(words.ListSeparator, items))).Append('\n');
            }
        }

        foreach (var kind in Enum.GetValues<ElementChangeKind>())
        {
            var changes = diff.Of(kind).ToList();
            if (changes.Count > 0)
            {
                Section(text, words.Counted(words.Heading(kind), changes.Count));
                ElementTable(text, words, kind, changes);
            }
        }

        foreach (var kind in Enum.GetValues<RecipientChangeKind>())
        {
            var changes = diff.Of(kind).ToList();
            if (changes.Count > 0)
            {
                Section(text, words.Counted(words.Heading(kind), changes.Count));
                RecipientTable(text, words, kind, changes);
            }
        }

        return text.ToString();
    }

    private static void Section(StringBuilder text, string heading) => text.Append("\n### ").Append(heading).Append("\n\n");

    // Every table starts with the element: its category, the member, where it is and whether it is sensitive; then what changed.
    private static void ElementTable(StringBuilder text, DiffVocabulary words, ElementChangeKind kind, List<ElementChange> changes)
    {
        string[] extra = kind switch
        {
            ElementChangeKind.Added or ElementChangeKind.Removed => [],
            ElementChangeKind.RecipientAdded or ElementChangeKind.RecipientRemoved => [words.RecipientColumn],
            _ => [words.BeforeColumn, words.AfterColumn],
        };
        MarkdownTable.Header(text, [words.CategoryColumn, words.MemberColumn, words.FileColumn, words.SensitiveColumn, .. extra]);
        foreach (var change in changes)
        {
            var element = change.Element;
            string[] details = kind switch
            {
                ElementChangeKind.Added or ElementChangeKind.Removed => [],
                ElementChangeKind.RecipientAdded or ElementChangeKind.RecipientRemoved => [DiffVocabulary.Recipient(change)],
                _ => [words.Values(change).Before, words.Values(change).After],
            };
            MarkdownTable.Row(text, [words.CategoryLabel(element.Category), "`" + element.Id + "`", element.FileAndLine, words.YesNo(element.Sensitive), .. details]);
        }
    }

    private static void RecipientTable(StringBuilder text, DiffVocabulary words, RecipientChangeKind kind, List<RecipientChange> changes)
    {
        if (kind == RecipientChangeKind.CategoriesChanged)
        {
            MarkdownTable.Header(text, [words.ServiceColumn, words.StartsReceivingColumn, words.StopsReceivingColumn]);
            foreach (var change in changes)
            {
                MarkdownTable.Row(text, [change.Recipient.Name, words.CategoryLabels(change.CategoriesAdded), words.CategoryLabels(change.CategoriesRemoved)]);
            }

            return;
        }

        MarkdownTable.Header(text, [words.ServiceColumn, words.CompanyColumn, words.CountryColumn, words.ReceivesColumn]);
        foreach (var change in changes)
        {
            var row = change.Recipient;
            MarkdownTable.Row(text, [row.Name, row.Company ?? words.NotStated, row.Country ?? words.NotStated, words.Receives(row.Categories)]);
        }
    }
}
