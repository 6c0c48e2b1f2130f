using System;
using PiiAnalyzers;

namespace Unrestored;

public sealed class Member
{
    [PersonalData(DataCategories.Contact.Email)]
    public string Email { get; set; } = "";

    public void Rename(string email) => throw new ArgumentException("Cannot rename " + Email);
}
