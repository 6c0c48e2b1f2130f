using PiiAnalyzers;

namespace App;

public sealed class Member
{
    [PersonalData(DataCategories.Contact.Phone)]
    public string Phone { get; set; } = "";

    [PersonalData(DataCategories.Contact.Email)]
    [EncryptedAtRest]
    public string Email { get; set; } = "";

    [PersonalData(DataCategories.Identity.NationalId)]
    [EncryptedAtRest]
    public string? IdCardNumber { get; set; }
}
