using Serilog;

namespace Legacy.Services;

public static class AuditService
{
    public static void Audit(Customer customer) => Log.Information("Audit of {Phone}", customer.Phone);
}
