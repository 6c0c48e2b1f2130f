namespace Crm.Services;

public sealed class MailTemplates
{
    public string WelcomeTemplate { get; set; } = "Welcome!";
}
