using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Taxonomy;

/// <summary>
/// The built-in taxonomy (DESIGN.md section 3): the one table every analyzer, the generator and the CLI read.
/// The <c>DataCategories</c> constants in PiiAnalyzers.Attributes are tested to agree with it.
/// </summary>
public static class BuiltInCategories
{
    /// <summary>Every built-in category, each top-level id followed by its children.</summary>
    public static ImmutableArray<DataCategory> All { get; } = Create();

    private static ImmutableArray<DataCategory> Create()
    {
        var rows = new (string Id, string Chinese, string English, bool Sensitive)[]
        {
            ("profile", "个人基本资料", "profile", false),
            ("profile.name", "姓名", "name", false),
            ("profile.nickname", "昵称", "nickname, display name", false),
            ("profile.birth-date", "生日、出生日期", "date of birth", false),
            ("profile.age", "年龄", "age", false),
            ("profile.gender", "性别", "gender", false),
            ("profile.ethnicity", "民族", "racial or ethnic origin", true),
            ("profile.nationality", "国籍", "nationality", false),
            ("profile.family", "家庭关系", "family relationships", false),
            ("profile.marital-status", "婚姻状况、婚史", "marital status", true),
            ("profile.avatar", "头像", "profile picture", false),
            ("contact", "联系方式", "contact details", false),
            ("contact.phone", "手机号码、电话号码", "phone number", false),
            ("contact.email", "电子邮箱", "email address", false),
            ("contact.address", "地址、住址", "postal address", false),
            ("contact.emergency", "紧急联系人", "emergency contact", false),
            ("identity", "身份证件信息", "identity documents", false),
            ("identity.national-id", "身份证号", "national ID number", true),
            ("identity.passport", "护照", "passport", true),
            ("identity.driver-license", "驾驶证", "driver's license", true),
            ("identity.social-security", "社保卡", "social security number", true),
            ("identity.document", "其他证件", "other identity document", true),
            ("biometric", "生物识别信息", "biometric data", false),
            ("biometric.face", "人脸、面部识别特征", "face, facial geometry", true),
            ("biometric.fingerprint", "指纹", "fingerprint", true),
            ("biometric.voiceprint", "声纹", "voiceprint", true),
            ("biometric.iris", "虹膜", "iris", true),
            ("biometric.genetic", "基因", "genetic data", true),
            ("account", "网络身份标识信息", "account identifiers", false),
            ("account.id", "账号、用户ID", "account id, user id", false),
            ("account.username", "用户名", "username", false),
            ("account.credential", "密码、口令", "password, credentials", true),
            ("account.certificate", "数字证书", "digital certificate", false),
            ("online", "上网记录", "online activity", false),
            ("online.ip-address", "IP地址", "IP address", false),
            ("online.cookie-id", "Cookie标识", "cookie identifiers", false),
            ("online.browsing-history", "浏览记录", "browsing history", true),
            ("online.search-history", "搜索记录", "search history", false),
            ("online.usage-log", "日志信息、使用记录", "usage logs", false),
            ("device", "设备信息", "device information", false),
            ("device.id", "设备标识 (IMEI、IDFA、OAID、MAC)", "device identifiers", false),
            ("device.info", "设备信息 (型号、系统版本)", "device information", false),
            ("device.app-list", "软件列表", "installed apps", false),
            ("device.network", "网络信息", "network information", false),
            ("device.sensor", "传感器信息", "sensor data", false),
            ("location", "位置信息", "location", false),
            ("location.precise", "精准定位、经纬度", "precise location", true),
            ("location.coarse", "位置信息、所在城市", "approximate location", false),
            ("location.trajectory", "行踪轨迹", "movement history", true),
            ("financial", "财产信息", "financial information", false),
            ("financial.bank-account", "银行卡号、银行账户", "bank account, card number", true),
            ("financial.payment", "支付信息", "payment information", true),
            ("financial.transaction", "交易记录、订单信息", "transaction and order history", true),
            ("financial.credit", "征信、信贷记录", "credit history", true),
            ("financial.income", "收入", "income", true),
            ("financial.property", "房产、虚拟财产", "property, virtual assets", true),
            ("health", "健康生理信息", "health information", false),
            ("health.medical", "病历、诊疗信息", "medical records", true),
            ("health.physiological", "身高、体重", "physiological data", true),
            ("career", "教育工作信息", "education and employment", false),
            ("career.occupation", "职业", "occupation", false),
            ("career.employer", "工作单位", "employer", false),
            ("career.education", "学历", "education", false),
            ("communication", "通信信息", "communications", false),
            ("communication.content", "通信内容、短信", "message content", true),
            ("communication.call-log", "通话记录", "call records", true),
            ("social", "社交关系信息", "social relationships", false),
            ("social.contacts", "通讯录", "address book", true),
            ("social.friends", "好友列表、群列表", "friend and group lists", true),
            ("media", "音视频与照片", "photos, audio and video", false),
            ("media.photo", "照片、相册", "photos", false),
            ("media.audio", "录音、麦克风", "audio recordings", false),
            ("media.video", "视频、摄像头", "video", false),
            ("belief", "宗教与政治信息", "beliefs", false),
            ("belief.religion", "宗教信仰", "religious beliefs", true),
            ("belief.political", "政治观点", "political opinions", true),
            ("other", "其他个人信息", "other personal information", false),
            ("other.sexual-orientation", "性取向", "sexual orientation", true),
            ("other.criminal-record", "违法犯罪记录", "criminal records", true),
            ("other.minor", "不满十四周岁未成年人信息", "data of children under 14", true),
        };

        // A top-level category is sensitive when everything under it is: identity, biometric, financial, health, communication,
        // social, belief and other.
        var sensitiveParents = new HashSet<string>(
            rows.Where(row => row.Id.IndexOf('.') >= 0)
                .GroupBy(row => row.Id.Substring(0, row.Id.IndexOf('.')))
                .Where(children => children.All(child => child.Sensitive))
                .Select(children => children.Key));

        return rows
            .Select(row => new DataCategory(row.Id, row.Chinese, row.English, row.Sensitive || sensitiveParents.Contains(row.Id), isBuiltIn: true))
            .ToImmutableArray();
    }
}
