using System;

namespace Crm.Models;

/// <summary>A customer of the shop, as the old code keeps it.</summary>
public class Customer
{
    public Guid Id { get; set; }

    /// <summary>Where receipts go.</summary>
    public string Email { get; set; } = "";

    [Obsolete("Use Email.")]
    public string? ContactEmail { get; set; }

    public string? MobileNo, IdCardNo;

    public string? Notes { get; set; }
}
