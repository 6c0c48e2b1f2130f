using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PiiAnalyzers.Model;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Inventory;

/// <summary>
/// The words of a report in one language: headings, column names, category names and retention rules in prose. Public:
/// the CLI's inventory diff names categories, third parties and yes or no in these same words.
/// </summary>
public sealed class ReportVocabulary
{
    private readonly Dictionary<string, string> _categoryNames;

    private ReportVocabulary(ReportLanguage language, IEnumerable<InventoryCategory> customCategories)
    {
        Language = language;
        IsChinese = language == ReportLanguage.Chinese;
        _categoryNames = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var category in BuiltInCategories.All)
        {
            _categoryNames[category.Id] = IsChinese ? category.ChineseName : category.EnglishName;
        }

        foreach (var category in customCategories)
        {
            if (!_categoryNames.ContainsKey(category.Id))
            {
                _categoryNames[category.Id] = IsChinese ? category.ChineseName : category.EnglishName;
            }
        }
    }

    public ReportLanguage Language { get; }

    public bool IsChinese { get; }

    public string LanguageTag => IsChinese ? "zh-CN" : "en";

    public string Title => IsChinese ? "个人信息清单" : "Personal data inventory";

    public string Summary => IsChinese ? "概览" : "Summary";

    public string CollectionList => IsChinese ? "个人信息收集清单" : "Personal information collection list";

    public string SharingList => IsChinese ? "第三方信息共享清单" : "Third-party sharing list";

    public string NameColumn => IsChinese ? "信息名称/类别" : "Data / category";

    public string PurposeColumn => IsChinese ? "使用目的" : "Purpose";

    public string SensitiveColumn => IsChinese ? "是否敏感" : "Sensitive";

    public string NecessityColumn => IsChinese ? "必要性" : "Necessity";

    /// <summary>Where the necessity column goes in the Markdown and HTML collection lists: after the name and the purpose.</summary>
    public const int NecessityIndex = 2;

    public string RetentionColumn => IsChinese ? "保存期限" : "Retention";

    public string EncryptedColumn => IsChinese ? "是否加密存储" : "Encrypted at rest";

    public string LocationColumn => IsChinese ? "代码位置" : "Code location";

    public string RecipientColumn => IsChinese ? "第三方" : "Third party";

    public string SharedDataColumn => IsChinese ? "共享的信息" : "Data shared";

    public string SharingPurposeColumn => IsChinese ? "目的" : "Purpose";

    public string ThirdPartyList => IsChinese ? "第三方SDK目录" : "Third parties and SDKs";

    public string NoThirdParties => IsChinese ? "代码中没有接收个人信息的第三方或SDK。" : "No third party or SDK receives personal data in the code.";

    public string ServiceColumn => IsChinese ? "第三方/SDK名称" : "Service / SDK";

    public string CompanyColumn => IsChinese ? "公司名称" : "Company";

    public string CountryColumn => IsChinese ? "所在国家或地区" : "Country";

    public string ReceivesColumn => IsChinese ? "共享的个人信息类型" : "Data it receives";

    /// <summary>The third-party list's columns: service, company, country, purpose, data, code location, source.</summary>
    public string[] ThirdPartyColumns => new[]
    {
        ServiceColumn, CompanyColumn, CountryColumn, PurposeColumn, ReceivesColumn, LocationColumn, IsChinese ? "来源" : "Source",
    };

    /// <summary>A row of the third-party list in words, in the order of <see cref="ThirdPartyColumns"/>.</summary>
    public string[] ThirdPartyCells(ThirdPartyRecipient row) => new[]
    {
        row.Name,
        row.Company ?? NotStated,
        row.Country ?? NotStated,
        row.Purposes.IsEmpty ? NotStated : string.Join(ListSeparator, row.Purposes),
        string.Join(ListSeparator, row.Categories.Select(CategoryLabel)),
        string.Join(ListSeparator, row.Locations),
        Sources(row.Source),
    };

    /// <summary><c>[SharedWith]</c>, <c>SDK目录</c> / <c>SDK catalog</c>, or both.</summary>
    public string Sources(ThirdPartySources sources)
    {
        var names = new List<string>();
        if ((sources & ThirdPartySources.SharedWith) != 0)
        {
            names.Add("[SharedWith]");
        }

        if ((sources & ThirdPartySources.SdkCatalog) != 0)
        {
            names.Add(IsChinese ? "SDK目录" : "SDK catalog");
        }

        return string.Join(ListSeparator, names);
    }

    public string CategoryColumn => IsChinese ? "类别" : "Category";

    public string CountColumn => IsChinese ? "数量" : "Count";

    public string NoElements => IsChinese ? "代码中没有标注为个人信息的成员。" : "No member of the code is marked as personal data.";

    public string NoSharing => IsChinese ? "代码未声明向第三方共享个人信息。" : "The code declares no sharing of personal data with third parties.";

    public string NotStated => IsChinese ? "未声明" : "not stated";

    public string Generated => IsChinese
        ? "由 PiiAnalyzers 根据代码中的标注生成。"
        : "Generated by PiiAnalyzers from the annotations in the code.";

    public static ReportVocabulary For(ReportLanguage language, InventoryDocument document) => new(language, document.CustomCategories);

    /// <summary>The words for reports naming the built-in categories and <paramref name="customCategories"/> (the first of an id wins).</summary>
    public static ReportVocabulary For(ReportLanguage language, IEnumerable<InventoryCategory> customCategories) => new(language, customCategories);

    public string YesNo(bool value) => IsChinese ? (value ? "是" : "否") : (value ? "yes" : "no");

    /// <summary>必要 / 非必要 (necessary / optional), or not stated for an element whose necessity nothing says.</summary>
    public string Necessity(bool? necessary) =>
        necessary is not { } value ? NotStated
        : IsChinese ? (value ? "必要" : "非必要")
        : value ? "necessary" : "optional";

    /// <summary>
    /// Whether the collection list has a necessity column: only when some element has a necessity (an app type is set, or a
    /// member is optional), so that the reports of an inventory without one stay as they were.
    /// </summary>
    public static bool HasNecessity(InventoryDocument document) => document.Elements.Any(element => element.Necessary is not null);

    /// <summary><paramref name="cells"/> with the necessity cell inserted at <paramref name="index"/>, or as they are when it is null.</summary>
    public static string[] WithNecessityCell(string[] cells, int index, string? necessity) =>
        necessity is null ? cells : cells.Take(index).Concat(new[] { necessity }).Concat(cells.Skip(index)).ToArray();

    public string Counted(string what, int count) => IsChinese ? $"{what}：{count}" : $"{what}: {count}";

    public string ElementsTotal => IsChinese ? "个人信息项" : "Personal data elements";

    public string SensitiveTotal => IsChinese ? "其中敏感个人信息" : "of which sensitive";

    public string EncryptedTotal => IsChinese ? "加密存储" : "encrypted at rest";

    public string RecipientsTotal => IsChinese ? "第三方" : "Third parties";

    /// <summary>The category's name, or its id when it has none (an unknown id, which PII0007 reports).</summary>
    public string CategoryName(string id) =>
        id == CategoryTaxonomy.UnspecifiedId ? (IsChinese ? "未指定类别" : "unspecified category")
        : _categoryNames.TryGetValue(id, out var name) ? name
        : id;

    /// <summary><c>手机号码、电话号码（contact.phone）</c> / <c>phone number (contact.phone)</c>.</summary>
    public string CategoryLabel(string id) => IsChinese ? $"{CategoryName(id)}（{id}）" : $"{CategoryName(id)} ({id})";

    public string Purpose(string? purpose) => string.IsNullOrWhiteSpace(purpose) ? NotStated : purpose!;

    /// <summary>A retention rule in words (<c>account-deleted+P3D</c>: 账号注销后 3 天 / 3 days after the account is deleted); the rule as written when it does not parse.</summary>
    public string Retention(string? rule)
    {
        if (string.IsNullOrWhiteSpace(rule))
        {
            return NotStated;
        }

        if (!RetentionRule.TryParse(rule, out var parsed) || parsed is null)
        {
            return rule!;
        }

        var duration = parsed.Duration is { } value ? Duration(value) : null;
        if (parsed.Event is null)
        {
            return duration!;
        }

        if (duration is null)
        {
            return Event(parsed.Event);
        }

        return IsChinese ? $"{EventNoun(parsed.Event)}后 {duration}" : $"{duration} after {EventNoun(parsed.Event)}";
    }

    /// <summary><c>GettingStarted.Customer.Phone (Customer.cs:21)</c>, or <c>(Customer.cs)</c> when the line is not known.</summary>
    public string Location(InventoryElement element) => element.Id + " (" + element.FileAndLine + ")";

    /// <summary>The elements shared with third parties, one row per recipient and purpose, sorted.</summary>
    public static IEnumerable<(string Recipient, string? Purpose, List<InventoryElement> Elements)> SharingRows(InventoryDocument document) =>
        document.Elements
            .SelectMany(element => element.SharedWith.Select(recipient => (recipient.Name, recipient.Purpose, Element: element)))
            .GroupBy(row => (row.Name, row.Purpose))
            .OrderBy(group => group.Key.Name, System.StringComparer.Ordinal)
            .ThenBy(group => group.Key.Purpose ?? string.Empty, System.StringComparer.Ordinal)
            .Select(group => (group.Key.Name, group.Key.Purpose, group.Select(row => row.Element).ToList()));

    /// <summary>A shared element in a sharing row: <c>GettingStarted.Customer.Phone（手机号码、电话号码）</c>.</summary>
    public string SharedElement(InventoryElement element) =>
        IsChinese ? $"{element.Id}（{CategoryName(element.Category)}）" : $"{element.Id} ({CategoryName(element.Category)})";

    public string ListSeparator => IsChinese ? "；" : "; ";

    private string Event(string name) =>
        name == RetentionRule.NotStoredEvent ? (IsChinese ? "不存储" : "not stored")
        : IsChinese ? "至" + EventNoun(name)
        : "until " + EventNoun(name);

    private string EventNoun(string name) => name switch
    {
        "account-deleted" => IsChinese ? "账号注销" : "the account is deleted",
        "purpose-fulfilled" => IsChinese ? "实现处理目的" : "the purpose is fulfilled",
        "consent-withdrawn" => IsChinese ? "撤回同意" : "consent is withdrawn",
        "session-ended" => IsChinese ? "会话结束" : "the session ends",
        _ => name,
    };

    private string Duration(IsoDuration duration)
    {
        var parts = new List<string>();
        void Add(int value, string chinese, string english)
        {
            if (value != 0)
            {
                parts.Add(IsChinese
                    ? value.ToString(CultureInfo.InvariantCulture) + " " + chinese
                    : value.ToString(CultureInfo.InvariantCulture) + " " + english + (value == 1 ? string.Empty : "s"));
            }
        }

        Add(duration.Years, "年", "year");
        Add(duration.Months, "个月", "month");
        Add(duration.Weeks, "周", "week");
        Add(duration.Days, "天", "day");
        Add(duration.Hours, "小时", "hour");
        Add(duration.Minutes, "分钟", "minute");
        Add(duration.Seconds, "秒", "second");
        if (parts.Count == 0)
        {
            return IsChinese ? "0 天" : "0 days";
        }

        var text = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : IsChinese ? " " : ", ").Append(parts[i]);
        }

        return text.ToString();
    }
}
