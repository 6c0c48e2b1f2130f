using PiiAnalyzers;

namespace AppTypedShop;

public sealed class Buyer
{
    [PersonalData(DataCategories.Contact.Phone, Purpose = "Order delivery")]
    public string Phone { get; set; } = "";

    [PersonalData(DataCategories.Contact.Address, Purpose = "Order delivery")]
    public string Address { get; set; } = "";

    [PersonalData(DataCategories.Profile.BirthDate, Purpose = "Birthday coupons", Optional = true)]
    public string? BirthDate { get; set; }

    [PersonalData(DataCategories.Contact.Email, Purpose = "Newsletter")]
    public string? Email { get; set; }
}
