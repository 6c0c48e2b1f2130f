using Shop.Core;

namespace Shop.Core.Tests;

public static class CustomerTests
{
    public static void PhoneIsKept()
    {
        var customer = new Customer { Phone = "13800000000" };
        throw new InvalidOperationException("Unexpected " + customer.Phone);
    }
}
