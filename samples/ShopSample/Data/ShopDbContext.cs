using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using ShopSample.Customers;
using ShopSample.Orders;
using ShopSample.Payments;
using ShopSample.Security;
using ShopSample.Verification;

namespace ShopSample.Data;

public sealed class ShopDbContext(DbContextOptions<ShopDbContext> options, IDataProtectionProvider dataProtection) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<ShippingAddress> Addresses => Set<ShippingAddress>();

    public DbSet<RealNameVerification> Verifications => Set<RealNameVerification>();

    public DbSet<BankCard> BankCards => Set<BankCard>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<SignInRecord> SignIns => Set<SignInRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var protector = dataProtection.CreateProtector("ShopSample.PersonalData");

        modelBuilder.Entity<Customer>().HasIndex(customer => customer.Phone).IsUnique();
        modelBuilder.Entity<BankCard>().Property(card => card.CardNumber).HasConversion(new ProtectedStringConverter(protector));
        modelBuilder.Entity<RealNameVerification>().Property(verification => verification.FaceImage).HasConversion(new ProtectedBytesConverter(protector));
        modelBuilder.Entity<Order>().Property(order => order.Items).HasConversion(new ProtectedStringConverter(protector));
        // SQLite has no decimal type; EF Core stores it as text, which does not sort or sum.
        modelBuilder.Entity<Order>().Property(order => order.Amount).HasConversion<double>();
    }
}
