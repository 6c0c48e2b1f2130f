using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ShopSample.Data;
using ShopSample.Payments;
using ShopSample.Shipping;

namespace ShopSample.Orders;

public sealed partial class OrderService(ShopDbContext db, PaymentClient payments, CourierClient courier, ILogger<OrderService> logger)
{
    public async Task<Order?> PlaceAsync(Guid customerId, int addressId, int cardId, string[] skus, decimal amount, CancellationToken cancellationToken)
    {
        var address = await db.Addresses.SingleOrDefaultAsync(candidate => candidate.Id == addressId && candidate.CustomerId == customerId, cancellationToken);
        var card = await db.BankCards.SingleOrDefaultAsync(candidate => candidate.Id == cardId && candidate.CustomerId == customerId, cancellationToken);
        if (address is null || card is null || skus.Length == 0)
        {
            return null;
        }

        var order = new Order
        {
            CustomerId = customerId,
            Items = string.Join(",", skus),
            Amount = amount,
            ShippingAddressId = address.Id,
            PlacedAt = DateTimeOffset.UtcNow,
        };
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken);

        await payments.ChargeAsync(order, card, cancellationToken);
        var waybill = await courier.CreateShipmentAsync(order, address, cancellationToken);
        LogPlaced(logger, order.Id, waybill);
        return order;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} paid and handed to the courier, waybill {Waybill}")]
    private static partial void LogPlaced(ILogger logger, int orderId, string waybill);
}
