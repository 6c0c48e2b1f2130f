namespace Crm.Models;

public record Order(int Id, string ShippingAddress, decimal Total);
