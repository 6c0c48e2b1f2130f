using System.Globalization;
using System.Linq;
using System.Text;

namespace PiiAnalyzers.Inventory;

/// <summary>
/// One self-contained HTML page (no script, no external style or font): a summary with the counts by category and
/// sensitivity, then the collection list, the sharing list and the third-party list. Every text is escaped.
/// </summary>
public static class HtmlReport
{
    private const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2rem; color: #1f2328; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
        th, td { border: 1px solid #d0d7de; padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; }
        td.number { text-align: right; }
        tr.sensitive td:first-child { font-weight: 600; }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
        .note { color: #57606a; }
        """;

    public static string Write(InventoryDocument document, ReportLanguage language)
    {
        var words = ReportVocabulary.For(language, document);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n");
        html.Append("<html lang=\"").Append(words.LanguageTag).Append("\">\n");
        html.Append("<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Escape(words.Title)).Append("</title>\n");
        html.Append("<style>\n").Append(Style.Replace("\r\n", "\n")).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(Escape(words.Title)).Append("</h1>\n");
        html.Append("<p class=\"note\">").Append(Escape(words.Generated)).Append("</p>\n");

        WriteSummary(html, document, words);

        html.Append("<h2>").Append(Escape(words.CollectionList)).Append("</h2>\n");
        if (document.Elements.IsEmpty)
        {
            html.Append("<p>").Append(Escape(words.NoElements)).Append("</p>\n");
        }
        else
        {
            html.Append("<table>\n<thead>\n");
            // The necessity column, when there is one, follows the purpose.
            var necessity = ReportVocabulary.HasNecessity(document);
            Row(html, "th", null, ReportVocabulary.WithNecessityCell(
                new[] { words.NameColumn, words.PurposeColumn, words.SensitiveColumn, words.RetentionColumn, words.EncryptedColumn, words.LocationColumn },
                ReportVocabulary.NecessityIndex,
                necessity ? words.NecessityColumn : null));
            html.Append("</thead>\n<tbody>\n");
            foreach (var element in document.Elements)
            {
                html.Append(element.Sensitive ? "<tr class=\"sensitive\">" : "<tr>");
                Cell(html, "td", words.CategoryLabel(element.Category));
                Cell(html, "td", words.Purpose(element.Purpose));
                if (necessity)
                {
                    Cell(html, "td", words.Necessity(element.Necessary));
                }

                Cell(html, "td", words.YesNo(element.Sensitive));
                Cell(html, "td", words.Retention(element.Retention));
                Cell(html, "td", words.YesNo(element.EncryptedAtRest));
                html.Append("<td><code>").Append(Escape(element.Id)).Append("</code> (")
                    .Append(Escape(element.FileAndLine)).Append(")</td>");
                html.Append("</tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("<h2>").Append(Escape(words.SharingList)).Append("</h2>\n");
        var sharing = ReportVocabulary.SharingRows(document).ToList();
        if (sharing.Count == 0)
        {
            html.Append("<p>").Append(Escape(words.NoSharing)).Append("</p>\n");
        }
        else
        {
            html.Append("<table>\n<thead>\n");
            Row(html, "th", null, words.RecipientColumn, words.SharedDataColumn, words.SharingPurposeColumn);
            html.Append("</thead>\n<tbody>\n");
            foreach (var (recipient, purpose, elements) in sharing)
            {
                Row(html, "td", null, recipient, string.Join(words.ListSeparator, elements.Select(words.SharedElement)), words.Purpose(purpose));
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("<h2>").Append(Escape(words.ThirdPartyList)).Append("</h2>\n");
        var thirdParties = ThirdPartyList.From(document);
        if (thirdParties.Count == 0)
        {
            html.Append("<p>").Append(Escape(words.NoThirdParties)).Append("</p>\n");
        }
        else
        {
            html.Append("<table>\n<thead>\n");
            Row(html, "th", null, words.ThirdPartyColumns);
            html.Append("</thead>\n<tbody>\n");
            foreach (var row in thirdParties)
            {
                Row(html, "td", null, words.ThirdPartyCells(row));
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Escapes text for an HTML element or a quoted attribute.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static void WriteSummary(StringBuilder html, InventoryDocument document, ReportVocabulary words)
    {
        html.Append("<h2>").Append(Escape(words.Summary)).Append("</h2>\n");
        var elements = document.Elements;
        var recipients = ThirdPartyList.From(document).Count;
        html.Append("<ul>\n");
        html.Append("<li>").Append(Escape(words.Counted(words.ElementsTotal, elements.Count))).Append("</li>\n");
        html.Append("<li>").Append(Escape(words.Counted(words.SensitiveTotal, elements.Count(element => element.Sensitive)))).Append("</li>\n");
        html.Append("<li>").Append(Escape(words.Counted(words.EncryptedTotal, elements.Count(element => element.EncryptedAtRest)))).Append("</li>\n");
        html.Append("<li>").Append(Escape(words.Counted(words.RecipientsTotal, recipients))).Append("</li>\n");
        html.Append("</ul>\n");
        if (elements.IsEmpty)
        {
            return;
        }

        html.Append("<table>\n<thead>\n");
        Row(html, "th", null, words.CategoryColumn, words.SensitiveColumn, words.CountColumn);
        html.Append("</thead>\n<tbody>\n");
        var byCategory = elements
            .GroupBy(element => (element.Category, element.Sensitive))
            .OrderByDescending(group => group.Key.Sensitive)
            .ThenBy(group => group.Key.Category, System.StringComparer.Ordinal);
        foreach (var group in byCategory)
        {
            html.Append(group.Key.Sensitive ? "<tr class=\"sensitive\">" : "<tr>");
            Cell(html, "td", words.CategoryLabel(group.Key.Category));
            Cell(html, "td", words.YesNo(group.Key.Sensitive));
            html.Append("<td class=\"number\">").Append(group.Count().ToString(CultureInfo.InvariantCulture)).Append("</td>");
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Row(StringBuilder html, string cell, string? cssClass, params string[] cells)
    {
        html.Append(cssClass is null ? "<tr>" : $"<tr class=\"{cssClass}\">");
        foreach (var text in cells)
        {
            Cell(html, cell, text);
        }

        html.Append("</tr>\n");
    }

    private static void Cell(StringBuilder html, string cell, string text) =>
        html.Append('<').Append(cell).Append('>').Append(Escape(text)).Append("</").Append(cell).Append('>');
}
