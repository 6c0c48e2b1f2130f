using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using ShopSample.Customers;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace ShopSample.Orders;

// Texts the customer when an order ships, through Twilio's SMS service. Added late, by a team that did not think of the
// privacy policy: the phone number goes to a company in the United States that the policy names nowhere, although the
// policy says the data stays in China. The build reports it three ways (see README.md).
public sealed class ShippingNotices(IConfiguration configuration)
{
    public Task SendShippedAsync(Customer customer) =>
        MessageResource.CreateAsync(
            to: new PhoneNumber(customer.Phone),
            from: new PhoneNumber(configuration["Twilio:From"] ?? ""),
            body: "禾木优选：您的订单已发货。");
}
