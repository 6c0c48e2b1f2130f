using System;
using System.Linq;
using System.Threading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShopSample.Api;
using ShopSample.Customers;
using ShopSample.Data;
using ShopSample.Orders;
using ShopSample.Payments;
using ShopSample.Security;
using ShopSample.Shipping;
using ShopSample.Support;
using ShopSample.Verification;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDataProtection();
builder.Services.AddMemoryCache();
builder.Services.AddDbContext<ShopDbContext>(options => options.UseSqlite(builder.Configuration.GetConnectionString("Shop") ?? "Data Source=shop.db"));
builder.Services.AddHttpClient<PaymentClient>(client => client.BaseAddress = PaymentClient.BaseAddress);
builder.Services.AddHttpClient<CourierClient>(client => client.BaseAddress = CourierClient.BaseAddress);
builder.Services.AddSingleton<ISmsGateway, DevelopmentSmsGateway>();
builder.Services.AddScoped<SignInService>();
builder.Services.AddScoped<VerificationService>();
builder.Services.AddScoped<OrderService>();
builder.Services.AddSingleton<ShippingNotices>();
builder.Services.AddSingleton<IChatClient, DevelopmentChatClient>();
builder.Services.AddScoped<SupportReplies>();

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    scope.ServiceProvider.GetRequiredService<ShopDbContext>().Database.EnsureCreated();
}

app.MapPost("/sign-in/code", async (SendCodeRequest request, SignInService signIn, CancellationToken cancellationToken) =>
{
    await signIn.SendCodeAsync(request.Phone, cancellationToken);
    return Results.Accepted();
});

// The device identifier comes from the app, in a header; the IP address from the connection.
app.MapPost("/sign-in", async (SignInRequest request, HttpContext context, SignInService signIn, CancellationToken cancellationToken) =>
{
    var customer = await signIn.SignInAsync(
        request.Phone,
        request.Code,
        context.Connection.RemoteIpAddress?.ToString(),
        context.Request.Headers["X-Device-Id"].ToString(),
        cancellationToken);
    return customer is null ? Results.Unauthorized() : Results.Ok(new { customer.Id });
});

app.MapPost("/customers/{customerId:guid}/verification", async (Guid customerId, VerificationRequest request, VerificationService verifications, CancellationToken cancellationToken) =>
{
    var verification = await verifications.VerifyAsync(customerId, request.RealName, request.IdCardNumber, Convert.FromBase64String(request.FaceImageBase64), cancellationToken);
    return Results.Ok(new { verified = verification.VerifiedAt is not null });
});

app.MapPost("/customers/{customerId:guid}/addresses", async (Guid customerId, AddressRequest request, ShopDbContext db, CancellationToken cancellationToken) =>
{
    var address = new ShippingAddress { CustomerId = customerId, RecipientName = request.RecipientName, RecipientPhone = request.RecipientPhone, Address = request.Address };
    db.Addresses.Add(address);
    await db.SaveChangesAsync(cancellationToken);
    return Results.Ok(new { address.Id });
});

app.MapPost("/customers/{customerId:guid}/cards", async (Guid customerId, BindCardRequest request, ShopDbContext db, PaymentClient payments, CancellationToken cancellationToken) =>
{
    var card = new BankCard { CustomerId = customerId, CardNumber = request.CardNumber, HolderName = request.HolderName };
    db.BankCards.Add(card);
    await db.SaveChangesAsync(cancellationToken);
    await payments.BindCardAsync(card, cancellationToken);
    return Results.Ok(new { card.Id });
});

app.MapPost("/customers/{customerId:guid}/orders", async (Guid customerId, PlaceOrderRequest request, OrderService orders, CancellationToken cancellationToken) =>
{
    var order = await orders.PlaceAsync(customerId, request.AddressId, request.CardId, request.Skus, request.Amount, cancellationToken);
    return order is null ? Results.BadRequest() : Results.Ok(new { order.Id });
});

// Account deletion (注销): the customer's data goes with the account; orders stay three years (E-Commerce Law).
app.MapDelete("/customers/{customerId:guid}", async (Guid customerId, ShopDbContext db, CancellationToken cancellationToken) =>
{
    await db.Addresses.Where(address => address.CustomerId == customerId).ExecuteDeleteAsync(cancellationToken);
    await db.BankCards.Where(card => card.CustomerId == customerId).ExecuteDeleteAsync(cancellationToken);
    await db.Verifications.Where(verification => verification.CustomerId == customerId).ExecuteDeleteAsync(cancellationToken);
    await db.SignIns.Where(signIn => signIn.CustomerId == customerId).ExecuteDeleteAsync(cancellationToken);
    await db.Customers.Where(customer => customer.Id == customerId).ExecuteDeleteAsync(cancellationToken);
    return Results.NoContent();
});

app.Run();
