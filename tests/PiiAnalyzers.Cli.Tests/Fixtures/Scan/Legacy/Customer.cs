using PiiAnalyzers;

namespace Legacy;

public sealed class Customer
{
    [PersonalData(DataCategories.Contact.Phone)]
    public string Phone { get; set; } = "";

    public string Email { get; set; } = "";

    public override string ToString() => $"Customer {Phone}";
}
