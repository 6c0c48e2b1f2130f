using System;
using PiiAnalyzers;

namespace ShopSample.Verification;

// Cross-border orders clear customs in the buyer's name, so the buyer verifies their real name once: name and ID card
// number (身份证号), and a face image that shows the person holding the account is the person on the card (人脸核验).
public sealed class RealNameVerification
{
    public int Id { get; set; }

    [PersonalData(DataCategories.Account.Id)]
    public Guid CustomerId { get; set; }

    [PersonalData(DataCategories.Profile.Name, Purpose = "Customs declaration of cross-border orders")]
    [RetainUntil("account-deleted+P15D")]
    public string RealName { get; set; } = "";

    // Sensitive by its category. The privacy policy promises it is stored encrypted, but nothing encrypts it: this column
    // reaches the database in clear text (PII0002, PII0103). The fix is the one CardNumber and FaceImage use: an
    // encrypting converter in ShopDbContext, and [EncryptedAtRest] here.
    [PersonalData(DataCategories.Identity.NationalId, Purpose = "Customs declaration of cross-border orders")]
    [RetainUntil("account-deleted+P15D")]
    public string IdCardNumber { get; set; } = "";

    // Kept, encrypted, only until the check is done; VerificationService then clears it.
    [PersonalData(DataCategories.Biometric.Face, Purpose = "Checking that the card holder is the account holder")]
    [RetainUntil(RetentionEvents.PurposeFulfilled)]
    [EncryptedAtRest]
    public byte[]? FaceImage { get; set; }

    public DateTimeOffset? VerifiedAt { get; set; }
}
