using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Diffing;

/// <summary>A diff for a terminal: the verdict, the summaries, then a line per change under a heading per kind the diff has.</summary>
internal static class DiffTextReport
{
    public static string Write(InventoryDiff diff, ReportLanguage language)
    {
        var words = new DiffVocabulary(language, diff.CustomCategories);
        var text = new StringBuilder();
        text.Append(words.Title).Append('\n');
        text.Append(words.Verdict(diff)).Append('\n');
        if (diff.IsEmpty)
        {
            return text.ToString();
        }

        var summaries = new (string Label, IReadOnlyList<string> Items)[]
        {
            (words.NewCategories, [.. diff.NewCategories.Select(words.CategoryLabel)]),
            (words.NewSensitiveElements, [.. diff.NewSensitiveElements.Select(element => element.Id)]),
            (words.NewRecipients, diff.NewRecipients),
        };
        if (summaries.Any(summary => summary.Items.Count > 0))
        {
            text.Append('\n');
            foreach (var (label, items) in summaries.Where(summary => summary.Items.Count > 0))
            {
                text.Append(label).Append(words.IsChinese ? "：" : ": ").Append(string.Join(words.ListSeparator, items)).Append('\n');
            }
        }

        foreach (var kind in Enum.GetValues<ElementChangeKind>())
        {
            var changes = diff.Of(kind).ToList();
            if (changes.Count > 0)
            {
                Heading(text, words, words.Counted(words.Heading(kind), changes.Count));
                foreach (var change in changes)
                {
                    text.Append("  ").Append(Element(words, change.Element)).Append(Detail(words, change)).Append('\n');
                }
            }
        }

        foreach (var kind in Enum.GetValues<RecipientChangeKind>())
        {
            var changes = diff.Of(kind).ToList();
            if (changes.Count > 0)
            {
                Heading(text, words, words.Counted(words.Heading(kind), changes.Count));
                foreach (var change in changes)
                {
                    text.Append("  ").Append(Recipient(words, change)).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static void Heading(StringBuilder text, DiffVocabulary words, string heading) =>
        text.Append('\n').Append(heading).Append(words.IsChinese ? "：" : ":").Append('\n');

    // Shop.Customer.Phone [手机号码、电话号码（contact.phone），敏感] Models/Customer.cs:14
    private static string Element(DiffVocabulary words, InventoryElement element)
    {
        var sensitive = element.Sensitive ? (words.IsChinese ? "，敏感" : ", sensitive") : string.Empty;
        return $"{element.Id} [{words.CategoryLabel(element.Category)}{sensitive}] {element.FileAndLine}";
    }

    private static string Detail(DiffVocabulary words, ElementChange change) => change.Kind switch
    {
        ElementChangeKind.Added or ElementChangeKind.Removed => string.Empty,
        ElementChangeKind.RecipientAdded or ElementChangeKind.RecipientRemoved => ": " + DiffVocabulary.Recipient(change),
        _ => ": " + words.Values(change).Before + " → " + words.Values(change).After,
    };

    // 顺丰速运: + 精准定位、经纬度（location.precise）; - 姓名（profile.name）, or with its company, country and data when added or removed.
    private static string Recipient(DiffVocabulary words, RecipientChange change)
    {
        var row = change.Recipient;
        if (change.Kind == RecipientChangeKind.CategoriesChanged)
        {
            var parts = change.CategoriesAdded.Select(id => "+ " + words.CategoryLabel(id))
                .Concat(change.CategoriesRemoved.Select(id => "- " + words.CategoryLabel(id)));
            return row.Name + ": " + string.Join(words.ListSeparator, parts);
        }

        return $"{row.Name} ({row.Company ?? words.NotStated}, {row.Country ?? words.NotStated}): {words.Receives(row.Categories)}";
    }
}
