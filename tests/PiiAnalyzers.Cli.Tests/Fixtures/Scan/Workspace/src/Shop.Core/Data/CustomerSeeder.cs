namespace Shop.Core.Data;

// Fills a development database with made-up customers: a seeder, left out of the scan.
public static class CustomerSeeder
{
    public static Customer Seed()
    {
        var customer = new Customer { Phone = "13800000000" };
        Console.WriteLine("Seeded " + customer.Phone);
        return customer;
    }
}
