namespace Shop.Core;

// No using directives: PersonalData comes from the project's <Using Include="PiiAnalyzers" />, ArgumentException from
// the SDK's implicit 'using System;'.
public sealed class Customer
{
    [PersonalData(DataCategories.Contact.Phone)]
    public string Phone { get; set; } = "";

    public void ChangePhone(string phone)
    {
        if (phone.Length == 0)
        {
            throw new ArgumentException("No phone number instead of " + Phone);
        }

        Phone = phone;
    }
}
