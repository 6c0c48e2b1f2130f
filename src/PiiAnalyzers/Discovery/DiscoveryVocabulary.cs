using System.Collections.Generic;
using System.Collections.Immutable;

namespace PiiAnalyzers.Discovery;

/// <summary>
/// The words that make a member name look like personal data (PII0006), per category of the taxonomy, in English and in
/// the pinyin Chinese teams name things with: full syllables (<c>ShouJiHao</c>, <c>ShenFenZheng</c>) and initials
/// (<c>Sjh</c>, <c>Sfzh</c>). Also the words around a term that decide whether it means personal data at all.
/// Precision matters more than recall: PII0006 is a nudge, and a nudge that is often wrong gets switched off.
/// Only data here; <see cref="PersonalDataNameMatcher"/> does the matching.
/// </summary>
public static partial class DiscoveryVocabulary
{
    /// <summary>Every built-in term. A key (the words joined) appears once.</summary>
    public static ImmutableArray<VocabularyTerm> Terms { get; } = CreateTerms();

    /// <summary>
    /// Words that name a person. Before a <see cref="TermStrength.Weak"/> term (<c>CustomerName</c>) or in the containing
    /// type's name (<c>Patient.Height</c>) they make a common word personal.
    /// </summary>
    public static ImmutableHashSet<string> PersonWords { get; } = ImmutableHashSet.Create(
        "user", "users", "customer", "customers", "person", "persons", "people", "member", "members", "employee", "employees",
        "staff", "patient", "patients", "student", "students", "contact", "contacts", "applicant", "candidate", "buyer",
        "consumer", "subscriber", "passenger", "guest", "visitor", "traveler", "traveller", "resident", "citizen", "owner",
        "holder", "recipient", "receiver", "sender", "consignee", "author", "beneficiary", "insured", "policyholder", "donor",
        "volunteer", "friend", "spouse", "doctor", "nurse", "worker", "teacher", "pupil", "attendee", "participant",
        "registrant", "individual", "profile", "father", "mother", "guardian", "husband", "wife", "kin", "cardholder",
        "account", "login", "emergency", "invitee", "invitation", "reviewer", "requester", "requestor", "assignee", "reporter",
        "signer", "payer", "shopper", "purchaser", "learner", "commenter", "replier", "creator", "uploader", "submitter",
        "follower",
        "kehu", "kh", "yonghu", "yh", "huiyuan", "hy", "yuangong", "yg", "xuesheng", "bingren", "br", "huanzhe", "lianxiren",
        "lxr", "shenqingren", "sqr", "shouhuoren", "shr", "shoujianren", "sjr", "fajianren", "fjr", "chengke", "jiazhang",
        "geren", "zhenshi", "farendaibiao", "fddbr", "jinji");

    /// <summary>
    /// Words that qualify a value without changing what it is (<c>HomeAddress</c>, <c>PrimaryEmail</c>, <c>EncryptedPhone</c>),
    /// and member prefixes (<c>m_name</c>, <c>strName</c>); allowed before <see cref="TermStrength.Qualified"/> and
    /// <see cref="TermStrength.Weak"/> terms.
    /// </summary>
    public static ImmutableHashSet<string> QualifierWords { get; } = ImmutableHashSet.Create(
        "home", "work", "mobile", "cell", "primary", "secondary", "main", "alt", "alternate", "alternative", "other", "current",
        "previous", "prev", "old", "new", "full", "preferred", "private", "my", "own", "billing", "shipping", "delivery",
        "mailing", "postal", "residential", "permanent", "registered", "registration", "native", "verified", "confirmed",
        "encrypted", "masked", "hashed", "plain", "raw", "original", "first", "last", "given", "middle", "birth", "public",
        "personal", "legal", "real", "m", "s", "str", "sz", "p", "the",
        "jiating", "juzhu", "changzhu", "lianxi", "xianzhu", "huji");

    /// <summary>
    /// Words that say a value is stored or shown protected (<c>PasswordHash</c>, <c>EncryptedPhone</c>, <c>MaskedCardNo</c>):
    /// discovery still suggests annotating it, with <see cref="DiscoveryConfidence.Low"/>, so the leak rules infer nothing.
    /// </summary>
    public static ImmutableHashSet<string> ProtectionWords { get; } = ImmutableHashSet.Create(
        "hash", "hashed", "encrypted", "enc", "cipher", "ciphertext", "masked", "protected", "salt", "salted", "digest",
        "jiami");

    /// <summary>
    /// Words after a term that do not change what the value is: <c>PhoneNumber</c>, <c>IdCardNo</c>, <c>PasswordHash</c>,
    /// <c>AddressLine1</c>, <c>AvatarUrl</c>, <c>ShouJiHaoMa</c>. Plurals count too; so does a number (<c>Email2</c>).
    /// </summary>
    public static ImmutableHashSet<string> TransparentSuffixes { get; } = ImmutableHashSet.Create(
        "number", "no", "num", "nbr", "nr", "value", "text", "str", "string", "raw", "hash", "hashed", "encrypted", "enc",
        "cipher", "ciphertext", "plain", "plaintext", "masked", "list", "line", "data", "info", "information", "detail",
        "url", "uri", "path", "image", "img", "field", "input",
        "hao", "haoma", "hm", "xinxi");

    /// <summary>
    /// Words that, anywhere before a term, say the value is configuration, a sample or a bound rather than someone's data
    /// (<c>DefaultEmail</c>, <c>TestPassword</c>, <c>MaxAge</c>).
    /// </summary>
    public static ImmutableHashSet<string> GlobalNegatives { get; } = ImmutableHashSet.Create(
        "default", "test", "sample", "example", "dummy", "fake", "mock", "placeholder", "template", "fallback", "format",
        "pattern", "regex", "mask", "max", "min", "maximum", "minimum", "hint", "label", "caption", "prompt", "watermark",
        "system", "smtp", "noreply", "no", "reply", "support", "admin", "service", "api", "bot", "robot", "title", "description",
        "tooltip", "heading", "allow", "use", "show", "hide", "enable", "disable", "require");

    /// <summary>
    /// Words that, before a term of the category or in the name of the type that declares it (unless that name names a
    /// person), say the value belongs to a machine, a business or a mail server: <c>ServerIp</c>, <c>DbConnection.Password</c>.
    /// </summary>
    public static ImmutableDictionary<string, ImmutableHashSet<string>> CategoryNegatives { get; } = new Dictionary<string, ImmutableHashSet<string>>
    {
        ["contact.email"] = ImmutableHashSet.Create(
            "helpdesk", "sales", "marketing", "notification", "notifications", "alert", "alerts", "webmaster", "postmaster",
            "abuse", "company", "corporate", "server", "host", "relay", "feedback", "ops", "devops"),
        ["contact.phone"] = ImmutableHashSet.Create(
            "helpdesk", "sales", "hotline", "company", "corporate", "store", "shop", "merchant", "head", "ear", "micro", "kefu"),
        ["contact.address"] = ImmutableHashSet.Create(
            "ip", "ipv", "mac", "email", "mail", "web", "server", "host", "base", "endpoint", "remote", "local", "bind",
            "listen", "listening", "proxy", "gateway", "network", "net", "socket", "memory", "mem", "physical", "virtual",
            "relative", "absolute", "start", "end", "return", "pointer", "ptr", "broadcast", "multicast", "loopback", "url",
            "uri", "http", "https", "dns", "hardware", "node", "peer", "callback", "redirect", "to", "from", "cc", "bcc",
            "sender", "recipient", "wallet", "contract", "token", "hex", "bluetooth", "ble", "device", "machine", "store",
            "shop", "warehouse", "company", "office", "wangluo", "connection", "site", "website", "page", "portal", "hub",
            "grpc", "rpc", "webhook", "hook", "notify", "publish", "published", "external", "internal", "upstream", "backend",
            "frontend", "target", "source", "origin", "broker", "queue", "bus", "tcp", "udp", "ws", "websocket", "authority",
            "issuer", "auth", "tax", "rate", "rates", "zone", "area", "region", "territory", "price", "pricing", "tariff",
            "branch", "venue", "merchant", "vendor", "supplier", "bank", "application", "app", "agent"),
        ["account.credential"] = ImmutableHashSet.Create(
            "db", "database", "connection", "redis", "mail", "email", "proxy", "ftp", "sftp", "ssh", "keystore", "key",
            "store", "certificate", "cert", "pfx", "signing", "root", "sa", "wifi", "vault", "client", "app", "application",
            "bind", "ldap", "server", "rabbit", "rabbitmq", "mq", "kafka", "sql", "mysql", "postgres", "mongo", "zip", "archive",
            "merchant", "partner", "vendor", "supplier", "gateway", "master", "shared"),
        ["online.ip-address"] = ImmutableHashSet.Create(
            "server", "host", "bind", "listen", "listening", "gateway", "proxy", "dns", "local", "loopback", "broadcast",
            "multicast", "subnet", "router", "node", "peer", "master", "slave", "cluster", "target", "destination", "internal",
            "private", "nat", "vip", "lan", "intranet", "whitelist", "allowlist", "blacklist", "blocklist", "allowed", "blocked",
            "trusted", "known", "lan", "wan", "vpn", "published", "advertised", "upstream", "redis", "db", "database", "sql",
            "ftp", "ntp", "dhcp", "endpoint", "network", "networks", "range", "ranges", "cidr", "netmask", "firewall", "machine",
            "instance", "container", "pod", "docker", "printer", "camera", "nas", "relay"),
        ["location.precise"] = ImmutableHashSet.Create(
            "store", "shop", "warehouse", "office", "center", "centre", "map", "origin", "north", "south", "east", "west",
            "bounds", "bound", "viewport", "camera", "tile", "branch", "site", "station", "venue", "merchant", "poi"),
        ["financial.bank-account"] = ImmutableHashSet.Create(
            "member", "membership", "gift", "loyalty", "vip", "sim", "library", "access", "smart", "key", "business", "game",
            "reward", "rewards", "point", "points", "transit", "bus", "metro", "parking", "student", "employee", "staff",
            "badge", "huiyuan", "hy", "company", "merchant", "settlement"),
        ["financial.payment"] = ImmutableHashSet.Create(
            "member", "membership", "gift", "loyalty", "vip", "sim", "library", "access", "smart", "key", "game", "reward",
            "rewards", "transit", "parking", "badge", "certificate", "cert", "token", "license", "licence", "subscription",
            "trial", "session", "cookie", "password", "link", "coupon", "voucher", "promotion", "offer"),
        ["financial.income"] = ImmutableHashSet.Create("average", "avg", "median", "company", "department", "total", "net", "gross"),
        ["device.id"] = ImmutableHashSet.Create(
            "server", "host", "gateway", "router", "virtual", "emulator", "simulator", "disk", "drive", "volume", "partition",
            "storage", "audio", "video", "microphone", "mic", "speaker", "sound", "display", "monitor", "screen", "gpu", "usb",
            "hid", "midi", "printer", "adapter", "capture", "render", "playback", "input", "output", "mount", "block", "tuner",
            "port", "serial", "camera", "webcam", "media", "network", "physical", "logical", "controller"),
    }.ToImmutableDictionary();

    /// <summary>
    /// Categories of places: an address, a postal code or coordinates are someone's only when the name or the type says
    /// whose (<c>HomeAddress</c>, <c>Customer.ZipCode</c>); otherwise (<c>Address.Street</c>, <c>Location.Latitude</c>)
    /// discovery is less sure (<see cref="DiscoveryConfidence.Medium"/>).
    /// </summary>
    public static ImmutableHashSet<string> OwnerDependentCategories { get; } = ImmutableHashSet.Create(
        "contact.address", "location.precise", "location.coarse");

    /// <summary>Words that say a place is where someone lives or receives things: <c>HomeAddress</c>, <c>ShippingZipCode</c>, <c>JiaTingDiZhi</c>.</summary>
    public static ImmutableHashSet<string> PersonalPlaceWords { get; } = ImmutableHashSet.Create(
        "home", "residential", "residence", "shipping", "billing", "delivery", "mailing", "permanent", "personal", "private",
        "jiating", "juzhu", "changzhu", "xianzhu", "huji", "shouhuo", "jtdz", "jzdz", "shdz", "家庭", "住址", "收货");

    /// <summary>
    /// Categories whose negative words give way to a person word after them: <c>CompanyContactPhone</c>,
    /// <c>ReportRecipientEmail</c> are a person's details at a business. Not credentials: <c>DbUserPassword</c> is a machine's.
    /// </summary>
    public static ImmutableHashSet<string> PersonOverridableCategories { get; } = ImmutableHashSet.Create(
        "contact.email", "contact.phone", "contact.address", "profile.name");

    /// <summary>
    /// Categories of identifiers whose <c>…Id</c> term, held in a number, is a database key rather than the identifier
    /// (<c>int DeviceId</c> points at a row; an IMEI or an advertising id is text).
    /// </summary>
    public static ImmutableHashSet<string> KeyLikeCategories { get; } = ImmutableHashSet.Create("device.id", "online.cookie-id", "account.id");

    /// <summary>Categories whose values are never numbers: an <c>int Address</c> is a memory address, not a street.</summary>
    public static ImmutableHashSet<string> NonNumericCategories { get; } = ImmutableHashSet.Create(
        "contact.address", "contact.email", "profile.name", "profile.nickname", "account.username", "profile.avatar", "media.photo");

    private static ImmutableArray<VocabularyTerm> CreateTerms()
    {
        var terms = new List<VocabularyTerm>();

        void Add(string categoryId, TermStrength strength, params string[] phrases)
        {
            foreach (var phrase in phrases)
            {
                terms.Add(new VocabularyTerm(phrase, categoryId, strength));
            }
        }

        // profile
        Add("profile.name", TermStrength.Strong,
            "full name", "first name", "last name", "given name", "family name", "middle name", "surname", "forename",
            "real name", "legal name", "maiden name", "person name", "contact name", "customer name", "patient name",
            "xingming", "zhen shi xing ming", "mingzi", "姓名", "真实姓名");
        Add("profile.name", TermStrength.Qualified, "xm");
        Add("profile.name", TermStrength.Weak, "name", "xing", "ming");
        Add("profile.nickname", TermStrength.Strong, "nickname", "screen name", "nicheng", "昵称");
        Add("profile.nickname", TermStrength.Weak, "display name", "nick");
        Add("profile.birth-date", TermStrength.Strong,
            "birthday", "birth date", "date of birth", "dob", "birth year", "born on", "shengri", "chu sheng ri qi",
            "csrq", "出生日期", "生日");
        Add("profile.age", TermStrength.Strong, "nianling", "年龄");
        Add("profile.age", TermStrength.Weak, "age");
        Add("profile.gender", TermStrength.Strong, "gender", "sex", "xingbie", "性别");
        Add("profile.gender", TermStrength.Qualified, "xb");
        Add("profile.ethnicity", TermStrength.Strong, "ethnicity", "ethnic group", "ethnic origin", "minzu", "民族");
        Add("profile.ethnicity", TermStrength.Weak, "race");
        Add("profile.nationality", TermStrength.Strong, "nationality", "citizenship", "国籍");
        Add("profile.nationality", TermStrength.Weak, "guoji");
        Add("profile.family", TermStrength.Strong, "spouse", "spouse name", "family members", "family member", "peiou", "jia ting cheng yuan");
        Add("profile.marital-status", TermStrength.Strong,
            "marital status", "marriage status", "marital", "hunyin", "hun yin zhuang kuang", "婚姻状况");
        Add("profile.avatar", TermStrength.Strong,
            "avatar", "profile picture", "profile photo", "profile image", "head img", "head image", "head portrait",
            "touxiang", "头像");

        // contact
        Add("contact.phone", TermStrength.Strong,
            "phone", "telephone", "cell phone", "mobile phone", "mobile number", "mobile no", "contact number",
            "fax", "shouji", "shou ji hao", "shou ji hao ma", "dianhua", "dian hua hao ma", "lian xi dian hua", "lxdh", "sjh",
            "sjhm", "手机号", "手机号码", "电话", "联系电话");
        Add("contact.phone", TermStrength.Qualified, "mobile", "cell number");
        Add("contact.email", TermStrength.Strong,
            "email", "email address", "mail address", "mailbox", "youxiang", "dian zi you xiang", "dzyx", "邮箱",
            "电子邮箱");
        Add("contact.email", TermStrength.Qualified, "mail");
        Add("contact.address", TermStrength.Strong,
            "address", "home address", "postal address", "mailing address", "shipping address", "billing address",
            "delivery address", "street address", "residential address", "street", "zip code", "post code",
            "postal code", "dizhi", "jia ting di zhi", "ju zhu di zhi", "shou huo di zhi", "jtdz", "jzdz", "shdz",
            "地址", "住址", "收货地址");
        Add("contact.emergency", TermStrength.Strong,
            "emergency contact", "next of kin", "jin ji lian xi ren", "jjlxr", "紧急联系人");

        // identity
        Add("identity.national-id", TermStrength.Strong,
            "id card", "identity card", "national id", "citizen id", "identity number", "id number", "id no", "id card number",
            "resident id", "shenfenzheng", "shen fen zheng hao", "shen fen zheng hao ma", "sfz", "sfzh", "sfzhm", "身份证",
            "身份证号", "身份证号码");
        Add("identity.passport", TermStrength.Strong, "passport", "huzhao", "hzh", "hzhm", "护照", "护照号");
        Add("identity.driver-license", TermStrength.Strong,
            "driver license", "drivers license", "driving license", "driver licence", "drivers licence", "driving licence",
            "jiashizheng", "jiazhao", "jszh", "驾驶证");
        Add("identity.social-security", TermStrength.Strong,
            "ssn", "social security", "social security number", "social insurance number", "shebaoka", "she bao ka hao",
            "sbkh", "yibaoka", "社保卡", "社保卡号");
        Add("identity.document", TermStrength.Strong,
            "zhengjianhao", "zheng jian hao ma", "zjh", "zjhm", "id document", "identity document", "证件号", "证件号码");

        // biometric
        Add("biometric.face", TermStrength.Strong,
            "face image", "face photo", "face data", "face feature", "face features", "face template", "face embedding",
            "face encoding", "face vector", "facial data", "facial features", "facial geometry", "renlian", "ren lian te zheng",
            "人脸");
        Add("biometric.face", TermStrength.Weak, "face");
        Add("biometric.fingerprint", TermStrength.Strong, "fingerprint template", "fingerprint image", "fingerprint data", "zhiwen", "指纹");
        Add("biometric.fingerprint", TermStrength.Weak, "fingerprint", "fingerprints");
        Add("biometric.voiceprint", TermStrength.Strong, "voice print", "shengwen", "声纹");
        Add("biometric.iris", TermStrength.Strong, "iris scan", "iris image", "iris template", "iris data", "hongmo", "虹膜");
        Add("biometric.iris", TermStrength.Weak, "iris");
        Add("biometric.genetic", TermStrength.Strong, "dna", "genome", "genotype", "genetic data", "jiyin", "基因");

        // account
        Add("account.id", TermStrength.Strong, "open id", "union id", "login id", "zhanghao", "账号");
        Add("account.username", TermStrength.Strong,
            "user name", "login name", "user login", "yonghuming", "yhm", "dengluming", "用户名");
        Add("account.credential", TermStrength.Strong,
            "password", "passwd", "pwd", "passphrase", "pass code", "pin code", "security answer", "security question answer",
            "secret answer", "recovery answer", "password hint", "password reminder", "mima",
            "deng lu mi ma", "zhi fu mi ma", "密码");
        Add("account.credential", TermStrength.Qualified, "pin");
        Add("account.certificate", TermStrength.Strong,
            "digital certificate", "user certificate", "personal certificate", "shu zi zheng shu",
            "数字证书");

        // online
        Add("online.ip-address", TermStrength.Strong,
            "ip", "ip address", "ip addr", "ipv4 address", "ipv6 address", "client ip", "remote ip", "user ip", "login ip",
            "remote address", "remote addr", "remote end point", "client end point",
            "ip dizhi", "IP地址");
        Add("online.cookie-id", TermStrength.Strong, "cookie id", "tracking id", "visitor id", "anonymous id");
        Add("online.browsing-history", TermStrength.Strong,
            "browsing history", "browse history", "visited urls", "viewed pages", "liu lan ji lu", "浏览记录");
        Add("online.search-history", TermStrength.Strong, "search history", "recent searches", "sou suo ji lu", "搜索记录");
        Add("online.usage-log", TermStrength.Strong,
            "usage log", "usage logs", "usage history", "usage records", "activity log", "activity history", "user activity",
            "shi yong ji lu", "cao zuo ji lu", "使用记录", "操作记录");

        // device
        Add("device.id", TermStrength.Strong,
            "imei", "imsi", "meid", "iccid", "idfa", "idfv", "oaid", "android id", "udid", "device id", "device token",
            "push token", "mac address", "mac addr", "wifi mac", "installation id", "install id", "advertising id",
            "advertiser id", "gaid", "aaid", "fcm token", "apns token", "firebase token", "she bei hao", "she bei id", "设备号");
        Add("device.id", TermStrength.Qualified, "mac");
        Add("device.info", TermStrength.Strong, "user agent", "device model", "she bei xing hao");
        Add("device.app-list", TermStrength.Strong, "installed apps", "installed applications", "installed packages", "app list", "ruan jian lie biao");
        Add("device.network", TermStrength.Strong, "ssid", "bssid", "wifi ssid");
        Add("device.sensor", TermStrength.Strong,
            "sensor data", "sensor readings", "accelerometer", "gyroscope", "magnetometer", "motion data", "chuan gan qi",
            "传感器");

        // location
        Add("location.precise", TermStrength.Strong,
            "latitude", "longitude", "lat lng", "lat lon", "lat long", "geo location", "gps", "gps location",
            "geo point", "jing wei du", "dingwei", "经纬度", "定位");
        Add("location.precise", TermStrength.Qualified, "lat", "lng", "lon");
        Add("location.precise", TermStrength.Weak, "coordinates");
        Add("location.coarse", TermStrength.Weak, "city", "province", "district", "location", "chengshi", "shengfen");
        Add("location.trajectory", TermStrength.Strong,
            "trajectory", "location history", "movement history", "travel history", "xing zong gui ji", "行踪轨迹");

        // financial
        Add("financial.bank-account", TermStrength.Strong,
            "bank account", "bank card", "card number", "card no", "credit card", "debit card", "iban",
            "yinhangka", "yin hang ka hao", "yin hang zhang hao", "yhk", "yhkh", "kahao", "银行卡", "银行卡号", "银行账号");
        Add("financial.payment", TermStrength.Strong,
            "cvv", "cvc", "cvv2", "cvc2", "cvn", "cvn2", "card security code", "card security number", "card verification code",
            "card verification value", "card verification number", "card expiry", "card expiration", "payment card",
            "zhifubao", "zhi fu bao zhang hao", "支付宝");
        // A card's security code and expiry, where a card is named: in the member's name, its type's, or another member's.
        var cardWords = ImmutableArray.Create("card", "cards", "cardholder", "payment", "payments", "credit", "debit", "billing");
        foreach (var phrase in new[] { "security code", "security number", "expiration", "expiration date", "expiry", "expiry date" })
        {
            terms.Add(new VocabularyTerm(phrase, "financial.payment", TermStrength.Strong, contextWords: cardWords));
        }
        Add("financial.transaction", TermStrength.Strong,
            "transaction history", "order history", "purchase history", "jiao yi ji lu", "交易记录");
        Add("financial.credit", TermStrength.Strong,
            "credit score", "credit rating", "credit report", "credit history", "zhengxin", "xin yong fen", "征信");
        Add("financial.income", TermStrength.Strong,
            "income", "salary", "wage", "wages", "annual income", "monthly income", "shouru", "gongzi", "xinzi", "yuexin",
            "nianxin", "收入", "工资");
        Add("financial.property", TermStrength.Strong, "fangchan", "net worth", "房产");

        // health
        Add("health.medical", TermStrength.Strong,
            "medical record", "medical records", "medical history", "health record", "diagnosis", "diagnoses", "blood type",
            "allergy", "allergies", "disease", "diseases", "illness", "symptoms", "prescription", "medications", "bingli",
            "bingshi", "zhenduan", "xuexing", "guo min shi", "病历", "病史", "诊断");
        Add("health.physiological", TermStrength.Strong,
            "body weight", "body height", "bmi", "blood pressure", "heart rate", "shengao", "tizhong", "xueya", "身高",
            "体重");
        Add("health.physiological", TermStrength.Weak, "height", "weight");

        // career
        Add("career.occupation", TermStrength.Strong, "occupation", "profession", "job title", "zhiye", "职业");
        Add("career.employer", TermStrength.Strong, "employer", "employer name", "gong zuo dan wei", "工作单位");
        Add("career.education", TermStrength.Strong, "education", "education level", "highest degree", "xueli", "学历");

        // communication, social, media
        Add("communication.content", TermStrength.Strong,
            "sms content", "sms body", "sms text", "chat content", "chat history", "duan xin nei rong", "liao tian ji lu",
            "短信内容", "聊天记录");
        Add("communication.call-log", TermStrength.Strong, "call log", "call logs", "call history", "call records", "tong hua ji lu", "通话记录");
        Add("social.contacts", TermStrength.Strong, "address book", "phone book", "contact list", "tongxunlu", "通讯录");
        Add("social.friends", TermStrength.Strong, "friend list", "friends list", "friends", "haoyou", "hao you lie biao", "好友");
        Add("media.photo", TermStrength.Strong, "selfie", "selfies", "zhaopian", "照片");
        Add("media.photo", TermStrength.Weak, "photo", "photos", "picture", "portrait");
        Add("media.audio", TermStrength.Strong, "voice recording", "audio recording", "voice message", "luyin", "录音");
        Add("media.video", TermStrength.Strong,
            "video recording", "face video", "selfie video", "liveness video", "surveillance video", "camera footage",
            "luxiang", "shipin", "视频", "录像");
        Add("media.video", TermStrength.Weak, "video", "videos");

        // beliefs and other
        Add("belief.religion", TermStrength.Strong, "religion", "religious belief", "zongjiao", "zong jiao xin yang", "宗教信仰");
        Add("belief.political", TermStrength.Strong,
            "political affiliation", "political party", "political view", "political views", "political opinion",
            "zheng zhi mian mao", "政治面貌");
        Add("other.sexual-orientation", TermStrength.Strong, "sexual orientation", "xing qu xiang", "性取向");
        Add("other.criminal-record", TermStrength.Strong,
            "criminal record", "criminal records", "criminal history", "convictions", "fan zui ji lu", "犯罪记录");
        Add("other.minor", TermStrength.Strong,
            "parental consent", "guardian consent", "wei cheng nian ren", "未成年人");

        return terms.ToImmutableArray();
    }
}
