using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PiiAnalyzers;

namespace ShopSample.Data;

// Column encryption with ASP.NET Core Data Protection: what [EncryptedAtRest] on an entity property promises. Marking the
// converters [EncryptedAtRest] tells PII0002 that HasConversion with them encrypts.
[EncryptedAtRest]
public sealed class ProtectedStringConverter(IDataProtector protector)
    : ValueConverter<string, string>(value => protector.Protect(value), stored => protector.Unprotect(stored));

[EncryptedAtRest]
public sealed class ProtectedBytesConverter(IDataProtector protector)
    : ValueConverter<byte[]?, byte[]?>(value => value == null ? null : protector.Protect(value), stored => stored == null ? null : protector.Unprotect(stored));
