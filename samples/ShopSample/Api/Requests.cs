using PiiAnalyzers;

namespace ShopSample.Api;

// The request bodies. They carry personal data through the endpoints into the entities and are not stored themselves.

public sealed record SendCodeRequest(
    [PersonalData(DataCategories.Contact.Phone)][RetainUntil(RetentionEvents.NotStored)] string Phone);

public sealed record SignInRequest(
    [PersonalData(DataCategories.Contact.Phone)][RetainUntil(RetentionEvents.NotStored)] string Phone,
    string Code);

public sealed record VerificationRequest(
    [PersonalData(DataCategories.Profile.Name)][RetainUntil(RetentionEvents.NotStored)] string RealName,
    [PersonalData(DataCategories.Identity.NationalId)][RetainUntil(RetentionEvents.NotStored)] string IdCardNumber,
    [PersonalData(DataCategories.Biometric.Face)][RetainUntil(RetentionEvents.NotStored)] string FaceImageBase64);

public sealed record BindCardRequest(
    [PersonalData(DataCategories.Financial.BankAccount)][RetainUntil(RetentionEvents.NotStored)] string CardNumber,
    [PersonalData(DataCategories.Profile.Name)][RetainUntil(RetentionEvents.NotStored)] string HolderName);

public sealed record AddressRequest(
    [PersonalData(DataCategories.Profile.Name)][RetainUntil(RetentionEvents.NotStored)] string RecipientName,
    [PersonalData(DataCategories.Contact.Phone)][RetainUntil(RetentionEvents.NotStored)] string RecipientPhone,
    [PersonalData(DataCategories.Contact.Address)][RetainUntil(RetentionEvents.NotStored)] string Address);

public sealed record PlaceOrderRequest(int AddressId, int CardId, string[] Skus, decimal Amount);
