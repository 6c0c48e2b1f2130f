using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ShopSample.Data;

namespace ShopSample.Verification;

// Real-name verification: the ID card number and the name must belong together, and the face must match the card's
// photo. The sample accepts every well-formed request; a real shop asks its identity-verification provider here.
public sealed partial class VerificationService(ShopDbContext db, ILogger<VerificationService> logger)
{
    public async Task<RealNameVerification> VerifyAsync(Guid customerId, string realName, string idCardNumber, byte[] faceImage, CancellationToken cancellationToken)
    {
        var verification = await db.Verifications.SingleOrDefaultAsync(candidate => candidate.CustomerId == customerId, cancellationToken)
            ?? db.Verifications.Add(new RealNameVerification { CustomerId = customerId }).Entity;
        verification.RealName = realName;
        verification.IdCardNumber = idCardNumber;
        verification.FaceImage = faceImage;
        await db.SaveChangesAsync(cancellationToken);

        var matches = idCardNumber.Length == 18 && faceImage.Length > 0;
        if (matches)
        {
            verification.VerifiedAt = DateTimeOffset.UtcNow;
        }

        // The face image has served its purpose ([RetainUntil(PurposeFulfilled)]): it is not kept after the check.
        verification.FaceImage = null;
        await db.SaveChangesAsync(cancellationToken);

        LogVerified(logger, verification.Id, matches);
        return verification;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Real-name verification {VerificationId} passed: {Passed}")]
    private static partial void LogVerified(ILogger logger, int verificationId, bool passed);
}
