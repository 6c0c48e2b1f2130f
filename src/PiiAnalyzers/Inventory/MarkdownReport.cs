using System.Linq;
using System.Text;

namespace PiiAnalyzers.Inventory;

/// <summary>
/// The lists an app publishes as Markdown tables: the collection list (个人信息收集清单), the sharing list (第三方信息共享清单)
/// and the third-party list (第三方SDK目录).
/// </summary>
public static class MarkdownReport
{
    public static string Write(InventoryDocument document, ReportLanguage language)
    {
        var words = ReportVocabulary.For(language, document);
        var text = new StringBuilder();
        text.Append("# ").Append(words.Title).Append("\n\n");
        text.Append(words.Generated).Append("\n\n");

        text.Append("## ").Append(words.CollectionList).Append("\n\n");
        if (document.Elements.IsEmpty)
        {
            text.Append(words.NoElements).Append("\n\n");
        }
        else
        {
            // The necessity column, when there is one, follows the purpose.
            var necessity = ReportVocabulary.HasNecessity(document);
            var header = ReportVocabulary.WithNecessityCell(
                new[] { words.NameColumn, words.PurposeColumn, words.SensitiveColumn, words.RetentionColumn, words.EncryptedColumn, words.LocationColumn },
                ReportVocabulary.NecessityIndex,
                necessity ? words.NecessityColumn : null);
            MarkdownTable.Header(text, header);
            foreach (var element in document.Elements)
            {
                MarkdownTable.Row(text, ReportVocabulary.WithNecessityCell(
                    new[]
                    {
                        words.CategoryLabel(element.Category),
                        words.Purpose(element.Purpose),
                        words.YesNo(element.Sensitive),
                        words.Retention(element.Retention),
                        words.YesNo(element.EncryptedAtRest),
                        "`" + element.Id + "` (" + element.FileAndLine + ")",
                    },
                    ReportVocabulary.NecessityIndex,
                    necessity ? words.Necessity(element.Necessary) : null));
            }

            text.Append('\n');
        }

        text.Append("## ").Append(words.SharingList).Append("\n\n");
        var sharing = ReportVocabulary.SharingRows(document).ToList();
        if (sharing.Count == 0)
        {
            text.Append(words.NoSharing).Append('\n');
        }
        else
        {
            MarkdownTable.Header(text, words.RecipientColumn, words.SharedDataColumn, words.SharingPurposeColumn);
            foreach (var (recipient, purpose, elements) in sharing)
            {
                MarkdownTable.Row(text, recipient, string.Join(words.ListSeparator, elements.Select(words.SharedElement)), words.Purpose(purpose));
            }
        }

        text.Append("\n## ").Append(words.ThirdPartyList).Append("\n\n");
        var thirdParties = ThirdPartyList.From(document);
        if (thirdParties.Count == 0)
        {
            text.Append(words.NoThirdParties).Append('\n');
        }
        else
        {
            MarkdownTable.Header(text, words.ThirdPartyColumns);
            foreach (var row in thirdParties)
            {
                MarkdownTable.Row(text, words.ThirdPartyCells(row));
            }
        }

        return text.ToString();
    }
}
