using Shop.Core;

namespace Shop.Checks;

public static class PhoneRules
{
    public static void Check(Customer customer) => Console.WriteLine("Checking " + customer.Phone);
}
