namespace PiiAnalyzers.Policy;

/// <summary>
/// The words policies use for each taxonomy id, in Chinese and English, '|'-separated. Gathered from real Chinese app and
/// web policies (GB/T 35273 wording, SDK lists, permission descriptions) and English ones (GDPR, CCPA notices).
/// </summary>
/// <remarks>
/// Rows with a null id hold phrases that declare nothing but contain category words ("个人信息", "company name",
/// "网站地址", "短信验证码"): being longer, they win the longest match and keep the shorter phrase from matching there.
/// <c>other</c> has no phrase of its own: policies name its children (犯罪记录, 性取向, 儿童个人信息), never the group.
/// </remarks>
internal static class CategoryLexiconData
{
    public static readonly (string? Id, string Phrases)[] Rows =
    {
        ("profile", "个人基本资料|个人基本信息|基本资料|基本信息|个人资料|用户资料|资料信息|personal details|basic information|basic personal information|profile information|profile data|profile details|user profile|your profile"),
        ("profile.name", "姓名|真实姓名|名字|全名|本人姓名|用户姓名|收货人姓名|收件人姓名|联系人姓名|持卡人姓名|姓名信息|name|full name|real name|first name|last name|given name|family name|surname|legal name|first and last name|your name"),
        ("profile.nickname", "昵称|用户昵称|网名|显示名称|nickname|display name|screen name"),
        ("profile.birth-date", "生日|出生日期|出生年月|出生年月日|出生年份|生日信息|date of birth|birth date|birthdate|birthday|DOB"),
        ("profile.age", "年龄|年龄段|年龄信息|age|age range|age group|your age"),
        ("profile.gender", "性别|gender|sex"),
        ("profile.ethnicity", "民族|种族|民族信息|racial or ethnic origin|ethnic origin|ethnicity|race or ethnicity|racial origin"),
        ("profile.nationality", "国籍|nationality|citizenship"),
        ("profile.family", "家庭关系|家庭成员|家庭成员信息|家庭情况|家庭信息|亲属关系|亲属信息|family relationships|family members|family information|household information"),
        ("profile.marital-status", "婚姻状况|婚姻状态|婚史|婚姻信息|marital status|relationship status"),
        ("profile.avatar", "头像|用户头像|个人头像|头像信息|profile picture|profile photo|profile image|avatar"),

        ("contact", "联系方式|联系信息|联络方式|联系资料|通讯方式|contact information|contact details|contact info|contact data"),
        ("contact.phone", "手机号码|手机号|手机号码信息|电话号码|联系电话|预留手机号|预留手机号码|银行预留手机号|绑定手机号|绑定的手机号|绑定手机号码|本机号码|本机手机号|移动电话号码|移动电话|固定电话|座机|电话|联系人电话|手机电话号码|phone number|telephone number|mobile number|mobile phone number|cell phone number|cellphone number|contact number|telephone|phone no"),
        ("contact.email", "电子邮箱|电子邮箱地址|电子邮件地址|电子邮件|邮箱|邮箱地址|邮件地址|电邮|email|e-mail|email address|e-mail address|mail address|email id"),
        ("contact.address", "地址|住址|收货地址|收件地址|配送地址|联系地址|通讯地址|通信地址|家庭地址|家庭住址|详细地址|邮寄地址|居住地址|居住地|地址信息|收货人地址|邮政编码|邮编|address|postal address|mailing address|home address|shipping address|billing address|delivery address|street address|physical address|postal code|zip code|postcode"),
        ("contact.emergency", "紧急联系人|紧急联系人信息|紧急联系方式|紧急联络人|emergency contact|emergency contact information|emergency contact details"),

        ("identity", "身份信息|真实身份信息|身份证件信息|证件信息|身份证明|身份证明文件|有效身份证件|身份认证信息|实名认证信息|实名信息|identity information|identification documents|identity documents|ID documents|identification document|government-issued ID|government ID|proof of identity|identity verification information"),
        ("identity.national-id", "身份证|身份证号|身份证号码|身份证件|身份证件号码|证件号码|证件号|身份证信息|身份证照片|身份证正反面|身份证正反面照片|居民身份证|公民身份号码|身份号码|national ID|national ID number|national identification number|ID card|ID card number|identity card|identity card number|ID number|citizen ID|resident identity card"),
        ("identity.passport", "护照|护照号|护照号码|护照信息|passport|passport number|passport details|passport information"),
        ("identity.driver-license", "驾驶证|驾驶证号|驾驶证号码|驾照|驾驶执照|驾驶证信息|driver's license|drivers license|driver license|driving licence|driving license|driver's licence|driver's license number"),
        ("identity.social-security", "社保卡|社保卡号|社会保障卡|社会保障号|社会保障号码|社保信息|社保账号|social security number|SSN|social security card|national insurance number"),
        ("identity.document", "其他证件|其他身份证件|其他有效证件|港澳台通行证|港澳居民来往内地通行证|台湾居民来往大陆通行证|回乡证|台胞证|军官证|士兵证|外国人永久居留身份证|居住证|户口簿|户口本|residence permit|visa information|work permit|tax identification number|tax ID|other identity document|other identification documents"),

        ("biometric", "生物识别信息|个人生物识别信息|生物特征|生物特征信息|生物识别特征|生物识别数据|biometric data|biometric information|biometrics|biometric identifiers"),
        ("biometric.face", "人脸|人脸信息|人脸图像|人脸照片|人脸识别|人脸识别信息|人脸识别特征|人脸特征|人脸数据|面部特征|面部识别特征|面部信息|面部识别|面部照片|面部图像|面容|面容信息|面容ID|刷脸|活体检测|face ID|facial|facial geometry|facial recognition|facial recognition data|facial features|facial image|facial images|face scan|face scans|face data|facial data|face recognition|face images|face geometry|faceprint"),
        ("biometric.fingerprint", "指纹|指纹信息|指纹识别|指纹特征|指纹数据|fingerprint|fingerprints|fingerprint data|touch ID"),
        ("biometric.voiceprint", "声纹|声纹信息|声纹特征|声纹识别|voiceprint|voice print|voiceprints|voice recognition data"),
        ("biometric.iris", "虹膜|虹膜信息|虹膜识别|视网膜|iris|iris scan|iris scans|retina|retina scan|retinal scan"),
        ("biometric.genetic", "基因|基因信息|基因数据|遗传信息|DNA|genetic data|genetic information|genome|genetic test results"),

        ("account", "账户信息|账号信息|帐号信息|帐户信息|账户资料|账号资料|网络身份标识信息|网络身份标识|登录信息|登录凭证信息|account information|account details|account data|login information|login details|account profile"),
        ("account.id", "账号|帐号|账户|帐户|用户账号|用户账户|用户帐号|用户ID|用户 ID|UID|会员号|会员账号|会员ID|账户ID|账号ID|第三方账号|第三方账户|微信账号|微信号|QQ号|QQ号码|QQ账号|微博账号|OpenID|UnionID|account ID|user ID|member ID|customer ID|user identifier|unique user ID|account identifier"),
        ("account.username", "用户名|账户名|账号名|帐户名|帐号名|登录名|登录账号名|用户名称|账户名称|账号名称|username|user name|account name|login name|login ID"),
        ("account.credential", "密码|登录密码|账户密码|账号密码|用户密码|口令|支付密码|交易密码|密保问题|安全问题|密码信息|password|passwords|passcode|PIN|credentials|login credentials|authentication credentials|account credentials|security questions|password hash|password hashes"),
        ("account.certificate", "数字证书|证书信息|电子证书|CA证书|客户端证书|digital certificate|client certificate|client certificates|certificate information"),

        ("online", "上网记录|网络行为|网络行为信息|网络活动|网络活动信息|个人上网记录|online activity|online activities|internet activity|internet activity information|network activity"),
        ("online.ip-address", "IP地址|IP 地址|IP|IP信息|网络地址|IP地址信息|IPv4|IPv6|IP address|IP addresses|internet protocol address|internet protocol (IP) address"),
        ("online.cookie-id", "Cookie标识|Cookie ID|Cookie|Cookies|Cookie信息|浏览器Cookie|网络信标|像素标签|网站信标|Session ID|cookie identifiers|cookie identifier|cookie IDs|cookie data|web beacons|web beacon|pixel tags|pixel tag|tracking pixels|session identifiers|session ID"),
        ("online.browsing-history", "浏览记录|浏览历史|浏览信息|浏览行为|网页浏览记录|访问记录|点击记录|浏览和点击记录|页面浏览|页面浏览记录|访问的页面|浏览的页面|浏览过的内容|浏览内容|browsing history|browsing activity|browsing data|browsing behavior|browsing behaviour|pages visited|pages you visit|pages you view|web pages visited|clickstream|clickstream data|click data|referring URL|referring website|referrer"),
        ("online.search-history", "搜索记录|搜索历史|搜索关键词|搜索关键字|搜索词|搜索内容|搜索查询|搜索信息|搜索历史记录|search history|search queries|search terms|search query|search data"),
        ("online.usage-log", "日志信息|日志|网络日志|服务日志|操作日志|使用记录|使用信息|使用情况|使用数据|访问日志|访问时间|访问日期|访问时长|停留时长|停留时间|使用时长|崩溃日志|崩溃信息|崩溃记录|错误日志|操作记录|行为数据|行为信息|功能使用情况|服务使用情况|服务使用信息|使用行为|交互信息|usage data|usage information|usage logs|usage log|log data|log information|log files|logs|server logs|access logs|access times|access time|crash reports|crash logs|crash data|diagnostic data|diagnostics|diagnostic information|performance data|interaction data|usage statistics|analytics data|event logs|activity logs|dates and times of access|time spent"),

        ("device", "设备信息|设备相关信息|终端信息|终端设备信息|设备属性信息|设备属性|硬件信息|移动设备信息|手机设备信息|设备数据|设备环境信息|device information|device info|device data|device details|information about your device|information about the device|device-related information|hardware information|technical information about your device"),
        ("device.id", "设备标识|设备标识符|设备识别码|设备标识信息|设备唯一标识符|设备唯一标识|唯一设备识别码|唯一设备标识符|设备ID|设备序列号|设备号|IMEI|IMSI|MEID|OAID|AAID|VAID|UDID|IDFA|IDFV|Android ID|AndroidID|ANDROID_ID|GAID|广告标识符|广告标识|广告ID|匿名设备标识符|MAC地址|MAC|Wi-Fi MAC地址|ICCID|SIM卡序列号|SIM卡号|SIM卡信息|蓝牙地址|序列号|硬件序列号|SN码|设备指纹|电话状态|读取电话状态|device identifiers|device identifier|device ID|mobile device ID|mobile device identifier|mobile device identifiers|unique device identifier|unique device identifiers|unique device ID|advertising ID|advertising identifier|advertising identifiers|MAC address|MAC addresses|hardware serial number|serial number|device serial number|device fingerprint|device fingerprinting|browser fingerprint|IMEI number"),
        ("device.info", "设备型号|手机型号|型号|设备品牌|品牌型号|设备名称|设备类型|设备制造商|操作系统|操作系统版本|系统版本|系统版本号|系统类型|OS版本|安卓版本|Android版本|iOS版本|硬件型号|硬件版本|屏幕分辨率|分辨率|屏幕尺寸|设备设置|系统设置|系统语言|语言设置|时区|浏览器类型|浏览器版本|浏览器信息|浏览器|CPU|CPU信息|内存|内存信息|存储空间|电池电量|电量|电池状态|应用版本|软件版本|版本号|User Agent|UA|Mac OS|macOS|device model|device models|device type|device name|device brand|hardware model|operating system|operating system version|OS version|OS|browser type|browser version|browser information|browser|user agent|user-agent|screen resolution|screen size|time zone|timezone|time zone setting|language settings|language preference|language preferences|device settings|app version|device manufacturer|hardware version"),
        ("device.app-list", "软件列表|应用列表|已安装应用|已安装应用列表|已安装的应用|已安装的应用列表|安装列表|应用安装列表|应用程序列表|软件安装列表|已安装App|已安装APP列表|应用软件列表|运行中的进程|正在运行的进程|进程信息|运行中进程|应用进程|installed apps|installed applications|list of installed apps|list of installed applications|app list|installed packages|running processes|running applications|running apps"),
        ("device.network", "网络信息|网络类型|网络状态|网络连接|网络连接类型|网络环境|网络制式|网络运营商|运营商信息|运营商|WiFi|Wi-Fi|WLAN|WiFi信息|Wi-Fi信息|WiFi名称|WiFi状态|Wi-Fi状态|WLAN接入点|基站信息|基站|蜂窝网络|移动网络|信号强度|SSID|BSSID|network information|network type|network status|network connection|network connection type|connection type|mobile network|mobile network information|carrier|mobile carrier|carrier name|mobile network operator|Wi-Fi network|WiFi network|WiFi|cell tower|cell towers|signal strength|network data"),
        ("device.sensor", "传感器|传感器信息|传感器数据|加速度传感器|加速度计|加速度|陀螺仪|陀螺仪传感器|重力传感器|方向传感器|光线传感器|光传感器|距离传感器|磁力计|地磁传感器|气压计|运动传感器|sensor data|sensor information|sensors|accelerometer|accelerometer data|gyroscope|gyroscope data|magnetometer|motion sensors|motion sensor data|motion data|barometer"),

        ("location", "位置信息|地理位置|地理位置信息|位置数据|所在位置|您的位置|当前位置|定位|定位信息|位置权限|定位权限|位置服务|定位服务|location|location information|location data|geolocation|geolocation data|geo-location|geographic location|geographical location|location services|location info"),
        ("location.precise", "精准定位|精确定位|精准定位信息|精确定位信息|精确位置|精确位置信息|精准位置|精确地理位置|精确的位置|精确的地理位置|GPS|GPS位置|GPS定位|GPS信息|经纬度|经纬度信息|经度|纬度|位置坐标|地理坐标|坐标|北斗|卫星定位|precise location|precise location data|precise geolocation|precise geolocation data|exact location|GPS location|GPS coordinates|GPS data|latitude|longitude|latitude and longitude|geographic coordinates|coordinates|fine location|precise location information|GNSS"),
        ("location.coarse", "粗略位置|粗略位置信息|大致位置|大致位置信息|大概位置|模糊位置|城市级别位置|城市级位置|所在城市|城市|城市信息|所在地区|所在地|所在省份|省份|区域信息|IP属地|approximate location|approximate location data|coarse location|general location|city|city-level location|region-level location|country and city|location inferred from your IP address|IP-based location"),
        ("location.trajectory", "行踪轨迹|行踪|行动轨迹|运动轨迹|位置轨迹|出行轨迹|轨迹信息|轨迹|行程信息|行程|出行记录|历史位置|位置历史|历史轨迹|movement history|location history|travel history|movement data|trip history|route history"),

        ("financial", "财产信息|财务信息|金融信息|金融账户信息|财产状况|个人财产信息|financial information|financial data|financial details|financial account information"),
        ("financial.bank-account", "银行卡号|银行卡|银行卡信息|银行账户|银行账号|银行帐户|银行帐号|银行账户信息|银行卡号码|卡号|借记卡|信用卡|信用卡号|信用卡信息|储蓄卡|开户行|开户银行|开户行信息|卡片有效期|信用卡有效期|CVV|CVV2|bank account|bank account number|bank account information|bank details|bank card|bank card number|card number|card numbers|credit card|credit card number|credit card information|debit card|debit card number|IBAN|routing number|account number|card expiration date|card verification code"),
        ("financial.payment", "支付信息|付款信息|支付账号|支付账户|支付方式|付款方式|支付宝账号|支付宝账户|微信支付账户|第三方支付账户|支付渠道|支付工具|支付数据|payment information|payment details|payment data|payment method|payment methods|payment card|payment card information|billing information|billing details|payment instrument|payment instruments|payment account"),
        ("financial.transaction", "交易记录|交易信息|交易明细|订单信息|订单|订单记录|订单号|订单详情|订单数据|购买记录|消费记录|消费信息|支付记录|付款记录|充值记录|交易流水|账单|账单信息|购物记录|交易金额|交易时间|交易数据|transaction history|transaction data|transactions|transaction records|transaction information|order history|order information|orders|order details|purchase history|purchases|purchase information|purchase records|billing history|order number|order data"),
        ("financial.credit", "征信|征信信息|征信记录|信用记录|信用信息|信贷记录|信贷信息|信用报告|信用评分|信用状况|借贷记录|贷款记录|credit history|credit score|credit scores|credit report|credit reports|credit information|creditworthiness|credit record|credit records"),
        ("financial.income", "收入|收入信息|收入状况|收入情况|工资|薪资|薪酬|收入水平|月收入|年收入|income|salary|income information|earnings|wages|household income"),
        ("financial.property", "房产|房产信息|不动产|不动产信息|车辆信息|车产|虚拟财产|虚拟货币|虚拟资产|账户余额|余额|存款|存款信息|资产信息|real estate|property information|property ownership|virtual assets|virtual currency|virtual property|account balance|account balances|asset information|vehicle information"),

        ("health", "健康信息|健康生理信息|个人健康生理信息|健康数据|医疗健康信息|健康状况|身体状况|健康相关信息|health information|health data|health-related information|health status|health conditions|health condition"),
        ("health.medical", "病历|病历资料|病历信息|病史|病症|诊疗信息|诊疗记录|就诊记录|就诊信息|医疗记录|医疗信息|检查报告|检验报告|体检报告|体检信息|用药记录|用药信息|处方|处方信息|过敏史|疾病|疾病史|既往病史|疾病信息|medical records|medical record|medical history|medical information|medical data|diagnoses|diagnosis|prescriptions|prescription information|health records|medical conditions|vaccination status|vaccination records"),
        ("health.physiological", "身高|体重|血压|心率|血糖|血氧|体温|睡眠数据|睡眠信息|睡眠|步数|运动数据|运动信息|生理信息|生理数据|体征|体征数据|月经|生理期|生育信息|BMI|height|weight|heart rate|blood pressure|blood type|blood oxygen|sleep data|fitness data|step count|step counts|body temperature|physiological data|physical activity data"),

        ("career", "教育工作信息|工作信息|职业信息|工作经历|职业经历|履历|简历|简历信息|求职信息|个人教育工作信息|education and employment|employment information|professional information|employment history|work history|work experience|resume|CV|professional details"),
        ("career.occupation", "职业|职位|职务|工作岗位|岗位|职称|occupation|job title|job titles|profession|professional title"),
        ("career.employer", "工作单位|单位名称|所在单位|任职单位|就职单位|雇主|雇主信息|employer|employer name|employer information|place of work|workplace"),
        ("career.education", "学历|学位|教育背景|教育经历|教育信息|毕业院校|毕业学校|学校名称|受教育程度|学历信息|education|educational background|education history|education information|academic record|academic records|school attended"),

        ("communication", "通信信息|通讯信息|通信记录|通讯记录|通信记录和内容|通讯数据|通信数据|communications|communication data|communications data|correspondence"),
        ("communication.content", "通信内容|通讯内容|短信内容|短信记录|短信信息|读取短信|短信权限|短消息内容|消息内容|聊天记录|聊天内容|聊天信息|私信|私信内容|邮件内容|电子邮件内容|即时通讯内容|会话内容|message content|message contents|messages you send|chat history|chat messages|chat logs|chat content|text messages|SMS messages|SMS content|email content|contents of your communications|content of communications|communication content|private messages|direct messages|message history"),
        ("communication.call-log", "通话记录|通话信息|通话详单|通话时长|通话时间|呼叫记录|来电记录|通话历史|call log|call logs|call history|call records|call record|call detail records|phone call logs|call duration"),

        ("social", "社交关系|社交关系信息|社交信息|社交网络信息|关系链|关系链信息|social relationships|social graph|social connections|social network information|social relationship information"),
        ("social.contacts", "通讯录|通讯录信息|手机通讯录|联系人列表|联系人信息|联系人|地址簿|电话簿|读取联系人|address book|address books|contacts|contact list|contact lists|phone contacts|phonebook|phone book|your contacts"),
        ("social.friends", "好友列表|好友关系|好友信息|好友|群列表|群组信息|群组|群聊|群聊信息|关注列表|粉丝列表|关注关系|friend list|friends list|friends|friend lists|followers|following list|group memberships|groups you join|friend and group lists"),

        ("media", "音视频|音视频信息|多媒体信息|多媒体文件|媒体文件|媒体信息|photos, audio and video|media files|media content|multimedia"),
        ("media.photo", "照片|相册|图片|图像|相片|相册权限|照片信息|截图|截屏|拍照|图片信息|photos|photo|pictures|images|photo library|camera roll|photo album|photo albums|screenshots|photographs"),
        ("media.audio", "录音|音频|语音|语音信息|语音输入|语音内容|语音消息|麦克风|麦克风权限|声音|音频信息|audio|audio recordings|audio recording|voice recordings|voice recording|voice data|microphone|voice messages|voice input|voice"),
        ("media.video", "视频|摄像头|相机|摄像头权限|相机权限|拍摄|录像|视频信息|录制视频|video|videos|camera|video recordings|video recording|camera access|video footage|CCTV footage"),

        ("belief", "宗教与政治信息|信仰|信仰信息|宗教信仰和政治观点|beliefs|philosophical beliefs"),
        ("belief.religion", "宗教信仰|宗教|宗教信息|信仰宗教|religious beliefs|religion|religious affiliation|religious or philosophical beliefs|religious views"),
        ("belief.political", "政治观点|政治面貌|政治立场|党派|政治倾向|political opinions|political views|political affiliation|political beliefs|political opinion"),

        ("other.sexual-orientation", "性取向|性倾向|性生活|sexual orientation|sex life|sexual preference|sexual preferences|sexuality"),
        ("other.criminal-record", "违法犯罪记录|犯罪记录|违法记录|刑事记录|无犯罪记录证明|违法犯罪信息|犯罪信息|criminal records|criminal record|criminal convictions|criminal history|criminal offences|criminal offenses|criminal background"),
        ("other.minor", "不满十四周岁未成年人信息|不满十四周岁未成年人的个人信息|不满十四周岁的未成年人|不满14周岁的未成年人|未满14周岁|未满十四周岁|不满14周岁|不满十四周岁|儿童个人信息|儿童信息|儿童的个人信息|未成年人信息|未成年人个人信息|未成年人的个人信息|14周岁以下|十四周岁以下|children's data|children's personal information|children's information|information from children|personal information from children|data of children|data about children|children under 13|children under 14|children under 16|child's personal information|minors' data|minors' personal information"),

        (null, "个人信息|个人数据|敏感个人信息|个人敏感信息|敏感信息|个人信息资料|其他个人信息|personal information|personal data|sensitive information|sensitive personal information|sensitive data"
            + "|company name|product name|domain name|file name|brand name|app name|application name|package name|SDK name|the name of|name of|in the name|trade name|business name|应用包名|包名|SDK名称|第三方名称|公司名称|企业名称|产品名称|应用名称|名称"
            + "|网址|网站地址|网页地址|链接地址|URL地址|服务器地址|下载地址|办公地址|公司地址|注册地址|官方网址|网络链接|to address|address your|address the|address any|address this|address these|address such|address our|address it|address them"
            + "|显著位置|醒目位置|位置显示|相应位置|under the age|the age of|age of|minimum age|legal age|短信验证码|验证码|发送短信|发短信|短信通知|短信校验|短信验证|通过短信|以短信|图片验证码|电话客服|客服电话|拨打电话|电话联系|国家或地区|国家和地区|国家/地区|intellectual property|take into account|into account|account for|on account of"
            + "|Cookie政策|cookie policy|cookie settings|cookie banner|privacy settings|浏览器设置|browser settings|图片验证|加密|公共卫生|location of|storage location|server location|data location|by email|via email|email us|e-mail us|contact us|联系我们|业务联系"),
    };
}
