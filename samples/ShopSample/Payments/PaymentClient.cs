using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using ShopSample.Orders;

namespace ShopSample.Payments;

// LianPay, the payment provider: it receives the card number and the holder's name when a card is bound (both declare
// [SharedWith("LianPay")], so PII0005 has nothing to say) and charges the card for each order.
public sealed class PaymentClient(HttpClient http)
{
    public async Task BindCardAsync(BankCard card, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("v1/cards", new { card.CardNumber, card.HolderName, reference = card.Id }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task ChargeAsync(Order order, BankCard card, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("v1/charges", new { order = order.Id, card = card.Id, amount = order.Amount, currency = "CNY" }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public static Uri BaseAddress { get; } = new("https://api.lianpay.example/");
}
