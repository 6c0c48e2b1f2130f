namespace PiiAnalyzers;

/// <summary>
/// The ids of the built-in data categories, one nested class per top-level category (GB/T 35273-2020 appendices A and B,
/// PIPL Art. 28, GDPR Art. 9). A top-level id covers all of its children.
/// </summary>
public static class DataCategories
{
    /// <summary>个人基本资料 / profile.</summary>
    public static class Profile
    {
        /// <summary>Any profile: covers every <c>profile.*</c> category.</summary>
        public const string All = "profile";

        /// <summary>姓名 / name.</summary>
        public const string Name = "profile.name";

        /// <summary>昵称 / nickname, display name.</summary>
        public const string Nickname = "profile.nickname";

        /// <summary>生日、出生日期 / date of birth.</summary>
        public const string BirthDate = "profile.birth-date";

        /// <summary>年龄 / age.</summary>
        public const string Age = "profile.age";

        /// <summary>性别 / gender.</summary>
        public const string Gender = "profile.gender";

        /// <summary>民族 / racial or ethnic origin. Sensitive personal information.</summary>
        public const string Ethnicity = "profile.ethnicity";

        /// <summary>国籍 / nationality.</summary>
        public const string Nationality = "profile.nationality";

        /// <summary>家庭关系 / family relationships.</summary>
        public const string Family = "profile.family";

        /// <summary>婚姻状况、婚史 / marital status. Sensitive personal information.</summary>
        public const string MaritalStatus = "profile.marital-status";

        /// <summary>头像 / profile picture.</summary>
        public const string Avatar = "profile.avatar";
    }

    /// <summary>联系方式 / contact details.</summary>
    public static class Contact
    {
        /// <summary>Any contact details: covers every <c>contact.*</c> category.</summary>
        public const string All = "contact";

        /// <summary>手机号码、电话号码 / phone number.</summary>
        public const string Phone = "contact.phone";

        /// <summary>电子邮箱 / email address.</summary>
        public const string Email = "contact.email";

        /// <summary>地址、住址 / postal address.</summary>
        public const string Address = "contact.address";

        /// <summary>紧急联系人 / emergency contact.</summary>
        public const string Emergency = "contact.emergency";
    }

    /// <summary>身份证件信息 / identity documents.</summary>
    public static class Identity
    {
        /// <summary>Any identity documents: covers every <c>identity.*</c> category.</summary>
        public const string All = "identity";

        /// <summary>身份证号 / national ID number. Sensitive personal information.</summary>
        public const string NationalId = "identity.national-id";

        /// <summary>护照 / passport. Sensitive personal information.</summary>
        public const string Passport = "identity.passport";

        /// <summary>驾驶证 / driver's license. Sensitive personal information.</summary>
        public const string DriverLicense = "identity.driver-license";

        /// <summary>社保卡 / social security number. Sensitive personal information.</summary>
        public const string SocialSecurity = "identity.social-security";

        /// <summary>其他证件 / other identity document. Sensitive personal information.</summary>
        public const string Document = "identity.document";
    }

    /// <summary>生物识别信息 / biometric data.</summary>
    public static class Biometric
    {
        /// <summary>Any biometric data: covers every <c>biometric.*</c> category.</summary>
        public const string All = "biometric";

        /// <summary>人脸、面部识别特征 / face, facial geometry. Sensitive personal information.</summary>
        public const string Face = "biometric.face";

        /// <summary>指纹 / fingerprint. Sensitive personal information.</summary>
        public const string Fingerprint = "biometric.fingerprint";

        /// <summary>声纹 / voiceprint. Sensitive personal information.</summary>
        public const string Voiceprint = "biometric.voiceprint";

        /// <summary>虹膜 / iris. Sensitive personal information.</summary>
        public const string Iris = "biometric.iris";

        /// <summary>基因 / genetic data. Sensitive personal information.</summary>
        public const string Genetic = "biometric.genetic";
    }

    /// <summary>网络身份标识信息 / account identifiers.</summary>
    public static class Account
    {
        /// <summary>Any account identifiers: covers every <c>account.*</c> category.</summary>
        public const string All = "account";

        /// <summary>账号、用户ID / account id, user id.</summary>
        public const string Id = "account.id";

        /// <summary>用户名 / username.</summary>
        public const string Username = "account.username";

        /// <summary>密码、口令 / password, credentials. Sensitive personal information.</summary>
        public const string Credential = "account.credential";

        /// <summary>数字证书 / digital certificate.</summary>
        public const string Certificate = "account.certificate";
    }

    /// <summary>上网记录 / online activity.</summary>
    public static class Online
    {
        /// <summary>Any online activity: covers every <c>online.*</c> category.</summary>
        public const string All = "online";

        /// <summary>IP地址 / IP address.</summary>
        public const string IpAddress = "online.ip-address";

        /// <summary>Cookie标识 / cookie identifiers.</summary>
        public const string CookieId = "online.cookie-id";

        /// <summary>浏览记录 / browsing history. Sensitive personal information.</summary>
        public const string BrowsingHistory = "online.browsing-history";

        /// <summary>搜索记录 / search history.</summary>
        public const string SearchHistory = "online.search-history";

        /// <summary>日志信息、使用记录 / usage logs.</summary>
        public const string UsageLog = "online.usage-log";
    }

    /// <summary>设备信息 / device information.</summary>
    public static class Device
    {
        /// <summary>Any device information: covers every <c>device.*</c> category.</summary>
        public const string All = "device";

        /// <summary>设备标识 (IMEI、IDFA、OAID、MAC) / device identifiers.</summary>
        public const string Id = "device.id";

        /// <summary>设备信息 (型号、系统版本) / device information.</summary>
        public const string Info = "device.info";

        /// <summary>软件列表 / installed apps.</summary>
        public const string AppList = "device.app-list";

        /// <summary>网络信息 / network information.</summary>
        public const string Network = "device.network";

        /// <summary>传感器信息 / sensor data.</summary>
        public const string Sensor = "device.sensor";
    }

    /// <summary>位置信息 / location.</summary>
    public static class Location
    {
        /// <summary>Any location: covers every <c>location.*</c> category.</summary>
        public const string All = "location";

        /// <summary>精准定位、经纬度 / precise location. Sensitive personal information.</summary>
        public const string Precise = "location.precise";

        /// <summary>位置信息、所在城市 / approximate location.</summary>
        public const string Coarse = "location.coarse";

        /// <summary>行踪轨迹 / movement history. Sensitive personal information.</summary>
        public const string Trajectory = "location.trajectory";
    }

    /// <summary>财产信息 / financial information.</summary>
    public static class Financial
    {
        /// <summary>Any financial information: covers every <c>financial.*</c> category.</summary>
        public const string All = "financial";

        /// <summary>银行卡号、银行账户 / bank account, card number. Sensitive personal information.</summary>
        public const string BankAccount = "financial.bank-account";

        /// <summary>支付信息 / payment information. Sensitive personal information.</summary>
        public const string Payment = "financial.payment";

        /// <summary>交易记录、订单信息 / transaction and order history. Sensitive personal information.</summary>
        public const string Transaction = "financial.transaction";

        /// <summary>征信、信贷记录 / credit history. Sensitive personal information.</summary>
        public const string Credit = "financial.credit";

        /// <summary>收入 / income. Sensitive personal information.</summary>
        public const string Income = "financial.income";

        /// <summary>房产、虚拟财产 / property, virtual assets. Sensitive personal information.</summary>
        public const string Property = "financial.property";
    }

    /// <summary>健康生理信息 / health information.</summary>
    public static class Health
    {
        /// <summary>Any health information: covers every <c>health.*</c> category.</summary>
        public const string All = "health";

        /// <summary>病历、诊疗信息 / medical records. Sensitive personal information.</summary>
        public const string Medical = "health.medical";

        /// <summary>身高、体重 / physiological data. Sensitive personal information.</summary>
        public const string Physiological = "health.physiological";
    }

    /// <summary>教育工作信息 / education and employment.</summary>
    public static class Career
    {
        /// <summary>Any education and employment: covers every <c>career.*</c> category.</summary>
        public const string All = "career";

        /// <summary>职业 / occupation.</summary>
        public const string Occupation = "career.occupation";

        /// <summary>工作单位 / employer.</summary>
        public const string Employer = "career.employer";

        /// <summary>学历 / education.</summary>
        public const string Education = "career.education";
    }

    /// <summary>通信信息 / communications.</summary>
    public static class Communication
    {
        /// <summary>Any communications: covers every <c>communication.*</c> category.</summary>
        public const string All = "communication";

        /// <summary>通信内容、短信 / message content. Sensitive personal information.</summary>
        public const string Content = "communication.content";

        /// <summary>通话记录 / call records. Sensitive personal information.</summary>
        public const string CallLog = "communication.call-log";
    }

    /// <summary>社交关系信息 / social relationships.</summary>
    public static class Social
    {
        /// <summary>Any social relationships: covers every <c>social.*</c> category.</summary>
        public const string All = "social";

        /// <summary>通讯录 / address book. Sensitive personal information.</summary>
        public const string Contacts = "social.contacts";

        /// <summary>好友列表、群列表 / friend and group lists. Sensitive personal information.</summary>
        public const string Friends = "social.friends";
    }

    /// <summary>音视频与照片 / photos, audio and video.</summary>
    public static class Media
    {
        /// <summary>Any photos, audio and video: covers every <c>media.*</c> category.</summary>
        public const string All = "media";

        /// <summary>照片、相册 / photos.</summary>
        public const string Photo = "media.photo";

        /// <summary>录音、麦克风 / audio recordings.</summary>
        public const string Audio = "media.audio";

        /// <summary>视频、摄像头 / video.</summary>
        public const string Video = "media.video";
    }

    /// <summary>宗教与政治信息 / beliefs.</summary>
    public static class Belief
    {
        /// <summary>Any beliefs: covers every <c>belief.*</c> category.</summary>
        public const string All = "belief";

        /// <summary>宗教信仰 / religious beliefs. Sensitive personal information.</summary>
        public const string Religion = "belief.religion";

        /// <summary>政治观点 / political opinions. Sensitive personal information.</summary>
        public const string Political = "belief.political";
    }

    /// <summary>其他个人信息 / other personal information.</summary>
    public static class Other
    {
        /// <summary>Any other personal information: covers every <c>other.*</c> category.</summary>
        public const string All = "other";

        /// <summary>性取向 / sexual orientation. Sensitive personal information.</summary>
        public const string SexualOrientation = "other.sexual-orientation";

        /// <summary>违法犯罪记录 / criminal records. Sensitive personal information.</summary>
        public const string CriminalRecord = "other.criminal-record";

        /// <summary>不满十四周岁未成年人信息 / data of children under 14. Sensitive personal information.</summary>
        public const string Minor = "other.minor";
    }
}
