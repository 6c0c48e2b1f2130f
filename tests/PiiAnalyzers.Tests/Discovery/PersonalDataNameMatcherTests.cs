using PiiAnalyzers.Discovery;
using PiiAnalyzers.Taxonomy;

namespace PiiAnalyzers.Tests.Discovery;

public class PersonalDataNameMatcherTests
{
    /// <summary>Member name, the type that declares it, and the category it suggests (null: not personal data).</summary>
    public static TheoryData<string, string, string?> Names() => new()
    {
        // English: found
        { "PhoneNumber", "Customer", "contact.phone" },
        { "phoneNumber", "Order", "contact.phone" },
        { "mobile_no", "Member", "contact.phone" },
        { "Mobile", "Customer", "contact.phone" },
        { "MobilePhone", "Order", "contact.phone" },
        { "CellPhone", "Contact", "contact.phone" },
        { "ContactNumber", "Shipment", "contact.phone" },
        { "Email", "Customer", "contact.email" },
        { "EmailAddress", "Order", "contact.email" },
        { "E_Mail", "Customer", "contact.email" },
        { "Emails", "Customer", "contact.email" },
        { "WorkEmail", "Employee", "contact.email" },
        { "HomeAddress", "Customer", "contact.address" },
        { "ShippingAddressLine1", "Order", "contact.address" },
        { "ZipCode", "Address", "contact.address" },
        { "IdCardNo", "Customer", "identity.national-id" },
        { "IDCardNumber", "Customer", "identity.national-id" },
        { "NationalId", "Citizen", "identity.national-id" },
        { "PassportNumber", "Traveler", "identity.passport" },
        { "Ssn", "Employee", "identity.social-security" },
        { "BankCardNumber", "Customer", "financial.bank-account" },
        { "CardNo", "Payment", "financial.bank-account" },
        { "Iban", "Customer", "financial.bank-account" },
        { "Iban", "Supplier", null },
        { "Imei", "Phone", "device.id" },
        { "DeviceId", "Session", "device.id" },
        { "MacAddress", "Client", "device.id" },
        { "Latitude", "Checkin", "location.precise" },
        { "Lng", "Checkin", "location.precise" },
        { "Password", "Account", "account.credential" },
        { "PasswordHash", "User", "account.credential" },
        { "ConfirmPassword", "RegisterModel", "account.credential" },
        { "UserName", "LoginModel", "account.username" },
        { "IpAddress", "AuditEntry", "online.ip-address" },
        { "ClientIp", "AuditEntry", "online.ip-address" },
        { "UserAgent", "AuditEntry", "device.info" },
        { "FirstName", "Customer", "profile.name" },
        { "Surname", "Customer", "profile.name" },
        { "Name", "Customer", "profile.name" },
        { "CustomerName", "Order", "profile.name" },
        { "DisplayName", "UserProfile", "profile.nickname" },
        { "DateOfBirth", "Patient", "profile.birth-date" },
        { "Dob", "Patient", "profile.birth-date" },
        { "Age", "Person", "profile.age" },
        { "Gender", "Person", "profile.gender" },
        { "AvatarUrl", "User", "profile.avatar" },
        { "Height", "Patient", "health.physiological" },
        { "BloodType", "Patient", "health.medical" },
        { "Salary", "Employee", "financial.income" },
        { "Religion", "Person", "belief.religion" },
        { "FaceImage", "Visitor", "biometric.face" },
        { "Fingerprint", "Employee", "biometric.fingerprint" },
        { "EmergencyContact", "Employee", "contact.emergency" },
        { "AddressBook", "Device", "social.contacts" },
        { "Photo", "Member", "media.photo" },

        // Pinyin: full syllables and initials
        { "ShouJiHao", "Order", "contact.phone" },
        { "shoujihao", "Order", "contact.phone" },
        { "ShouJiHaoMa", "KeHu", "contact.phone" },
        { "KeHuXm", "DingDan", "profile.name" },
        { "Age", "KeHu", "profile.age" },
        { "Sjh", "Order", "contact.phone" },
        { "LianXiDianHua", "Order", "contact.phone" },
        { "ShenFenZheng", "KeHu", "identity.national-id" },
        { "ShenFenZhengHao", "KeHu", "identity.national-id" },
        { "Sfzh", "KeHu", "identity.national-id" },
        { "sfz_hm", "KeHu", "identity.national-id" },
        { "XingMing", "Order", "profile.name" },
        { "Xm", "Order", "profile.name" },
        { "KhXm", "Order", "profile.name" },
        { "KeHuXingMing", "Order", "profile.name" },
        { "YinHangKa", "KeHu", "financial.bank-account" },
        { "YinHangKaHao", "KeHu", "financial.bank-account" },
        { "Yhkh", "KeHu", "financial.bank-account" },
        { "YouXiang", "YongHu", "contact.email" },
        { "DiZhi", "DingDan", "contact.address" },
        { "JiaTingDiZhi", "YongHu", "contact.address" },
        { "MiMa", "YongHu", "account.credential" },
        { "DengLuMiMa", "YongHu", "account.credential" },
        { "XingBie", "YongHu", "profile.gender" },
        { "ChuShengRiQi", "YongHu", "profile.birth-date" },
        { "NianLing", "YongHu", "profile.age" },
        { "HuZhao", "LvKe", "identity.passport" },
        { "TouXiang", "YongHu", "profile.avatar" },
        { "ShouRu", "YuanGong", "financial.income" },
        { "身份证号", "客户", "identity.national-id" },
        { "手机号码", "客户", "contact.phone" },

        // English: false friends
        { "EmailTemplate", "Notification", null },
        { "PhoneticSpelling", "Word", null },
        { "Phonetic", "Word", null },
        { "SmtpHost", "Mailer", null },
        { "PasswordPolicy", "Tenant", null },
        { "PasswordMinLength", "Rules", null },
        { "NameSpace", "Symbol", null },
        { "FileName", "Upload", null },
        { "TypeName", "Customer", null },
        { "HostName", "Customer", null },
        { "MachineName", "AuditEntry", null },
        { "AddressFamily", "Socket", null },
        { "IpAddressFamily", "Endpoint", null },
        { "Name", "Product", null },
        { "Age", "CacheEntry", null },
        { "MaxAge", "Person", null },
        { "Height", "Image", null },
        { "Photo", "Product", null },
        { "DisplayName", "Category", null },
        { "Fingerprint", "Certificate", null },
        { "KeyFingerprint", "User", null },
        { "SupportEmail", "Customer", null },
        { "NoReplyEmail", "Order", null },
        { "DefaultPhone", "Customer", null },
        { "TestPassword", "Customer", null },
        { "SmtpPassword", "Customer", null },
        { "DbPassword", "Customer", null },
        { "ServerIp", "AuditEntry", null },
        { "BindAddress", "Listener", null },
        { "BaseAddress", "Customer", null },
        { "Phone", "Store", null },
        { "Email", "Company", null },
        { "Latitude", "Warehouse", null },
        { "MemberCardNo", "Customer", null },
        { "EmailEnabled", "Customer", null },
        { "PhoneVerified", "Customer", null },
        { "EmailSubject", "Message", null },
        { "Id", "Customer", null },
        { "UserId", "Order", null },
        { "HeadPhone", "Device", null },
        { "StorageAccountName", "Blob", null },
        { "CardNumber", "GiftCard", null },
        { "SenderEmail", "EmailSender", null },
        { "Password", "UserRepository", null },
        { "AuthorName", "Review", "profile.name" },
        { "ReceiverPhone", "Order", "contact.phone" },
        { "Password", "DbConnection", null },
        { "Coordinates", "Polygon", null },
        { "Coordinates", "Customer", "location.precise" },
        { "Password", "UserAccount", "account.credential" },

        // Categories whose data is rarely named outright: only specific phrases, or a weak word next to a person.
        { "UserCertificate", "Member", "account.certificate" },
        { "ClientCertificate", "HttpClientSettings", null },
        { "UsageLogs", "Customer", "online.usage-log" },
        { "ActivityHistory", "Member", "online.usage-log" },
        { "AccelerometerData", "Trip", "device.sensor" },
        { "SensorData", "Handset", "device.sensor" },
        { "LivenessVideo", "Verification", "media.video" },
        { "Video", "Patient", "media.video" },
        { "Video", "Product", null },
        { "WeiChengNianRen", "ChengKe", "other.minor" },
        { "ParentalConsent", "Account", "other.minor" },

        // What the owner's head says: a thing's name is not a person's; a person word after it in the type's name wins.
        { "Name", "ScheduledTask", null },
        { "FullName", "ThemeManifest", null },
        { "FullName", "FileItem", null },
        { "Name", "CustomerGroup", null },
        { "Name", "ContactArea", null },
        { "DisplayName", "DeviceProfile", null },
        { "Name", "ExperienceProfile", null },
        { "DisplayName", "StorageAccount", null },
        { "FullName", "ExternalLoginConfirmationViewModel", "profile.name" },
        { "FullName", "IndexViewModel", "profile.name" },
        { "OwnerName", "ScheduledTask", "profile.name" },
        { "ContactName", "CustomerGroup", "profile.name" },
        { "Name", "CustomerGroupMember", "profile.name" },
        { "Name", "UserProfile", "profile.name" },
        { "FullName", "UserAddressFormViewModel", "profile.name" },
        { "Name", "Buyer", "profile.name" },

        // People's emails in types named after organizations, reports and connections.
        { "Email", "OrganizationUser", "contact.email" },
        { "Email", "CompanyContact", "contact.email" },
        { "Email", "OrganizationInvitation", "contact.email" },
        { "OwnerEmail", "Organization", "contact.email" },
        { "ReportRecipientEmail", "Schedule", "contact.email" },
        { "Email", "ReportSubscription", "contact.email" },
        { "Email", "Connection", "contact.email" },
        { "CompanyContactPhone", "Lead", "contact.phone" },
        { "Email", "Organization", null },
        { "SalesEmail", "Lead", null },
        { "DbUserPassword", "Migration", null },

        // Addresses that are URLs or endpoints, a business's or a tax area's places.
        { "WebhookAddress", "Subscription", null },
        { "SiteAddress", "Customer", null },
        { "HubAddress", "Client", null },
        { "ApplicationUserAgentAddress", "ApplicationHost", null },
        { "Address", "Connection", null },
        { "ZipCode", "TaxRate", null },
        { "ZipCode", "PriceAndDestination", null },
        { "ZipCode", "ShippingZone", null },
        { "PostalCode", "StoreLocation", null },
        { "ZipCode", "Region", null },
        { "ZipCode", "Customer", "contact.address" },
        { "NewShippingAddress", "TaxAndShippingPriceRequestVm", "contact.address" },
        { "ShippingAddress", "Store", null },
        { "ShippingZipCode", "Order", "contact.address" },

        // Machines' IP addresses; a connection's remote end is the client's.
        { "LanIp", "Visit", null },
        { "RedisIp", "Visit", null },
        { "PublishedIp", "Visit", null },
        { "RemoteAddress", "Connection", "online.ip-address" },
        { "RemoteEndPoint", "Session", "online.ip-address" },
        { "RemoteIpAddress", "AuditEntry", "online.ip-address" },

        // Device identifiers, and hardware parts' ids.
        { "DeviceId", "AudioDevice", null },
        { "CaptureDeviceId", "Recorder", null },
        { "DeviceId", "DiskInfo", null },
        { "DeviceId", "Volume", null },
        { "InstallationId", "Telemetry", "device.id" },
        { "AdvertisingId", "AdEvent", "device.id" },
        { "Gaid", "Attribution", "device.id" },
        { "Idfa", "Attribution", "device.id" },
        { "PushToken", "UserDevice", "device.id" },
        { "FcmToken", "Subscriber", "device.id" },
        { "Mac", "Handset", "device.id" },

        // Bank codes identify a bank, not a person; card security codes and password hints are personal.
        { "RoutingNumber", "Customer", null },
        { "BankRoutingNumber", "Payout", null },
        { "SwiftCode", "Customer", null },
        { "Bic", "Customer", null },
        { "Iban", "Payout", "financial.bank-account" },
        { "CardSecurityNumber", "Order", "financial.payment" },
        { "CardSecurityCode", "Checkout", "financial.payment" },
        { "Cvv", "PaymentInfo", "financial.payment" },
        { "Cvc2", "Checkout", "financial.payment" },
        { "SecurityCode", "PaymentCard", "financial.payment" },
        { "SecurityCode", "TwoFactorChallenge", null },
        { "PasswordHint", "User", "account.credential" },
        { "PasswordReminder", "Account", "account.credential" },
        { "SecurityQuestionAnswer", "User", "account.credential" },

        // UI text around a term.
        { "TitleAllowGpsLocation", "SettingsPage", null },
        { "DescriptionEmail", "Form", null },

        // Pinyin: false friends
        { "ShouJiXingHao", "SheBei", null },
        { "ShiXing", "KeHu", null },
        { "XmlPath", "KeHu", null },
        { "PinYin", "HanZi", null },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Match_SuggestsTheCategory_OrNothing(string memberName, string containingType, string? expected)
    {
        var term = PersonalDataNameMatcher.Default.Match(memberName, containingType);

        Assert.Equal(expected, term?.CategoryId);
    }

    [Fact]
    public void EveryTerm_NamesABuiltInCategory()
    {
        Assert.All(DiscoveryVocabulary.Terms, term => Assert.True(CategoryTaxonomy.BuiltIn.IsKnown(term.CategoryId), term.ToString()));
    }

    [Fact]
    public void EveryTermKey_IsUnique()
    {
        var duplicates = DiscoveryVocabulary.Terms.GroupBy(term => term.Key).Where(group => group.Count() > 1).Select(group => group.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void EveryNegativeCategory_IsBuiltIn()
    {
        Assert.All(DiscoveryVocabulary.CategoryNegatives.Keys, id => Assert.True(CategoryTaxonomy.BuiltIn.IsKnown(id), id));
        Assert.All(DiscoveryVocabulary.NonNumericCategories, id => Assert.True(CategoryTaxonomy.BuiltIn.IsKnown(id), id));
        Assert.All(PersonalTypes.Categories.Values, id => Assert.True(CategoryTaxonomy.BuiltIn.IsKnown(id), id));
    }

    [Fact]
    public void AddedWords_AreFound_AndWinOverBuiltInOnes()
    {
        var matcher = PersonalDataNameMatcher.Default.WithTerms(
        [
            new VocabularyTerm("tel", "contact.phone", TermStrength.Strong),
            new VocabularyTerm("handy", "contact.phone", TermStrength.Strong),
            new VocabularyTerm("member card", "loyalty.member-id", TermStrength.Strong),
        ]);

        Assert.Equal("contact.phone", matcher.Match("Tel", "Customer")?.CategoryId);
        Assert.Equal("contact.phone", matcher.Match("HandyNumber", "Kunde")?.CategoryId);
        Assert.Equal("contact.phone", matcher.Match("Handy", "Kunde")?.CategoryId);
        Assert.Equal("loyalty.member-id", matcher.Match("MemberCardNo", "Customer")?.CategoryId);
        Assert.Null(PersonalDataNameMatcher.Default.Match("Tel", "Customer"));
    }

    [Theory]
    [InlineData("online.ip-address", "Address", "Visit", true)]
    [InlineData("online.ip-address", "RemoteAddress", "Visit", true)]
    [InlineData("online.ip-address", "BindAddress", "Visit", false)]
    [InlineData("online.ip-address", "Address", "ServerNode", false)]
    [InlineData("contact.email", "From", "Message", true)]
    [InlineData("contact.email", "SupportSender", "Message", false)]
    [InlineData("device.id", "Mac", "Handset", true)]
    public void PersonalTypes_AreAccepted_UnlessTheNameOrTypeSaysOtherwise(string categoryId, string memberName, string containingType, bool expected)
    {
        Assert.Equal(expected, PersonalDataNameMatcher.AcceptsPersonalType(categoryId, memberName, containingType));
    }

    [Theory]
    [InlineData("SmtpOptions", true)]
    [InlineData("MailSettings", true)]
    [InlineData("AppConfig", true)]
    [InlineData("Customer", false)]
    [InlineData("CustomerOptionsView", false)]
    [InlineData("SettingsViewModel", true)]
    [InlineData("PaymentConfigForm", true)]
    [InlineData("ConfigurationDto", true)]
    [InlineData("CustomerForm", false)]
    public void ConfigurationTypes_AreRecognizedByTheirLastWord(string typeName, bool expected)
    {
        Assert.Equal(expected, PersonalDataNameMatcher.IsConfigurationType(typeName));
    }
}
