using System.Globalization;
using System.Linq;
using System.Text;

namespace PiiAnalyzers.Inventory;

/// <summary>
/// One row per element, RFC 4180: a header row, fields separated by commas, a field with a comma, quote or line break
/// quoted (quotes doubled), CRLF after every record. When third parties receive data, the third-party list follows as a
/// second table after an empty line, with its own header row (spreadsheets show both; the first ends at the empty line).
/// </summary>
public static class CsvReport
{
    // The necessity column, when there is one, follows the purpose.
    private const int NecessityIndex = 8;

    public static string Write(InventoryDocument document, ReportLanguage language)
    {
        var words = ReportVocabulary.For(language, document);
        var zh = words.IsChinese;
        var text = new StringBuilder();

        var necessity = ReportVocabulary.HasNecessity(document);
        Record(text, ReportVocabulary.WithNecessityCell(
            new[]
            {
                zh ? "编号" : "id",
                zh ? "类型" : "type",
                zh ? "成员" : "member",
                zh ? "类别" : "category",
                zh ? "类别名称" : "category name",
                zh ? "是否敏感" : "sensitive",
                zh ? "保存期限" : "retention",
                zh ? "使用目的" : "purpose",
                zh ? "是否加密存储" : "encrypted at rest",
                zh ? "共享给" : "shared with",
                zh ? "文件" : "file",
                zh ? "行" : "line",
            },
            NecessityIndex,
            necessity ? (zh ? "必要性" : "necessity") : null));
        foreach (var element in document.Elements)
        {
            var recipients = string.Join(
                "; ",
                element.SharedWith.Select(recipient => recipient.Purpose is null ? recipient.Name : $"{recipient.Name} ({recipient.Purpose})"));
            Record(text, ReportVocabulary.WithNecessityCell(
                new[]
                {
                    element.Id,
                    element.Type,
                    element.Member,
                    element.Category,
                    words.CategoryName(element.Category),
                    words.YesNo(element.Sensitive),
                    element.Retention ?? string.Empty,
                    element.Purpose ?? string.Empty,
                    words.YesNo(element.EncryptedAtRest),
                    recipients,
                    element.File,
                    element.Line?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                },
                NecessityIndex,
                necessity ? (element.Necessary is null ? string.Empty : words.Necessity(element.Necessary)) : null));
        }

        var thirdParties = ThirdPartyList.From(document);
        if (thirdParties.Count > 0)
        {
            text.Append("\r\n");
            Record(text, words.ThirdPartyColumns);
            foreach (var row in thirdParties)
            {
                Record(
                    text,
                    row.Name,
                    row.Company ?? string.Empty,
                    row.Country ?? string.Empty,
                    string.Join("; ", row.Purposes),
                    string.Join("; ", row.Categories),
                    string.Join("; ", row.Locations),
                    words.Sources(row.Source));
            }
        }

        return text.ToString();
    }

    private static void Record(StringBuilder text, params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var field = fields[i];
            if (field.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0)
            {
                text.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                text.Append(field);
            }
        }

        text.Append("\r\n");
    }
}
