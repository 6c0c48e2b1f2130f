using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using ShopSample.Customers;
using ShopSample.Orders;

namespace ShopSample.Shipping;

// SF Express, the courier: it receives the recipient's name, phone number and address with every parcel, as the
// ShippingAddress members declare with [SharedWith("SF Express")].
public sealed class CourierClient(HttpClient http)
{
    public async Task<string> CreateShipmentAsync(Order order, ShippingAddress address, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(
            "shipments",
            new { reference = order.Id, recipient = address.RecipientName, phone = address.RecipientPhone, address = address.Address },
            cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    public static Uri BaseAddress { get; } = new("https://api.sf-express.example/");
}
