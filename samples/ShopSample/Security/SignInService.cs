using System;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using ShopSample.Customers;
using ShopSample.Data;

namespace ShopSample.Security;

// Sign-in by phone number and a one-time code. Registration is the first sign-in.
public sealed partial class SignInService(ShopDbContext db, IMemoryCache codes, ISmsGateway sms, ILogger<SignInService> logger)
{
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(5);

    public async Task SendCodeAsync(string phone, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.SingleOrDefaultAsync(candidate => candidate.Phone == phone, cancellationToken);
        if (customer is null)
        {
            customer = new Customer { Id = Guid.NewGuid(), Phone = phone, RegisteredAt = DateTimeOffset.UtcNow };
            db.Customers.Add(customer);
            await db.SaveChangesAsync(cancellationToken);
        }

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        codes.Set(CodeKey(customer.Id), code, CodeLifetime);
        await sms.SendAsync(customer.Phone, $"您的验证码是 {code}，5 分钟内有效。", cancellationToken);

        // The phone number goes to the log in clear text, and from there to every log shipper and backup (PII0001). Leave
        // it out, or mask it with a method marked [PersonalDataSanitizer].
        LogCodeSent(logger, customer.Phone);
    }

    public async Task<Customer?> SignInAsync(string phone, string code, string? ipAddress, string? deviceId, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.SingleOrDefaultAsync(candidate => candidate.Phone == phone, cancellationToken);
        if (customer is null || !codes.TryGetValue(CodeKey(customer.Id), out string? expected) || expected != code)
        {
            return null;
        }

        codes.Remove(CodeKey(customer.Id));
        db.SignIns.Add(new SignInRecord
        {
            CustomerId = customer.Id,
            IpAddress = ipAddress ?? "",
            DeviceId = deviceId ?? "",
            SignedInAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
        return customer;
    }

    private static string CodeKey(Guid customerId) => "sign-in-code:" + customerId.ToString("N");

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in code sent to {Phone}")]
    private static partial void LogCodeSent(ILogger logger, string phone);
}
