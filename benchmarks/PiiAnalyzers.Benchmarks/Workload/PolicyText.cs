using System.Text;

namespace PiiAnalyzers.Benchmarks.Workload;

/// <summary>
/// A large privacy policy in Markdown, deterministic: the sections real policies have (collection by feature with lists
/// and permission tables, sensitive information, storage and encryption, retention, third parties and SDKs, rights),
/// repeated with varied wording until it reaches the size asked for.
/// </summary>
public static class PolicyText
{
    private static readonly Dictionary<string, string> Cache = new();

    private static readonly string[] ZhData = ["手机号码", "电子邮箱", "收货地址", "身份证号码", "人脸信息", "银行卡号", "设备标识符", "IP地址", "精准定位", "通讯录", "订单信息", "昵称", "头像", "出生日期"];
    private static readonly string[] EnData = ["phone number", "email address", "shipping address", "ID card number", "facial recognition data", "bank card number", "device identifiers", "IP address", "precise location", "contacts", "order history", "nickname", "profile picture", "date of birth"];
    private static readonly string[] ZhFeatures = ["注册登录", "实名认证", "下单配送", "支付结算", "客服与售后", "安全风控", "个性化推荐", "消息推送"];
    private static readonly string[] EnFeatures = ["Sign-up", "Identity verification", "Orders and delivery", "Payment", "Customer service", "Security", "Recommendations", "Notifications"];

    /// <summary>A policy of at least <paramref name="minimumBytes"/> UTF-8 bytes, in "zh" or "en"; the same text for the same arguments.</summary>
    public static string Create(string language, int minimumBytes)
    {
        var key = language + ":" + minimumBytes;
        lock (Cache)
        {
            if (!Cache.TryGetValue(key, out var text))
            {
                text = language == "en" ? Build(minimumBytes, English) : Build(minimumBytes, Chinese);
                Cache[key] = text;
            }

            return text;
        }
    }

    public static int ByteCount(string language, int minimumBytes) => Encoding.UTF8.GetByteCount(Create(language, minimumBytes));

    private static string Build(int minimumBytes, Action<StringBuilder, int, Random> chapter)
    {
        var random = new Random(2024);
        var builder = new StringBuilder();
        for (var i = 0; Encoding.UTF8.GetByteCount(builder.ToString()) < minimumBytes; i++)
        {
            var start = builder.Length;
            while (builder.Length - start < 64 * 1024)
            {
                chapter(builder, i++, random);
            }
        }

        return builder.ToString();
    }

    private static string Pick(string[] items, Random random, int count) =>
        string.Join("、", Enumerable.Range(0, count).Select(_ => items[random.Next(items.Length)]).Distinct());

    private static string PickEn(string[] items, Random random, int count) =>
        string.Join(", ", Enumerable.Range(0, count).Select(_ => items[random.Next(items.Length)]).Distinct());

    private static void Chinese(StringBuilder text, int i, Random random)
    {
        text.Append("# 隐私政策（第").Append(i + 1).Append("部分）\n\n更新日期：2025年").Append(i % 12 + 1).Append("月1日\n\n");
        text.Append("## 一、我们如何收集和使用您的个人信息\n\n");
        foreach (var feature in ZhFeatures)
        {
            text.Append("### ").Append(feature).Append("\n\n为向您提供").Append(feature).Append("功能，我们会收集您的").Append(Pick(ZhData, random, 3))
                .Append("。如您拒绝提供，仅会影响").Append(feature).Append("功能的使用。\n\n");
            text.Append("- 我们不会收集您的").Append(Pick(ZhData, random, 1)).Append("。\n- 您可以在设置中关闭").Append(feature).Append("。\n\n");
        }

        text.Append("| 权限 | 收集的信息 | 目的 | 是否必需 |\n|---|---|---|---|\n");
        text.Append("| 位置权限 | 精准定位 | 推荐附近门店 | 否 |\n| 相机权限 | 照片 | 上传评价图片 | 否 |\n| 电话权限 | 设备标识符 | 安全风控 | 否 |\n\n");
        text.Append("上述信息中，").Append(Pick(ZhData, random, 3)).Append("属于敏感个人信息，我们会在收集前单独征得您的同意。\n\n");
        text.Append("## 二、我们如何存储和保护您的个人信息\n\n我们对").Append(Pick(ZhData, random, 2)).Append("进行加密存储。")
            .Append("您注销账号后，我们将在").Append(random.Next(3, 30)).Append("个工作日内删除您的个人信息。日志信息保存").Append(random.Next(1, 12)).Append("个月。\n\n");
        text.Append("## 三、我们如何共享您的个人信息\n\n我们将").Append(Pick(ZhData, random, 2)).Append("提供给顺丰速运有限公司，用于配送。")
            .Append("除上述情形外，我们不会与任何第三方共享您的个人信息。我们不会出售您的个人信息。\n\n");
        text.Append("| SDK名称 | 第三方公司 | 收集的个人信息 | 用途 |\n|---|---|---|---|\n| 推送SDK | 某某信息技术有限公司 | 设备标识符、网络信息 | 消息推送 |\n\n");
        text.Append("## 四、您的权利\n\n您可以查阅、复制、更正、删除您的个人信息，撤回同意，注销账号。\n\n");
    }

    private static void English(StringBuilder text, int i, Random random)
    {
        text.Append("# Privacy Policy (part ").Append(i + 1).Append(")\n\nLast updated: ").Append(i % 12 + 1).Append(" January 2025\n\n");
        text.Append("## 1. Information we collect\n\n");
        foreach (var feature in EnFeatures)
        {
            text.Append("### ").Append(feature).Append("\n\nTo provide ").Append(feature.ToLowerInvariant()).Append(", we collect your ").Append(PickEn(EnData, random, 3))
                .Append(". If you decline, only this feature is unavailable.\n\n");
            text.Append("- We do not collect your ").Append(PickEn(EnData, random, 1)).Append(".\n- You can turn this off in Settings.\n\n");
        }

        text.Append("Of these, your ").Append(PickEn(EnData, random, 2)).Append(" are sensitive personal information.\n\n");
        text.Append("## 2. How we store and protect it\n\nWe store your ").Append(PickEn(EnData, random, 2)).Append(" encrypted. ")
            .Append("We delete your personal information within ").Append(random.Next(3, 30)).Append(" days after you close your account.\n\n");
        text.Append("## 3. Sharing\n\nWe share your ").Append(PickEn(EnData, random, 2)).Append(" with SF Express Co., Ltd. to deliver your orders. ")
            .Append("We do not sell your personal information.\n\n| Processor | Data | Purpose |\n|---|---|---|\n| Stripe, Inc. | payment information | payments |\n\n");
        text.Append("## 4. Your rights\n\nYou may access, correct and delete your personal information, and close your account.\n\n");
    }
}
