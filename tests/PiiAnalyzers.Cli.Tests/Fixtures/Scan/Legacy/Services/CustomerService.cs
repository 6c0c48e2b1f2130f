using System;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace Legacy.Services;

public sealed class CustomerService
{
    private readonly ILogger<CustomerService> _logger;

    public CustomerService(ILogger<CustomerService> logger)
    {
        _logger = logger;
    }

    public string Register(Customer customer)
    {
        _logger.LogInformation("Registering {Phone}", customer.Phone);
        if (customer.Phone.Length == 0)
        {
            throw new ArgumentException("Invalid phone " + customer.Phone);
        }

        return JsonConvert.SerializeObject(customer);
    }
}
