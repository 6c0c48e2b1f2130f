using System;
using System.Collections.Generic;
using System.Linq;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Cli.Diffing;

/// <summary>
/// The words of a diff report in one language: headings, columns, the verdict, values before and after. What it has in
/// common with the inventory's reports (category names, with the custom categories of both sides; yes and no; the
/// third-party list's columns) it takes from <see cref="ReportVocabulary"/>, so that a diff words them as the inventories
/// it compares do.
/// </summary>
internal sealed class DiffVocabulary
{
    private readonly ReportVocabulary _inventory;

    public DiffVocabulary(ReportLanguage language, IEnumerable<InventoryCategory> customCategories)
    {
        _inventory = ReportVocabulary.For(language, customCategories);
    }

    public bool IsChinese => _inventory.IsChinese;

    public string Title => IsChinese ? "个人信息清单变更" : "Personal data inventory changes";

    public string NoChange => IsChinese ? "个人信息清单没有变化。" : "No change to the personal data inventory.";

    public string NewCategories => IsChinese ? "新收集的类别" : "New categories";

    public string NewSensitiveElements => IsChinese ? "新增的敏感个人信息" : "New sensitive elements";

    public string NewRecipients => IsChinese ? "新的第三方" : "New recipients";

    public string CategoryColumn => _inventory.CategoryColumn;

    public string MemberColumn => IsChinese ? "成员" : "Member";

    public string FileColumn => IsChinese ? "代码位置" : "File";

    public string SensitiveColumn => _inventory.SensitiveColumn;

    public string BeforeColumn => IsChinese ? "变更前" : "Before";

    public string AfterColumn => IsChinese ? "变更后" : "After";

    public string RecipientColumn => _inventory.RecipientColumn;

    public string ServiceColumn => _inventory.ServiceColumn;

    public string CompanyColumn => _inventory.CompanyColumn;

    public string CountryColumn => _inventory.CountryColumn;

    public string ReceivesColumn => _inventory.ReceivesColumn;

    public string StartsReceivingColumn => IsChinese ? "开始接收" : "Starts receiving";

    public string StopsReceivingColumn => IsChinese ? "不再接收" : "Stops receiving";

    public string NotStated => _inventory.NotStated;

    public string ListSeparator => _inventory.ListSeparator;

    public string YesNo(bool value) => _inventory.YesNo(value);

    /// <summary>The heading of a kind of element change.</summary>
    public string Heading(ElementChangeKind kind) => kind switch
    {
        ElementChangeKind.Added => IsChinese ? "开始收集" : "Starts collecting",
        ElementChangeKind.Removed => IsChinese ? "停止收集" : "Stops collecting",
        ElementChangeKind.BecameSensitive => IsChinese ? "变为敏感个人信息" : "Became sensitive",
        ElementChangeKind.NoLongerSensitive => IsChinese ? "不再是敏感个人信息" : "No longer sensitive",
        ElementChangeKind.CategoryChanged => IsChinese ? "类别变更" : "Category changed",
        ElementChangeKind.RetentionChanged => IsChinese ? "保存期限变更" : "Retention changed",
        ElementChangeKind.EncryptionTurnedOn => IsChinese ? "开始加密存储" : "Now encrypted at rest",
        ElementChangeKind.EncryptionTurnedOff => IsChinese ? "不再加密存储" : "No longer encrypted at rest",
        ElementChangeKind.PurposeChanged => IsChinese ? "使用目的变更" : "Purpose changed",
        ElementChangeKind.NecessityChanged => IsChinese ? "必要性变更" : "Necessity changed",
        ElementChangeKind.RecipientAdded => IsChinese ? "开始共享给第三方" : "Now shared with a third party",
        ElementChangeKind.RecipientRemoved => IsChinese ? "不再共享给第三方" : "No longer shared with a third party",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The heading of a kind of third-party change.</summary>
    public string Heading(RecipientChangeKind kind) => kind switch
    {
        RecipientChangeKind.Added => IsChinese ? "新增第三方" : "Third parties added",
        RecipientChangeKind.Removed => IsChinese ? "移除第三方" : "Third parties removed",
        RecipientChangeKind.CategoriesChanged => IsChinese ? "第三方接收的信息变更" : "Third parties receiving different data",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A heading with its count: <c>开始收集（1）</c> / <c>Starts collecting (1)</c>.</summary>
    public string Counted(string heading, int count) => IsChinese ? $"{heading}（{count}）" : $"{heading} ({count})";

    /// <summary><c>手机号码、电话号码（contact.phone）</c> / <c>phone number (contact.phone)</c>.</summary>
    public string CategoryLabel(string id) => _inventory.CategoryLabel(id);

    public string CategoryLabels(IEnumerable<string> ids) => string.Join(ListSeparator, ids.Select(CategoryLabel));

    /// <summary>What a third party receives: its categories, or that no personal data was seen passed to it (an SDK the app only embeds).</summary>
    public string Receives(IReadOnlyList<string> ids) =>
        ids.Count > 0 ? CategoryLabels(ids) : IsChinese ? "未发现传给它的个人信息" : "no personal data seen passed to it";

    /// <summary>What a change of a kind with a before and an after was and became, in words.</summary>
    public (string Before, string After) Values(ElementChange change) => change.Kind switch
    {
        ElementChangeKind.BecameSensitive or ElementChangeKind.EncryptionTurnedOn => (YesNo(false), YesNo(true)),
        ElementChangeKind.NoLongerSensitive or ElementChangeKind.EncryptionTurnedOff => (YesNo(true), YesNo(false)),
        ElementChangeKind.CategoryChanged => (CategoryLabel(change.Before!), CategoryLabel(change.After!)),
        ElementChangeKind.NecessityChanged => (Necessity(change.Before), Necessity(change.After)),
        _ => (change.Before ?? NotStated, change.After ?? NotStated),
    };

    // 必要 / 非必要 as the inventory's 必要性 column writes them; not judged where no app type was set.
    private string Necessity(string? value) => value switch
    {
        ElementChange.Necessary => _inventory.Necessity(true),
        ElementChange.Optional => _inventory.Necessity(false),
        _ => IsChinese ? "未判定" : "not judged",
    };

    /// <summary>The recipient of a recipient added to or removed from an element.</summary>
    public static string Recipient(ElementChange change) => change.After ?? change.Before ?? string.Empty;

    /// <summary>
    /// The one-line verdict: <c>Elements: 1 added, 1 removed, 7 changed; third parties: 3 added, 1 removed, 1 changed;
    /// new: 2 categories, 2 sensitive elements, 3 recipients.</c> (only what is not zero), or <see cref="NoChange"/>.
    /// </summary>
    public string Verdict(InventoryDiff diff)
    {
        if (diff.IsEmpty)
        {
            return NoChange;
        }

        var groups = new[]
        {
            Group(
                IsChinese ? "个人信息项" : "elements",
                (diff.Count(ElementChangeKind.Added), IsChinese ? "新增 {0} 项" : "{0} added"),
                (diff.Count(ElementChangeKind.Removed), IsChinese ? "停止收集 {0} 项" : "{0} removed"),
                (diff.ChangedElementCount, IsChinese ? "变更 {0} 项" : "{0} changed")),
            Group(
                IsChinese ? "第三方" : "third parties",
                (diff.Count(RecipientChangeKind.Added), IsChinese ? "新增 {0} 个" : "{0} added"),
                (diff.Count(RecipientChangeKind.Removed), IsChinese ? "移除 {0} 个" : "{0} removed"),
                (diff.Count(RecipientChangeKind.CategoriesChanged), IsChinese ? "接收的信息变更 {0} 个" : "{0} changed")),
            Group(
                IsChinese ? "新出现" : "new",
                (diff.NewCategories.Count, IsChinese ? "类别 {0} 个" : Plural(diff.NewCategories.Count, "category", "categories")),
                (diff.NewSensitiveElements.Count, IsChinese ? "敏感个人信息 {0} 项" : Plural(diff.NewSensitiveElements.Count, "sensitive element", "sensitive elements")),
                (diff.NewRecipients.Count, IsChinese ? "第三方 {0} 个" : Plural(diff.NewRecipients.Count, "recipient", "recipients"))),
        }.OfType<string>().ToList();
        var verdict = string.Join(IsChinese ? "；" : "; ", groups) + (IsChinese ? "。" : ".");
        return char.ToUpperInvariant(verdict[0]) + verdict.Substring(1);
    }

    // "elements: 1 added, 7 changed" / "个人信息项：新增 1 项、变更 7 项", or null when every count is zero.
    private string? Group(string name, params (int Count, string Format)[] parts)
    {
        var shown = parts.Where(part => part.Count > 0)
            .Select(part => string.Format(System.Globalization.CultureInfo.InvariantCulture, part.Format, part.Count))
            .ToList();
        return shown.Count == 0 ? null
            : IsChinese ? name + "：" + string.Join("、", shown)
            : name + ": " + string.Join(", ", shown);
    }

    private static string Plural(int count, string one, string many) => "{0} " + (count == 1 ? one : many);
}
