using System;

namespace PiiAnalyzers.Policy;

/// <summary>Tells what a section is about from its heading text; null when the heading does not say.</summary>
internal static class SectionClassifier
{
    // Cookies, children and contact win wherever they appear: "我们如何使用Cookie和同类技术" is about cookies,
    // "儿童个人信息的收集" about children.
    private static readonly (PolicySectionKind Kind, string[] Keywords)[] StrongRules =
    {
        (PolicySectionKind.Cookies, new[] { "cookie", "同类技术", "类似技术", "追踪技术", "跟踪技术", "tracking technolog", "similar technolog", "web beacon" }),
        (PolicySectionKind.Children, new[] { "未成年人", "儿童", "兒童", "children", "child's", "minors", "kids" }),
        (PolicySectionKind.Contact, new[] { "联系我们", "如何联系", "聯絡我們", "聯繫我們", "如何聯絡", "联系方式与投诉", "contact us", "how to contact", "contacting us", "contact information for" }),
    };

    // Otherwise the topic named first decides: "我们如何收集和使用" is about collection, "How we use the information we
    // collect" about use. On a tie the earlier rule wins ("保存期限" is retention, not storage).
    private static readonly (PolicySectionKind Kind, string[] Keywords)[] Rules =
    {
        (PolicySectionKind.Collection, new[] { "收集", "采集", "蒐集", "搜集", "採集", "我们处理的", "处理的个人信息", "信息类型", "个人信息的类型", "collect", "information you provide", "information we receive", "information we obtain", "information we process", "data we process", "information we hold", "data we hold", "what information", "what data", "what personal", "categories of personal", "categories of information", "categories of data", "types of personal", "types of information", "types of data", "information we gather" }),
        (PolicySectionKind.Sharing, new[] { "共享", "转让", "轉讓", "公开披露", "公開揭露", "揭露", "分享", "对外提供", "委托处理", "第三方sdk", "第三方服务", "合作伙伴", "披露", "share", "sharing", "disclos", "third part", "third-part", "transfer", "sell", "sale of", "recipients", "service providers", "processors" }),
        (PolicySectionKind.Retention, new[] { "保存期限", "存储期限", "保留期限", "保存期", "保留", "retention", "retain", "how long" }),
        (PolicySectionKind.Storage, new[] { "存储", "儲存", "保存", "保护", "保護", "安全", "存放", "跨境", "境外", "storage", "store", "protect", "security", "secure", "safeguard" }),
        (PolicySectionKind.Rights, new[] { "权利", "權利", "权益", "權益", "管理您的", "管理你的", "访问、更正", "更正", "撤回", "注销", "您的选择", "rights", "choices", "access and", "your control", "opt out", "opt-out", "manage your" }),
        (PolicySectionKind.Changes, new[] { "更新", "变更", "變更", "修订", "修訂", "修改", "changes", "updates", "amendment", "modification" }),
        (PolicySectionKind.Use, new[] { "使用", "用途", "目的", "how we use", "use of", "use your", "purposes", "why we" }),
    };

    // The name of the document says nothing about a section: "知行个人信息保护政策" is a title, not about protection; nor
    // does its date: "更新时间：2020年12月28日" above the sections is not a section about changes.
    private static readonly string[] DocumentNames =
    {
        "更新日期", "更新时间", "生效日期", "生效时间", "发布日期", "发布时间", "最近更新", "版本更新日期", "last updated", "effective date", "updated on",
        "个人信息保护政策", "个人信息保护指引", "隐私权政策", "隐私政策", "隱私權政策", "隱私政策", "個人資料保護政策", "隐私声明", "隐私保护指引", "隐私保护政策", "隐私说明",
        "privacy policy", "privacy notice", "privacy statement",
    };

    public static PolicySectionKind? Classify(string heading)
    {
        heading = WithoutDocumentNames(heading);
        return ClassifyStrongly(heading) ?? ClassifyByFirstTopic(heading);
    }

    /// <summary>Only the kinds that win anywhere in a heading (cookies, children, contact); a subsection of the
    /// collection section needs one of them to leave it.</summary>
    public static PolicySectionKind? ClassifyStrongly(string heading)
    {
        heading = WithoutDocumentNames(heading);
        foreach (var (kind, keywords) in StrongRules)
        {
            if (FirstIndex(heading, keywords) >= 0)
            {
                return kind;
            }
        }

        return null;
    }

    private static string WithoutDocumentNames(string heading)
    {
        foreach (var name in DocumentNames)
        {
            var index = heading.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (index >= 0)
            {
                heading = heading.Remove(index, name.Length);
            }
        }

        return heading;
    }

    private static PolicySectionKind? ClassifyByFirstTopic(string heading)
    {
        PolicySectionKind? best = null;
        var bestIndex = int.MaxValue;
        foreach (var (kind, keywords) in Rules)
        {
            var index = FirstIndex(heading, keywords);
            if (index >= 0 && index < bestIndex)
            {
                best = kind;
                bestIndex = index;
            }
        }

        return best;
    }

    private static int FirstIndex(string heading, string[] keywords)
    {
        var first = -1;
        foreach (var keyword in keywords)
        {
            var index = heading.IndexOf(keyword, StringComparison.OrdinalIgnoreCase);
            if (index >= 0 && (first < 0 || index < first))
            {
                first = index;
            }
        }

        return first;
    }
}
